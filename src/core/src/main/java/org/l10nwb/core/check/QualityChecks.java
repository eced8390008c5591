package org.l10nwb.core.check;

import java.util.List;

/** The quality checks beyond the glossary, in the order their findings are listed for a segment. */
public final class QualityChecks {
    /** Every check, each once. */
    public static final List<SegmentCheck> ALL = List.of(
            new NumberMismatchCheck(),
            new UrlEmailMismatchCheck(),
            new UntranslatedCheck(),
            new PunctuationEndCheck(),
            new QuoteStyleCheck(),
            new BracketMismatchCheck(),
            new SpacingCheck(),
            new DoubledWordCheck(),
            new SpellingCheck(),
            new InconsistentTranslationCheck(),
            new LengthRatioCheck());

    private QualityChecks() {
    }

    /** The check with this rule id, or {@code null}. */
    public static SegmentCheck byId(String id) {
        for (SegmentCheck c : ALL) {
            if (c.rule().id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
