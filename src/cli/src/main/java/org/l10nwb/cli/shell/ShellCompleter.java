package org.l10nwb.cli.shell;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.session.TranslationSession;

/**
 * Tab in the translator's shell. Inside free text ({@code t}, {@code reject}, {@code comment},
 * {@code search}) no option is ever proposed (a {@code -} would land in the translation); after
 * {@code t} the words proposed are the forms of the approved terms found in the segment's source,
 * in the order of the glossary panel. After {@code term} every term of the glossary, of one word
 * or several, the deprecated ones marked and after the others. Everything else is Spring Shell's
 * completion of commands, options and values.
 */
public final class ShellCompleter implements Completer {
    private static final int MAX_TERMS = 20;

    private final Completer commands;
    private final SessionHolder sessions;

    public ShellCompleter(Completer commands, SessionHolder sessions) {
        this.commands = commands;
        this.sessions = sessions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        String command = words.isEmpty() ? "" : words.get(0);
        if (line.wordIndex() < 1) {
            commands.complete(reader, line, candidates);
        } else if (command.equals("t") || command.equals("translate")) {
            candidates.addAll(segmentTerms());
        } else if (ShellParser.FREE_TEXT.contains(command)) {
            return; // free text: nothing to propose, and never an option
        } else if (command.equals("term")) {
            candidates.addAll(glossaryTerms());
        } else {
            commands.complete(reader, line, candidates);
        }
    }

    /** The forms of the approved terms of the current segment's glossary panel, numbered as it numbers them. */
    List<Candidate> segmentTerms() {
        TranslationSession s = sessions.current();
        List<Candidate> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (int n = 1; n <= MAX_TERMS; n++) {
            List<String> forms;
            try {
                forms = s.termForms(n).forms();
            } catch (WorkbenchException noSuchTerm) {
                if (noSuchTerm.getMessage().startsWith("no ")) {
                    break; // past the last term of the panel
                }
                continue; // a concept without an approved term in this language
            }
            for (String f : forms) {
                out.add(new Candidate(f, f, null, "term " + n, null, null, false, n));
            }
        }
        return out;
    }

    /** Every term of the glossary in use, in every language; deprecated and superseded ones marked, last. */
    List<Candidate> glossaryTerms() {
        Glossary g = sessions.glossary();
        List<Candidate> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (Concept c : g.concepts()) {
            for (LanguageSection sec : c.languages()) {
                for (Term t : sec.terms()) {
                    String where = c.id() + ", " + sec.language();
                    out.add(t.allowed() ? new Candidate(t.text(), t.text(), null, where, null, null, true, 1)
                            : new Candidate(t.text(), t.text() + " (" + t.status().label() + ")", null,
                                    where + ", do not use", null, null, true, 2));
                }
            }
        }
        return out;
    }
}
