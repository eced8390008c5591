package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.Run.CodeKind;
import org.l10nwb.core.xml.XmlText;

/**
 * Inline codes between the XLIFF of a project and the TMX of its memory. XLIFF codes
 * ({@code <g>}, {@code <x/>}…) are stored in TMX as {@code bpt}/{@code ept}/{@code ph} with the
 * XLIFF markup as their native code; a stored translation is put back into a segment by placing
 * the segment's own codes where the stored source had its codes, in the same order.
 */
public final class MemoryCodes {
    private MemoryCodes() {
    }

    /** The fragment with every inline code as a TMX code. */
    public static Fragment toTmx(Fragment xliff) {
        List<Run> runs = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        int next = 1;
        for (Run run : xliff.runs()) {
            if (!(run instanceof Run.Code c)) {
                runs.add(run);
                continue;
            }
            StringBuilder xml = new StringBuilder();
            switch (c.kind()) {
                case OPENING -> {
                    int i = next++;
                    open.put(c.id(), i);
                    xml.append("<bpt i=\"").append(i).append("\">");
                    XmlText.escapeText(c.xml(), xml);
                    xml.append("</bpt>");
                    runs.add(new Run.Code(CodeKind.OPENING, "bpt", Integer.toString(i), xml.toString()));
                }
                case CLOSING -> {
                    Integer i = open.remove(c.id());
                    if (i == null) {
                        xml.append("<it pos=\"end\">");
                        XmlText.escapeText(c.xml(), xml);
                        xml.append("</it>");
                        runs.add(new Run.Code(CodeKind.CLOSING, "it", "", xml.toString()));
                    } else {
                        xml.append("<ept i=\"").append(i).append("\">");
                        XmlText.escapeText(c.xml(), xml);
                        xml.append("</ept>");
                        runs.add(new Run.Code(CodeKind.CLOSING, "ept", Integer.toString(i), xml.toString()));
                    }
                }
                case STANDALONE -> {
                    String x = c.id().isEmpty() ? "" : " x=\"" + XmlText.escapeText(c.id()).replace("\"", "&quot;") + "\"";
                    xml.append("<ph").append(x).append(">");
                    XmlText.escapeText(c.xml(), xml);
                    xml.append("</ph>");
                    runs.add(new Run.Code(CodeKind.STANDALONE, "ph", c.id(), xml.toString()));
                }
                default -> throw new IllegalStateException();
            }
        }
        return Fragment.of(runs);
    }

    /**
     * A stored translation with the current segment's codes in it: each code of the stored
     * target that is the k-th code of the stored source becomes the current source's k-th code.
     * {@code null} when that is not possible (the sources have different codes, or the target has
     * a code its source does not).
     */
    public static Fragment adapt(Fragment storedTarget, Fragment storedSource, Fragment currentSource) {
        List<Run.Code> from = storedSource.codes();
        List<Run.Code> to = currentSource.codes();
        if (from.size() != to.size()) {
            return null;
        }
        for (int k = 0; k < from.size(); k++) {
            if (from.get(k).kind() != to.get(k).kind()) {
                return null;
            }
        }
        List<Run> runs = new ArrayList<>();
        boolean[] used = new boolean[from.size()];
        for (Run run : storedTarget.runs()) {
            if (run instanceof Run.Code c) {
                int k = indexOf(from, c, used);
                if (k < 0) {
                    return null;
                }
                used[k] = true;
                runs.add(to.get(k));
            } else {
                runs.add(run);
            }
        }
        return Fragment.of(runs);
    }

    /** Whether two fragments have the same codes in the same order (by kind and markup). */
    public static boolean sameCodes(Fragment a, Fragment b) {
        List<Run.Code> x = a.codes();
        List<Run.Code> y = b.codes();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i).kind() != y.get(i).kind()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Run.Code> codes, Run.Code c, boolean[] used) {
        for (int k = 0; k < codes.size(); k++) {
            if (!used[k] && codes.get(k).xml().equals(c.xml())) {
                return k;
            }
        }
        for (int k = 0; k < codes.size(); k++) {
            Run.Code s = codes.get(k);
            if (!used[k] && s.kind() == c.kind() && s.element().equals(c.element()) && s.id().equals(c.id())) {
                return k;
            }
        }
        return -1;
    }
}
