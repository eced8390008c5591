package org.l10nwb.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A run of inline content: text interleaved with inline codes. Immutable; adjacent text runs are
 * always merged and empty ones dropped, so equal content has one representation.
 */
public final class Fragment {
    public static final Fragment EMPTY = new Fragment(List.of());

    private final List<Run> runs;

    private Fragment(List<Run> runs) {
        this.runs = runs;
    }

    public static Fragment of(List<Run> runs) {
        List<Run> normal = new ArrayList<>(runs.size());
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            if (run instanceof Run.Text t) {
                text.append(t.text());
            } else {
                if (text.length() > 0) {
                    normal.add(new Run.Text(text.toString()));
                    text.setLength(0);
                }
                normal.add(run);
            }
        }
        if (text.length() > 0) {
            normal.add(new Run.Text(text.toString()));
        }
        return normal.isEmpty() ? EMPTY : new Fragment(Collections.unmodifiableList(normal));
    }

    public static Fragment text(String text) {
        return text.isEmpty() ? EMPTY : new Fragment(List.of(new Run.Text(text)));
    }

    public List<Run> runs() {
        return runs;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Whether there is any non-whitespace text (codes alone do not count). */
    public boolean hasText() {
        for (Run run : runs) {
            if (run instanceof Run.Text t && !t.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The text with every inline code left out. */
    public String plainText() {
        if (runs.size() == 1 && runs.get(0) instanceof Run.Text t) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            if (run instanceof Run.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    /** Text with codes shown in their short form ({@code <g1>bold</g1>}), for people. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            if (run instanceof Run.Text t) {
                sb.append(t.text());
            } else {
                sb.append(((Run.Code) run).display());
            }
        }
        return sb.toString();
    }

    public List<Run.Code> codes() {
        List<Run.Code> codes = new ArrayList<>();
        for (Run run : runs) {
            if (run instanceof Run.Code c) {
                codes.add(c);
            }
        }
        return codes;
    }

    public Fragment append(Fragment other) {
        if (other.isEmpty()) {
            return this;
        }
        List<Run> all = new ArrayList<>(runs);
        all.addAll(other.runs);
        return of(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fragment f && runs.equals(f.runs);
    }

    @Override
    public int hashCode() {
        return runs.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
