package org.l10nwb.okapi;

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
}
