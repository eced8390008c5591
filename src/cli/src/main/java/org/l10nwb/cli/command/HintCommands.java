package org.l10nwb.cli.command;

import java.util.List;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.shell.SegmentPrinter;
import org.l10nwb.cli.shell.SessionHolder;
import org.l10nwb.cli.shell.Styles;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.session.Change;
import org.l10nwb.core.session.TermForms;
import org.l10nwb.core.session.TranslationSession;

/**
 * Using what the segment's panels offer without retyping it: a memory match ({@code use N}) and
 * a glossary term in the form the sentence needs ({@code term-insert N [FORM]}). The numbers are
 * the ones the panels show.
 */
@Command(group = "Translating")
public class HintCommands {
    private final Console console;
    private final SessionHolder sessions;
    private final ObjectProvider<Terminal> terminal;
    private final boolean interactive;

    public HintCommands(Console console, SessionHolder sessions, ObjectProvider<Terminal> terminal, Environment env) {
        this.console = console;
        this.sessions = sessions;
        this.terminal = terminal;
        this.interactive = env.getProperty("spring.shell.interactive.enabled", Boolean.class, false);
    }

    private SegmentPrinter printer() {
        return new SegmentPrinter(interactive ? Styles.of(terminal.getIfAvailable()) : Styles.plain(100));
    }

    @Command(command = "use", description = "Put memory match N of the panel into the translation (its inline codes"
            + " made this segment's, as pretranslate does); a draft until you confirm it.")
    public void use(
            @Option(longNames = "match", arity = OptionArity.EXACTLY_ONE, defaultValue = "1", label = "N",
                    description = "the number of the match in the memory panel (default 1)") int n) {
        report(sessions.require().useMatch(n));
    }

    @Command(command = "term-insert", description = "Add approved term N of the glossary panel to the end of the"
            + " translation, in the form FORM (its number in the list this command shows without it, or the form"
            + " itself).")
    public void termInsert(
            @Option(longNames = "term", arity = OptionArity.EXACTLY_ONE, required = true, label = "N",
                    description = "the number of the term in the glossary panel") int n,
            @Option(longNames = "form", arity = OptionArity.EXACTLY_ONE, label = "FORM",
                    description = "which form: its number in the list, or the form as written") String form) {
        TranslationSession s = sessions.require();
        TermForms forms = s.termForms(n);
        List<String> choices = forms.forms();
        String chosen = form == null ? (choices.size() == 1 ? choices.get(0) : null) : pick(choices, form);
        if (chosen == null) {
            console.println("forms of term " + n + " (type 'term-insert " + n + " FORM' with the number or the form):");
            for (int i = 0; i < choices.size(); i++) {
                console.println(String.format("  %2d %s", i + 1, choices.get(i)));
            }
            if (forms.multiWordAsWritten()) {
                console.println(printer().line("  (a term of several words is offered as written: inflect it in"
                        + " the text)", Styles.DIM));
            }
            return;
        }
        report(s.insert(chosen));
    }

    /** The form given as a number of the list or as text (any form of the language is accepted as typed). */
    private static String pick(List<String> choices, String form) {
        String f = form.strip();
        if (f.matches("\\d+")) {
            int k = Integer.parseInt(f);
            if (k < 1 || k > choices.size()) {
                throw new WorkbenchException("term-insert: no form " + k + " (forms 1 to " + choices.size() + ")");
            }
            return choices.get(k - 1);
        }
        if (f.isEmpty()) {
            throw new WorkbenchException("term-insert: give the form's number or the form");
        }
        return f;
    }

    private void report(Change c) {
        console.println(printer().line(c.description() + (c.saved() ? " (saved)" : ""), Styles.GOOD));
        printer().findings(c.findings()).forEach(console::println);
    }
}
