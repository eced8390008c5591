package org.l10nwb.okapi;

import java.io.ByteArrayOutputStream;
import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;

/** Markdown (CommonMark with GitHub tables), through Okapi's flexmark-based filter. */
public final class MarkdownFormat extends OkapiFormat {
    public MarkdownFormat() {
        super("markdown", "x-markdown", Set.of("md", "markdown"));
    }

    @Override
    protected IFilter newFilter() {
        return new MarkdownFilter();
    }

    /**
     * Okapi's Markdown writer always ends lines with LF. When the original uses CRLF throughout,
     * the edition gets CRLF back, so that a Windows-edited document round-trips byte for byte.
     * Documents that mix line ends keep LF, as the writer gives them.
     */
    @Override
    protected byte[] afterMerge(byte[] original, byte[] merged) {
        if (!usesCrlfOnly(original)) {
            return merged;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(merged.length + merged.length / 20);
        for (int i = 0; i < merged.length; i++) {
            if (merged[i] == '\n' && (i == 0 || merged[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(merged[i]);
        }
        return out.toByteArray();
    }

    static boolean usesCrlfOnly(byte[] bytes) {
        boolean any = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (i == 0 || bytes[i - 1] != '\r') {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
