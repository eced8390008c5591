package org.l10nwb.okapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.TransUnit;

/** OpenDocument text (.odt), through Okapi's OpenOffice filter with its default rules. */
public final class OdtFormat extends OfficeFormat {
    private static final String KIND = "OpenDocument text";

    public OdtFormat() {
        super("odt", "x-odt", Set.of("odt"), KIND);
    }

    /** The edition as {@link OfficeFormat} writes it, declaring the target's language ({@link OdfLanguage}). */
    @Override
    public void merge(Path document, LocaleTag sourceLocale, LocaleTag targetLocale, List<TransUnit> units,
            OutputStream out) {
        ByteArrayOutputStream edition = new ByteArrayOutputStream();
        super.merge(document, sourceLocale, targetLocale, units, edition);
        List<OfficePackage.Entry> entries = OfficePackage.read(document, edition.toByteArray(), KIND);
        try {
            out.write(OfficePackage.write(OdfLanguage.declare(entries, targetLocale)));
        } catch (IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot write the edition: " + message(e), e);
        }
    }

    @Override
    protected IFilter newFilter() {
        return new OpenOfficeFilter();
    }

    @Override
    protected String mainPart() {
        return "content.xml";
    }
}
