package org.l10nwb.okapi;

import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;

/** OpenDocument text (.odt), through Okapi's OpenOffice filter with its default rules. */
public final class OdtFormat extends OfficeFormat {
    public OdtFormat() {
        super("odt", "x-odt", Set.of("odt"), "OpenDocument text");
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
