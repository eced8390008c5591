package org.l10nwb.review.html;

import java.util.Map;

/**
 * The page's CSS classes for what the report model says: the core names kinds of text and
 * statuses, the page decides how they look. An id the page does not know is a defect, reported
 * when the page is made rather than shown unstyled.
 */
public final class CssClasses {
    private static final Map<String, String> PIECES = Map.of("term", "term", "forbidden", "forbidden", "code", "code",
            "untranslated", "untranslated");
    private static final Map<String, String> STATUSES = Map.of("untranslated", "untranslated", "draft", "draft",
            "needs-review", "needs-review", "translated", "translated", "signed-off", "signed-off");

    /** The class of a marked run of text: an approved or a forbidden term, an inline code, a segment not translated. */
    public String piece(String kind) {
        return known(PIECES, kind, "kind of text");
    }

    /** The class of a translation's status badge. */
    public String status(String status) {
        return "status " + known(STATUSES, status, "status");
    }

    private static String known(Map<String, String> classes, String id, String what) {
        String c = classes.get(id);
        if (c == null) {
            throw new IllegalArgumentException("the review page has no style for the " + what + " '" + id + "'");
        }
        return c;
    }
}
