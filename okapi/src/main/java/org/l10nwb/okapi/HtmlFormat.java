package org.l10nwb.okapi;

import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.html.HtmlFilter;

/** HTML, through Okapi's Jericho-based filter with its default rules. */
public final class HtmlFormat extends OkapiFormat {
    public HtmlFormat() {
        super("html", "html", Set.of("html", "htm"));
    }

    @Override
    protected IFilter newFilter() {
        return new HtmlFilter();
    }
}
