package org.l10nwb.core.check;

import java.util.IdentityHashMap;
import java.util.Map;

import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.terms.TermIndex;

/**
 * The comparison key of each term's whole text in one language ({@link TermIndex#key}), computed
 * once per term: the glossary lint compares a term's key with others' in several rules, and a
 * term found by many others would have its key computed once per finding. By identity: the key
 * depends only on the text, and a term's record hash walks its text.
 */
final class TermKeys {
    private final TermIndex index;
    private final Map<Term, String> keys = new IdentityHashMap<>();

    TermKeys(TermIndex index) {
        this.index = index;
    }

    String of(Term term) {
        return keys.computeIfAbsent(term, t -> index.key(t.text()));
    }
}
