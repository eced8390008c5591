package org.l10nwb.okapi;

import java.util.HashMap;
import java.util.Map;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnit;

import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;

/**
 * The translated text unit Okapi's {@code TextUnitMerger} takes beside the filter's own: the
 * filter's id and source, and the workbench's target as an Okapi fragment whose inline codes are
 * copies of the filter's codes with the same id and tag type.
 *
 * <p>Okapi's merger would read these units from an XLIFF file; building them directly spares
 * writing that XLIFF, parsing it again and a first pass over the original for the filter's ids,
 * so that merging reads the original once. The merger then copies the codes' data and metadata from
 * the filter's unit as it does for units read from XLIFF (matching on id and type), which is why
 * a code is a copy of the filter's own wherever one matches.
 */
final class TranslatedUnit {
    private TranslatedUnit() {}

    static ITextUnit of(ITextUnit original, Content target, LocaleId targetLocale) {
        Map<Long, Code> codes = new HashMap<>();
        for (TextPart p : original.getSource().getParts()) {
            for (Code c : p.getContent().getCodes()) {
                codes.putIfAbsent(key(c.getId(), c.getTagType()), c);
            }
        }
        TextFragment f = new TextFragment();
        for (Part p : target.parts()) {
            append(f, p.content(), codes);
        }
        TextUnit t = new TextUnit(original.getId());
        // The merger clones the source it is given; the filter's own is never changed.
        t.setSource(original.getSource());
        t.setTarget(targetLocale, new TextContainer(f));
        return t;
    }

    private static void append(TextFragment f, Fragment content, Map<Long, Code> codes) {
        for (Run run : content.runs()) {
            if (run instanceof Run.Text t) {
                f.append(t.text());
            } else {
                Run.Code c = (Run.Code) run;
                TagType type = tagType(c);
                int id = id(c.id());
                Code own = codes.get(key(id, type));
                Code code = own != null ? own.clone() : new Code(type, null, null);
                code.setId(id);
                f.append(code);
            }
        }
    }

    /** The Okapi tag type of an XLIFF 1.2 inline element as Okapi's XLIFF writer writes it. */
    static TagType tagType(Run.Code c) {
        return switch (c.element()) {
            case "bx", "bpt" -> TagType.OPENING;
            case "ex", "ept" -> TagType.CLOSING;
            case "x", "ph" -> TagType.PLACEHOLDER;
            case "it" -> c.xml().contains("pos=\"close\"") ? TagType.CLOSING : TagType.OPENING;
            default -> switch (c.kind()) {
                case OPENING -> TagType.OPENING;
                case CLOSING -> TagType.CLOSING;
                case STANDALONE -> TagType.PLACEHOLDER;
            };
        };
    }

    static int id(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long key(int id, TagType type) {
        return (long) id * 16 + type.ordinal();
    }
}
