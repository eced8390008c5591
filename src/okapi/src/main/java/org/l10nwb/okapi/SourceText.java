package org.l10nwb.okapi;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;

/**
 * The text and inline codes of a unit's source in one comparable form, from the filter's unit
 * (unsegmented) and from the XLIFF's (segmented), so that merging can tell, as it reads the
 * original, whether the document is still the one the XLIFF was extracted from, without
 * segmenting it again.
 *
 * <p>Each code stands as its tag type and id: segmentation writes a pair of codes split between
 * two sentences as {@code <bx/>} and {@code <ex/>} rather than one {@code <g>}, and these codes
 * carry nothing else in the workbench's XLIFF. Other markup (an annotation's {@code <mrk>}) stands
 * as itself, so that the caller then compares with the filter's unit written as XLIFF.
 */
final class SourceText {
    private static final char CODE = '\uE000';

    private SourceText() {}

    /** The form of the filter's source, every code as its tag type and id. */
    static String of(TextContainer source) {
        StringBuilder sb = new StringBuilder();
        for (TextPart p : source.getParts()) {
            TextFragment f = p.getContent();
            String coded = f.getCodedText();
            for (int i = 0; i < coded.length(); i++) {
                char c = coded.charAt(i);
                if (TextFragment.isMarker(c)) {
                    Code code = f.getCodes().get(TextFragment.toIndex(coded.charAt(++i)));
                    code(sb, code.getTagType(), code.getId());
                } else {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** The form of an XLIFF source: codes other than {@code g}, {@code x}, {@code bx}, {@code ex} as their markup. */
    static String of(Fragment source) {
        StringBuilder sb = new StringBuilder();
        for (Run run : source.runs()) {
            if (run instanceof Run.Text t) {
                sb.append(t.text());
            } else {
                Run.Code c = (Run.Code) run;
                switch (c.element()) {
                    case "g", "x", "bx", "ex" -> code(sb, TranslatedUnit.tagType(c), TranslatedUnit.id(c.id()));
                    default -> sb.append(CODE).append(c.xml()).append(CODE);
                }
            }
        }
        return sb.toString();
    }

    private static void code(StringBuilder sb, TextFragment.TagType type, int id) {
        sb.append(CODE).append(type.name().charAt(0)).append(id).append(CODE);
    }
}
