package org.l10nwb.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Remedies;
import org.l10nwb.cli.Options;
import org.l10nwb.cli.Projects;
import org.l10nwb.cli.shell.ExternalEditor;
import org.l10nwb.cli.shell.SegmentPrinter;
import org.l10nwb.cli.shell.SessionHolder;
import org.l10nwb.cli.shell.Styles;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.glossary.TermLookup;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.session.ProjectSessions;
import org.l10nwb.core.session.Change;
import org.l10nwb.core.session.SegmentView;
import org.l10nwb.core.session.TranslationSession;
import org.l10nwb.core.session.TranslationSession.Filter;

/**
 * The translator's commands: open a locale's XLIFF, move segment by segment, translate, confirm,
 * undo, search, look terms up. Each command parses its words, calls the session in the core, and
 * prints; every change is on disk before the prompt returns.
 */
@Command(group = "Translating")
public class TranslateCommands {
    private static final int SEARCH_LIMIT = 30;

    private final Console console;
    private final SessionHolder sessions;
    private final Projects projects;
    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<Terminal> terminal;
    private final boolean interactive;
    private Styles styles;

    public TranslateCommands(Console console, SessionHolder sessions, Projects projects,
            ObjectProvider<LineReader> lineReader, ObjectProvider<Terminal> terminal, Environment env) {
        this.console = console;
        this.sessions = sessions;
        this.projects = projects;
        this.lineReader = lineReader;
        this.terminal = terminal;
        this.interactive = env.getProperty("spring.shell.interactive.enabled", Boolean.class, false);
    }

    private SegmentPrinter printer() {
        if (styles == null) {
            styles = interactive ? Styles.of(terminal.getIfAvailable()) : Styles.plain(100);
        }
        return new SegmentPrinter(styles);
    }

    @Command(command = "open", description = "Open a locale's XLIFF for translation (open ru), or an XLIFF file by path."
            + " A file another shell is editing opens read-only.")
    public void open(
            @Option(longNames = "target", arity = OptionArity.EXACTLY_ONE, required = true, label = "LOCALE|FILE",
                    description = "a target locale of the project, or the path of an .xlf file")
            @OptionValues(provider = "openTargets") String target,
            @Option(longNames = "document", arity = OptionArity.EXACTLY_ONE, label = "NAME",
                    description = "which source document, when the project has several") String document,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder instead of the project's; repeat for several")
            String glossaryOption,
            CommandContext context) {
        Project project = project(target);
        List<Path> glossaries = Options.allValues(context, "glossary").stream().map(Path::of).toList();
        ProjectSessions.Opened opened = ProjectSessions.open(project, target, document, glossaries, Languages.installed());
        sessions.replace(opened.session(), opened.glossary(), ReviewCommands.reviewer(project));
        TranslationSession s = opened.session();
        console.println("opened " + s.file() + " (" + s.sourceLanguage() + " → " + s.targetLanguage() + ", "
                + s.segments().size() + " segments)" + (s.readOnly() ? ", read-only" : ""));
        opened.notes().forEach(n -> console.println(printer().line("note: " + n.text()
                + Remedies.advice(n.remedy(), null), Styles.DRAFT)));
        s.firstNeedingWork();
        show();
    }

    /** The project for {@code open}: required for a locale, optional for a file path. */
    private Project project(String target) {
        boolean file = target.endsWith(".xlf") || target.endsWith(".xliff") || Files.isRegularFile(Path.of(target));
        if (!file || projects.given()) {
            return projects.projectOr("the path of an .xlf file");
        }
        return Project.enclosing(Path.of(target).toAbsolutePath().getParent()).orElse(null);
    }

    @Command(command = "close", description = "Close the open file (and let other shells edit it).")
    public void close() {
        TranslationSession s = sessions.require();
        Path file = s.file();
        sessions.close();
        console.println("closed " + file);
    }

    @Command(command = "show", description = "Show the current segment: source, translation, neighbours, glossary terms,"
            + " memory matches and the findings of the checks.")
    public void show() {
        TranslationSession s = sessions.require();
        List<String> lines = printer().segment(s.view(), s.sourceLanguage(), s.targetLanguage());
        notices(s);
        lines.forEach(console::println);
    }

    @Command(command = "next", description = "Go to the next segment (--untranslated: needing translation; --finding:"
            + " with a finding of the checks; --rejected: sent back by an editor; --needs-review: to be reviewed).")
    public void next(
            @Option(longNames = "untranslated", description = "the next segment without a confirmed translation")
            boolean untranslated,
            @Option(longNames = "finding", description = "the next segment whose unit has a finding") boolean finding,
            @Option(longNames = "rejected", description = "the next segment of a unit an editor rejected")
            boolean rejected,
            @Option(longNames = "needs-review", description = "the next segment of a unit that needs review")
            boolean needsReview) {
        move(true, filter(untranslated, finding, rejected, needsReview));
    }

    @Command(command = "prev", description = "Go to the previous segment (--untranslated, --finding, --rejected,"
            + " --needs-review as for next).")
    public void prev(
            @Option(longNames = "untranslated", description = "the previous segment without a confirmed translation")
            boolean untranslated,
            @Option(longNames = "finding", description = "the previous segment whose unit has a finding") boolean finding,
            @Option(longNames = "rejected", description = "the previous segment of a unit an editor rejected")
            boolean rejected,
            @Option(longNames = "needs-review", description = "the previous segment of a unit that needs review")
            boolean needsReview) {
        move(false, filter(untranslated, finding, rejected, needsReview));
    }

    private static Filter filter(boolean untranslated, boolean finding, boolean rejected, boolean needsReview) {
        int given = (untranslated ? 1 : 0) + (finding ? 1 : 0) + (rejected ? 1 : 0) + (needsReview ? 1 : 0);
        if (given > 1) {
            throw new WorkbenchException("give one of --untranslated, --finding, --rejected, --needs-review");
        }
        return untranslated ? Filter.UNTRANSLATED : finding ? Filter.FINDING : rejected ? Filter.REJECTED
                : needsReview ? Filter.NEEDS_REVIEW : Filter.ANY;
    }

    private void move(boolean forward, Filter f) {
        TranslationSession s = sessions.require();
        boolean moved = forward ? s.next(f) : s.previous(f);
        if (!moved) {
            String what = switch (f) {
                case ANY -> "segment";
                case UNTRANSLATED -> "untranslated segment";
                case FINDING -> "segment with a finding";
                case REJECTED -> "rejected segment";
                case NEEDS_REVIEW -> "segment needing review";
            };
            console.println(printer().line("no " + (forward ? "further " : "earlier ") + what + "; still at "
                    + s.current().id(), Styles.DRAFT));
            return;
        }
        show();
    }

    @Command(command = "goto", description = "Go to a segment by id: 5 (unit 5) or 5:2 (its second segment).")
    public void goTo(
            @Option(longNames = "id", arity = OptionArity.EXACTLY_ONE, required = true, label = "ID",
                    description = "unit id, or unit:segment") @OptionValues(provider = "segmentIds") String id) {
        sessions.require().goTo(id);
        show();
    }

    @Command(command = "t", alias = "translate", description = "Set the current segment's translation to TEXT (the rest"
            + " of the line, as typed; inline codes as shown, <g1>…</g1>). It is checked at once and saved as a draft.")
    public void translate(
            @Option(longNames = "text", arity = OptionArity.ZERO_OR_MORE, label = "TEXT",
                    description = "the translation") String[] words) {
        String text = rawText(words, "t", "translate");
        if (text.isBlank()) {
            throw new WorkbenchException("t: give the translation after the command, or use 'edit'");
        }
        report(sessions.require().translate(text));
    }

    /**
     * The text after the command word exactly as typed (quotes, apostrophes and spaces intact)
     * when the shell read the line; the words as the system passed them otherwise.
     */
    private String rawText(String[] words, String... commands) {
        LineReader reader = interactive ? lineReader.getIfAvailable() : null;
        ParsedLine parsed = reader == null ? null : reader.getParsedLine();
        if (parsed != null) {
            String line = parsed.line().strip();
            int space = 0;
            while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
                space++;
            }
            String command = line.substring(0, space);
            if (List.of(commands).contains(command)) {
                return line.substring(space).strip();
            }
        }
        return words == null ? "" : String.join(" ", words);
    }

    @Command(command = "edit", description = "Edit the current segment's translation in $VISUAL or $EDITOR (several"
            + " lines, any characters); lines starting with # are left out.")
    public void edit() {
        TranslationSession s = sessions.require();
        SegmentView v = s.view();
        String result = ExternalEditor.fromEnvironment().edit(v, s.sourceLanguage(), s.targetLanguage(),
                interactive ? terminal.getIfAvailable() : null);
        if (result.isEmpty() || v.target() != null && result.equals(v.target().display())) {
            console.println("no change");
            return;
        }
        report(s.translate(result));
    }

    @Command(command = "copy-source", description = "Copy the source segment (with its inline codes) into the translation.")
    public void copySource() {
        report(sessions.require().copySource());
    }

    @Command(command = "clear-target", description = "Remove the current segment's translation.")
    public void clearTarget() {
        report(sessions.require().clear());
    }

    @Command(command = "confirm", description = "Confirm the current segment and go to the next one; the unit becomes"
            + " 'translated' once all its segments are confirmed.")
    public void confirm(
            @Option(longNames = "stay", description = "stay on this segment") boolean stay,
            @Option(longNames = "force", description = "confirm a unit with findings at error severity all the same"
                    + " (recorded in a note)") boolean force) {
        TranslationSession s = sessions.require();
        report(s.confirm(force, sessions.reviewer()));
        if (!stay) {
            if (s.next(Filter.UNTRANSLATED) || s.next(Filter.ANY)) {
                show();
            } else {
                console.println(printer().line("that was the last segment", Styles.GOOD));
            }
        }
    }

    @Command(command = "undo", description = "Take back the last change made in this shell, and go back to the segment"
            + " it changed.")
    public void undo() {
        report(sessions.require().undo());
        show();
    }

    @Command(command = "approve", group = "Reviewing", description = "Sign off the current segment's unit (state signed-off), as the reviewer.")
    public void approve(
            @Option(longNames = "force", description = "approve a unit with findings at error severity all the same"
                    + " (recorded in a note)") boolean force) {
        report(sessions.require().review(Review.Action.APPROVE, sessions.reviewer(), null, force));
    }

    @Command(command = "reject", group = "Reviewing", description = "Send the current segment's unit back to the translator"
            + " (needs-review-translation), with the reason as the reviewer's note.")
    public void reject(
            @Option(longNames = "reason", arity = OptionArity.ONE_OR_MORE, required = true, label = "REASON",
                    description = "why") String[] words) {
        report(sessions.require().review(Review.Action.REJECT, sessions.reviewer(), rawText(words, "reject")));
    }

    @Command(command = "comment", group = "Reviewing", description = "Add a note from the reviewer to the current segment's unit.")
    public void comment(
            @Option(longNames = "text", arity = OptionArity.ONE_OR_MORE, required = true, label = "TEXT",
                    description = "the comment") String[] words) {
        report(sessions.require().review(Review.Action.COMMENT, sessions.reviewer(), rawText(words, "comment")));
    }

    @Command(command = "search", description = "Find text in sources and translations (case-insensitive, by the rules of"
            + " each language).")
    public void search(
            @Option(longNames = "text", arity = OptionArity.ONE_OR_MORE, required = true, label = "TEXT",
                    description = "what to look for") String[] words,
            @Option(longNames = "source", description = "only in the source") boolean sourceOnly,
            @Option(longNames = "target", description = "only in the translations") boolean targetOnly) {
        TranslationSession s = sessions.require();
        String text = String.join(" ", words);
        List<String> lines = printer().searchHits(s.search(text, !targetOnly, !sourceOnly), SEARCH_LIMIT);
        notices(s);
        lines.forEach(console::println);
    }

    @Command(command = "term", group = "Glossary", description = "Look a word up in the glossary, in any language or typed in Latin letters"
            + " (term shusha finds Шуша and შუშა).")
    public void term(
            @Option(longNames = "word", arity = OptionArity.ONE_OR_MORE, required = true, label = "WORD",
                    description = "a term, part of one, or its sound in Latin letters")
            String[] words,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder (default: the open file's, else the project's)")
            String glossaryOption,
            CommandContext context) {
        Glossary glossary = sessions.glossary();
        if (glossary == null || !Options.allValues(context, "glossary").isEmpty()) {
            glossary = new GlossaryLoader().load(Options.glossaries(context, projects));
        }
        List<String> languages = new ArrayList<>(glossary.languages());
        TranslationSession s = sessions.current();
        if (s != null) {
            languages.remove(s.targetLanguage());
            languages.remove(s.sourceLanguage());
            languages.add(0, s.targetLanguage());
            languages.add(0, s.sourceLanguage());
        }
        printer().terms(new TermLookup(glossary).find(String.join(" ", words)), languages).forEach(console::println);
    }

    @Command(command = "progress", description = "How far the open file is: segments by status, units with findings.")
    public void progress() {
        TranslationSession s = sessions.require();
        List<String> lines = printer().progress(s.progress(), s.file().toString());
        notices(s);
        lines.forEach(console::println);
    }

    private void report(Change c) {
        TranslationSession s = sessions.require();
        notices(s);
        console.println(printer().line(c.description() + (c.saved() ? " (saved)" : ""), Styles.GOOD));
        printer().findings(c.findings()).forEach(console::println);
    }

    private void notices(TranslationSession s) {
        for (String n : s.drainNotices()) {
            console.println(printer().line("note: " + n, Styles.DRAFT));
        }
    }
}
