package org.l10nwb.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;

/**
 * A memory match's translation made the current segment's: its inline codes, shown in their short
 * form ({@code <g1>}, {@code </g1>}, {@code <x2/>}), become the segment's own codes. Codes the
 * segment has are taken as they are; otherwise, as pre-translation does
 * ({@link org.l10nwb.core.memory.MemoryCodes#adapt}), the k-th code of the match stands for the
 * k-th code of the segment when both have the same number of codes of the same kinds in order.
 */
final class MatchText {
    private static final Pattern CODE = Pattern.compile("<(/?)([a-z]+)([0-9A-Za-z_.-]*)(/?)>");

    private MatchText() {
    }

    static Fragment forSegment(String matchTarget, Fragment source) {
        List<Run.Code> mine = source.codes();
        List<String> displays = mine.stream().map(Run.Code::display).toList();
        Matcher m = CODE.matcher(matchTarget);
        List<int[]> at = new ArrayList<>();
        List<Run.CodeKind> kinds = new ArrayList<>();
        boolean allKnown = true;
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            kinds.add(!m.group(1).isEmpty() ? Run.CodeKind.CLOSING : !m.group(4).isEmpty() ? Run.CodeKind.STANDALONE
                    : Run.CodeKind.OPENING);
            allKnown &= displays.contains(m.group());
        }
        if (allKnown) {
            return InlineInput.parse(matchTarget, source);
        }
        if (kinds.size() != mine.size() || !kinds.equals(mine.stream().map(Run.Code::kind).toList())) {
            throw new WorkbenchException("the match has other inline codes than this segment (" + kinds.size()
                    + " against " + mine.size() + "); type the translation with its codes instead");
        }
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < at.size(); k++) {
            if (at.get(k)[0] > from) {
                runs.add(new Run.Text(matchTarget.substring(from, at.get(k)[0])));
            }
            runs.add(mine.get(k));
            from = at.get(k)[1];
        }
        if (from < matchTarget.length()) {
            runs.add(new Run.Text(matchTarget.substring(from)));
        }
        return Fragment.of(runs);
    }
}
