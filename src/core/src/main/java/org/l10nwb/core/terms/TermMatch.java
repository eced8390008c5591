package org.l10nwb.core.terms;

/**
 * An occurrence of a term in a text.
 *
 * @param term the term found
 * @param firstToken index of its first word among the text's words
 * @param lastToken index of its last word (inclusive)
 * @param start character offset where it starts in the text
 * @param end character offset where it ends
 * @param surface the text as written there ({@code Арцахе}, {@code ზანგეზურის დერეფნის})
 */
public record TermMatch(IndexedTerm term, int firstToken, int lastToken, int start, int end, String surface) {

    public int length() {
        return lastToken - firstToken + 1;
    }

    public boolean sameSpan(TermMatch o) {
        return firstToken == o.firstToken && lastToken == o.lastToken;
    }

    public boolean overlaps(TermMatch o) {
        return firstToken <= o.lastToken && o.firstToken <= lastToken;
    }
}
