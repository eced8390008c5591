package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.l10nwb.lang.Language;
import org.l10nwb.lang.TermWord;

/**
 * The forms of one word of a term, as the index matches them: the word's key, and the forms its
 * language module gives it, generated the first time a text has a word that may be one of them.
 *
 * <p>Every form the module gives starts with the module's {@link Language#formPrefix}, so a word
 * of a text without that prefix is no form and costs no generation: of a glossary of 200,000
 * concepts only the terms a text comes near are ever expanded (a term's forms number in the
 * hundreds for Azerbaijani, and all of them up front filled a 1 GB heap at 25,000 concepts).
 * One instance serves every term that has the same word in the same place with the same hints,
 * so a paradigm is generated and kept once however many terms share it.
 *
 * <p>Safe to share between threads: the forms are published through a volatile field, and two
 * threads that generate them at once generate the same.
 */
final class WordForms {
    private final String key;
    private final int prefixLength;
    /** The word as its module sees it; {@code null} for a word matched only as written. */
    private final TermWord word;
    private final Language module;
    /** Its keys in the module's order, the key as written first; generated on demand. */
    private volatile List<String> ordered;
    private volatile Set<String> set;

    /** A word with the forms its language module gives. */
    WordForms(TermWord word, Language module) {
        this.key = word.key();
        this.word = word;
        this.module = module;
        this.prefixLength = commonPrefix(key, module.formPrefix(word));
    }

    /** A word matched only as written (an indeclinable term, a form the glossary spells out). */
    WordForms(String key) {
        this.key = key;
        this.word = null;
        this.module = null;
        this.prefixLength = key.length();
        this.ordered = List.of(key);
        this.set = Set.of(key);
    }

    /** A word whose forms are given: {@code ordered}, the key as written first. */
    WordForms(List<String> ordered, Set<String> set) {
        this.key = ordered.get(0);
        this.word = null;
        this.module = null;
        int p = key.length();
        for (String f : set) {
            p = Math.min(p, commonPrefix(key, f));
        }
        this.prefixLength = p;
        this.ordered = List.copyOf(ordered);
        this.set = Set.copyOf(set);
    }

    String key() {
        return key;
    }

    /** How many characters of the key every form starts with. */
    int prefixLength() {
        return prefixLength;
    }

    /** Whether {@code k} (a key of a word of a text) is one of the forms. */
    boolean has(String k) {
        if (k.equals(key)) {
            return true;
        }
        if (k.length() < prefixLength || !k.regionMatches(0, key, 0, prefixLength)) {
            return false;
        }
        return set().contains(k);
    }

    List<String> ordered() {
        List<String> o = ordered;
        if (o == null) {
            generate();
            o = ordered;
        }
        return o;
    }

    Set<String> set() {
        Set<String> s = set;
        if (s == null) {
            generate();
            s = set;
        }
        return s;
    }

    private void generate() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        keys.addAll(module.forms(word));
        List<String> o = List.copyOf(new ArrayList<>(keys));
        set = Set.copyOf(keys);
        ordered = o;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
