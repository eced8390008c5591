package org.l10nwb.okapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.TransUnit;

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
    public void merge(Path document, LocaleTag sourceLocale, LocaleTag targetLocale, List<TransUnit> units,
            OutputStream out) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        super.merge(document, sourceLocale, targetLocale, units, buffer);
        byte[] merged = buffer.toByteArray();
        try {
            if (!usesCrlfOnly(Files.readAllBytes(document))) {
                out.write(merged);
                return;
            }
            ByteArrayOutputStream crlf = new ByteArrayOutputStream(merged.length + merged.length / 20);
            for (int i = 0; i < merged.length; i++) {
                if (merged[i] == '\n' && (i == 0 || merged[i - 1] != '\r')) {
                    crlf.write('\r');
                }
                crlf.write(merged[i]);
            }
            crlf.writeTo(out);
        } catch (IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot write the edition: " + message(e), e);
        }
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
