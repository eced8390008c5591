package org.l10nwb.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files of the language modules: UTF-8 tables with tab-separated columns, where
 * {@code #} starts a comment and blank lines are skipped. Every module reads its tables through
 * here, so that the format and the errors for a bad line (with the table's name and line number)
 * are the same everywhere.
 *
 * <p>A table is part of a module's code: a bad line is a defect of the module, reported loudly
 * when the module loads ({@link IllegalStateException}), never a user error.
 */
public final class RuleTable {
    /** A line of a table: its number (from 1) and its columns, each stripped. */
    public record Line(int number, List<String> columns) {
        public String column(int i) {
            return columns.get(i);
        }

        /** The space-separated words of a column. */
        public List<String> words(int i) {
            return Arrays.asList(columns.get(i).split(" +"));
        }
    }

    private final String name;
    private final List<Line> lines;

    private RuleTable(String name, List<Line> lines) {
        this.name = name;
        this.lines = List.copyOf(lines);
    }

    /** Reads {@code resource} from the class path of {@code owner} (its package, for a relative name). */
    public static RuleTable load(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    lines.add(new Line(n, Arrays.stream(content.split("\t+")).map(String::strip).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
        return new RuleTable(resource, lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** A defect of the table at one of its lines. */
    public IllegalStateException error(Line line, String message) {
        return new IllegalStateException(name + ":" + line.number() + ": " + message);
    }

    /**
     * The table read as groups: the first column names a group, the second lists its words
     * (space-separated; {@code -} stands for the empty word). Lines of one group add up. Each of
     * {@code required} must be there.
     */
    public Map<String, List<String>> groups(String... required) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.columns().size() != 2) {
                throw error(line, "expected a group name and its words, separated by a tab");
            }
            List<String> words = map.computeIfAbsent(line.column(0), k -> new ArrayList<>());
            for (String w : line.words(1)) {
                words.add(w.equals("-") ? "" : w);
            }
        }
        for (String group : required) {
            if (!map.containsKey(group)) {
                throw new IllegalStateException(name + ": no '" + group + "' line");
            }
        }
        return map;
    }
}
