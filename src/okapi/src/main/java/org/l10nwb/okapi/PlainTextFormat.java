package org.l10nwb.okapi;

import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;

/** Plain text: one unit per line (a paragraph per line, as articles are usually kept). */
public final class PlainTextFormat extends OkapiFormat {
    public PlainTextFormat() {
        super("plaintext", "plaintext", Set.of("txt", "text"));
    }

    @Override
    protected IFilter newFilter() {
        return new PlainTextFilter();
    }
}
