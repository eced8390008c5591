package org.l10nwb.okapi;

import java.util.List;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXSegmenter;

/**
 * A segmenter that is Okapi's {@link SRXSegmenter} in all but what a subclass does itself: every
 * option and result is Okapi's, so that {@link SrxEngine} holds only its search.
 */
abstract class ForwardingSegmenter implements ISegmenter {
    /** The segmenter options, results and segment building are taken from. */
    protected final SRXSegmenter okapi;

    ForwardingSegmenter(SRXSegmenter okapi) {
        this.okapi = okapi;
    }

    @Override
    public Range getNextSegmentRange(TextContainer container) {
        return okapi.getNextSegmentRange(container);
    }

    @Override
    public List<Integer> getSplitPositions() {
        return okapi.getSplitPositions();
    }

    @Override
    public List<Range> getRanges() {
        return okapi.getRanges();
    }

    @Override
    public LocaleId getLanguage() {
        return okapi.getLanguage();
    }

    @Override
    public boolean includeEndCodes() {
        return okapi.includeEndCodes();
    }

    @Override
    public boolean includeIsolatedCodes() {
        return okapi.includeIsolatedCodes();
    }

    @Override
    public boolean includeStartCodes() {
        return okapi.includeStartCodes();
    }

    @Override
    public boolean segmentSubFlows() {
        return okapi.segmentSubFlows();
    }

    @Override
    public boolean trimLeadingWhitespaces() {
        return okapi.trimLeadingWhitespaces();
    }

    @Override
    public boolean trimTrailingWhitespaces() {
        return okapi.trimTrailingWhitespaces();
    }

    @Override
    public boolean oneSegmentIncludesAll() {
        return okapi.oneSegmentIncludesAll();
    }

    @Override
    public boolean treatIsolatedCodesAsWhitespace() {
        return okapi.treatIsolatedCodesAsWhitespace();
    }

    @Override
    public void setLanguage(LocaleId languageCode) {
        okapi.setLanguage(languageCode);
    }

    @Override
    public void setIncludeEndCodes(boolean value) {
        okapi.setIncludeEndCodes(value);
    }

    @Override
    public void setIncludeIsolatedCodes(boolean value) {
        okapi.setIncludeIsolatedCodes(value);
    }

    @Override
    public void setIncludeStartCodes(boolean value) {
        okapi.setIncludeStartCodes(value);
    }

    @Override
    public void setOneSegmentIncludesAll(boolean value) {
        okapi.setOneSegmentIncludesAll(value);
    }

    @Override
    public void setOptions(boolean segmentSubFlows, boolean includeStartCodes, boolean includeEndCodes,
            boolean includeIsolatedCodes, boolean oneSegmentIncludesAll, boolean trimLeadingWS, boolean trimTrailingWS) {
        okapi.setOptions(segmentSubFlows, includeStartCodes, includeEndCodes, includeIsolatedCodes,
                oneSegmentIncludesAll, trimLeadingWS, trimTrailingWS);
    }

    @Override
    public void setSegmentSubFlows(boolean value) {
        okapi.setSegmentSubFlows(value);
    }

    @Override
    public void setTrimCodes(boolean value) {
        okapi.setTrimCodes(value);
    }

    @Override
    public void setTrimLeadingWS(boolean value) {
        okapi.setTrimLeadingWS(value);
    }

    @Override
    public void setTrimTrailingWS(boolean value) {
        okapi.setTrimTrailingWS(value);
    }

    @Override
    public void setTreatIsolatedCodesAsWhitespace(boolean value) {
        okapi.setTreatIsolatedCodesAsWhitespace(value);
    }
}
