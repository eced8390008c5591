package org.l10nwb.core.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.xml.XmlText;

/**
 * The text of an XLIFF document another tool wrote, as {@link XliffSplice} and
 * {@link Xliff2Splice} change it: the replacements to make in it, each of a span of the text read,
 * and the white space around a place that an inserted or removed element takes its line from.
 * Everything no replacement covers is copied as it was.
 */
final class SpliceText {
    private static final Map<String, Pattern> ATTRIBUTES = new ConcurrentHashMap<>();

    /** A replacement of {@code [start, end)} by {@code text}; insertions at one place keep their order. */
    private record Edit(int start, int end, String text, int order) {}

    private final Path file;
    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    SpliceText(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The text as it was read. */
    String text() {
        return text;
    }

    /** Replaces {@code [start, end)} of the text read by {@code replacement} ({@code start == end}: inserts). */
    void edit(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement, edits.size()));
    }

    /** The text with its replacements made, each replacement's text passed through {@code written}. */
    String edited(UnaryOperator<String> written) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        StringBuilder sb = new StringBuilder(text.length() + 1024);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                throw refused("two changes overlap in its text");
            }
            sb.append(text, at, e.start()).append(written.apply(e.text()));
            at = e.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** The line break and white space before {@code at}, to indent what is inserted like its neighbours. */
    String indent(int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '\n') {
            int lineStart = i - 1;
            if (lineStart > 0 && text.charAt(lineStart - 1) == '\r') {
                lineStart--;
            }
            return text.substring(lineStart, at);
        }
        return "";
    }

    /** Where the white space before {@code at} starts, for an element removed with its line. */
    int spaceBefore(int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Replaces each note of {@code before} (its element at {@code places}, start and end) that
     * {@code after} changes by {@code written}, and removes, with their lines, those beyond
     * {@code after}'s; notes {@code after} adds are the caller's to insert.
     */
    void replaceNotes(List<int[]> places, List<Note> before, List<Note> after, Function<Note, String> written) {
        int common = Math.min(after.size(), before.size());
        for (int i = 0; i < common; i++) {
            if (!after.get(i).equals(before.get(i))) {
                edit(places.get(i)[0], places.get(i)[1], written.apply(after.get(i)));
            }
        }
        for (int i = common; i < before.size(); i++) {
            edit(spaceBefore(places.get(i)[0]), places.get(i)[1], "");
        }
    }

    /** Why the file cannot be written so, naming it. */
    WorkbenchException refused(String why) {
        return refused(file, why);
    }

    static WorkbenchException refused(Path file, String why) {
        return WorkbenchException.inFile(file, "not written: " + why);
    }

    /** Appends the attribute {@code name="value"}, escaped, with a space before it. */
    static void attr(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        XmlText.escapeAttribute(value, sb);
        sb.append('"');
    }

    /** A start tag with the unprefixed attribute {@code name} set to {@code value}, or removed for {@code null}. */
    static String withAttribute(String tag, String name, String value) {
        Matcher m = ATTRIBUTES.computeIfAbsent(name,
                n -> Pattern.compile("(\\s+)" + Pattern.quote(n) + "\\s*=\\s*(\"[^\"]*\"|'[^']*')")).matcher(tag);
        StringBuilder v = new StringBuilder();
        if (value != null) {
            v.append(name).append("=\"");
            XmlText.escapeAttribute(value, v);
            v.append('"');
        }
        if (m.find()) {
            return value == null ? tag.substring(0, m.start()) + tag.substring(m.end())
                    : tag.substring(0, m.start(1) + m.group(1).length()) + v + tag.substring(m.end());
        }
        if (value == null) {
            return tag;
        }
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        while (end > 0 && Character.isWhitespace(tag.charAt(end - 1))) {
            end--;
        }
        return tag.substring(0, end) + " " + v + tag.substring(end);
    }
}
