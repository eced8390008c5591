package org.l10nwb.core.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;

/**
 * Turns what a translator typed into target content. Inline codes are typed in the short form the
 * shell shows them in ({@code <g1>}, {@code </g1>}, {@code <x2/>}) and become the source's own
 * codes again, with their original markup; anything else, a lone {@code <} included, is text.
 */
public final class InlineInput {
    private InlineInput() {
    }

    /** The content of {@code typed}, with the codes of {@code source} recognised. */
    public static Fragment parse(String typed, Fragment source) {
        Map<String, Run.Code> codes = new LinkedHashMap<>();
        for (Run.Code c : source.codes()) {
            codes.putIfAbsent(c.display(), c);
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < typed.length()) {
            Run.Code code = typed.charAt(i) == '<' ? codeAt(typed, i, codes) : null;
            if (code == null) {
                text.append(typed.charAt(i++));
                continue;
            }
            if (text.length() > 0) {
                runs.add(new Run.Text(text.toString()));
                text.setLength(0);
            }
            runs.add(code);
            i += code.display().length();
        }
        if (text.length() > 0) {
            runs.add(new Run.Text(text.toString()));
        }
        return Fragment.of(runs);
    }

    private static Run.Code codeAt(String typed, int i, Map<String, Run.Code> codes) {
        Run.Code best = null;
        for (Map.Entry<String, Run.Code> e : codes.entrySet()) {
            if (typed.startsWith(e.getKey(), i) && (best == null || e.getKey().length() > best.display().length())) {
                best = e.getValue();
            }
        }
        return best;
    }
}
