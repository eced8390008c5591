package org.l10nwb.okapi;

import java.util.Set;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;

/** Word documents (.docx), through Okapi's OpenXML filter with its default rules. */
public final class DocxFormat extends OfficeFormat {
    public DocxFormat() {
        super("docx", "x-docx", Set.of("docx"), "Word document");
    }

    @Override
    protected IFilter newFilter() {
        OpenXMLFilter filter = new OpenXMLFilter();
        // Okapi would otherwise move the formatting that a whole paragraph shares into a paragraph
        // style of its own making, added to styles.xml: the edition's structure would not be the
        // original's.
        filter.getParameters().setAllowWordStyleOptimisation(false);
        return filter;
    }

    @Override
    protected String mainPart() {
        return "word/document.xml";
    }
}
