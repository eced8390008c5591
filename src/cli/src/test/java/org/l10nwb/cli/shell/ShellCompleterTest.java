package org.l10nwb.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.testing.Shared;

/** Tab in the shell: never an option inside free text; glossary terms of several words, the deprecated ones last. */
class ShellCompleterTest {
    /** Spring Shell's completion as it stands in for the commands: it would propose the option. */
    private static final Completer OPTIONS = (reader, line, candidates) -> candidates.add(new Candidate("--text"));

    private final SessionHolder sessions = new SessionHolder();

    private List<Candidate> complete(String typed) {
        ShellCompleter c = new ShellCompleter(OPTIONS, sessions);
        List<Candidate> out = new ArrayList<>();
        c.complete(null, new ShellParser().parse(typed, typed.length(), ParseContext.COMPLETE), out);
        return out;
    }

    @Test
    void noOptionInsideFreeText() {
        for (String typed : List.of("t ", "t Всегда был ", "translate x", "search ", "reject потому что ", "comment ")) {
            assertTrue(complete(typed).stream().noneMatch(c -> c.value().startsWith("-")), typed + ": "
                    + complete(typed));
        }
        assertEquals("--text", complete("stats --").get(0).value(), "options still complete after other commands");
    }

    @Test
    void termsOfSeveralWordsCompleteAndTheDeprecatedOnesComeLastMarked() {
        sessions.replace(null, new GlossaryLoader().load(List.of(Shared.path("terms-devset/glossary.tbx"))), null);
        List<Candidate> terms = complete("term ");
        assertTrue(terms.stream().anyMatch(c -> c.value().contains(" ")), "a term of several words: " + terms.size());
        List<Candidate> sorted = new ArrayList<>(terms);
        sorted.sort(null);
        int firstDeprecated = -1;
        for (int i = 0; i < sorted.size(); i++) {
            boolean deprecated = sorted.get(i).displ().endsWith(")") && sorted.get(i).descr().endsWith("do not use");
            if (deprecated && firstDeprecated < 0) {
                firstDeprecated = i;
            }
            assertFalse(firstDeprecated >= 0 && !deprecated, "an approved term after a deprecated one: " + sorted.get(i).value());
        }
        assertTrue(firstDeprecated > 0, "some deprecated terms, after the approved ones");
        assertTrue(sorted.get(firstDeprecated).displ().matches(".* \\((deprecated|superseded)\\)"),
                sorted.get(firstDeprecated).displ());
    }
}
