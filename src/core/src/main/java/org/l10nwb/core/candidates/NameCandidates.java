package org.l10nwb.core.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermMatch;

/**
 * The names of a source text that no glossary concept covers: what an editor should add before
 * translation starts.
 *
 * <p>Sentences and words come from ICU's break iterators (the sentence-initial capital is the
 * one capital that says nothing about a name). A name is a run of capitalised words, or an acronym
 * (two or more letters, all capitals), joined by a single space or by a hyphen or dash without
 * spaces ({@code Nagorno-Karabakh}, {@code Baku–Tbilisi–Kars}), with {@code of} allowed between
 * two capitalised words ({@code University of Tbilisi}); a possessive ({@code Moscow’s}) ends a
 * run. A run that starts a sentence keeps its first word only when that word is also written
 * capitalised elsewhere but not at the start of a sentence, or when its lower-case form never
 * occurs in the text and another name word follows it (so {@code Historically Armenia} gives
 * {@code Armenia}, while {@code Aliyev outplayed} gives {@code Aliyev} when Aliyev recurs
 * capitalised). Single letters and contractions ({@code I}, {@code I’ve}) are no names.
 *
 * <p>Hand-written rather than a named-entity model: the workbench has no model for Russian,
 * Georgian or Azerbaijani targets either, and for a glossary editor the recall of capitalised
 * runs matters more than their labels.
 */
public final class NameCandidates {
    /** One name: its text, how often it occurs uncovered, the first sentence it occurs in. */
    public record Candidate(String text, int count, String context, boolean acronym) {
    }

    private record Word(int start, int end, String text, boolean possessive) {
    }

    private record Run(String text, int start, int end, String sentence, boolean acronym) {
    }

    private final ULocale locale;
    private final TermIndex covered;

    /**
     * @param locale the source language
     * @param covered the glossary's terms in the source language: names one of them spans are
     *     left out; {@code null} for none
     */
    public NameCandidates(ULocale locale, TermIndex covered) {
        this.locale = locale;
        this.covered = covered;
    }

    /** The candidates of the texts (paragraphs), commonest first, then in alphabetical order. */
    public List<Candidate> find(List<String> texts) {
        List<List<Word>> sentences = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        BreakIterator sb = BreakIterator.getSentenceInstance(locale);
        BreakIterator wb = BreakIterator.getWordInstance(locale);
        for (String text : texts) {
            sb.setText(text);
            for (int s = sb.first(), e = sb.next(); e != BreakIterator.DONE; s = e, e = sb.next()) {
                String sentence = text.substring(s, e);
                sentences.add(words(sentence, wb));
                sentenceTexts.add(sentence);
            }
        }
        Set<String> capitalisedInside = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        for (List<Word> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                String w = sentence.get(i).text();
                if (!capitalised(w)) {
                    lowerCase.add(w);
                } else if (i > 0) {
                    capitalisedInside.add(w);
                }
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> contexts = new HashMap<>();
        Map<String, Boolean> acronyms = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Run r : runs(sentences.get(s), sentenceTexts.get(s), capitalisedInside, lowerCase)) {
                if (isCovered(r)) {
                    continue;
                }
                counts.computeIfAbsent(r.text(), k -> new int[1])[0]++;
                contexts.putIfAbsent(r.text(), r.sentence().strip().replaceAll("\\s+", " "));
                acronyms.putIfAbsent(r.text(), r.acronym());
            }
        }
        List<Candidate> out = new ArrayList<>();
        counts.forEach((text, n) -> out.add(new Candidate(text, n[0], contexts.get(text), acronyms.get(text))));
        out.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::text));
        return out;
    }

    /** The words of a sentence, possessive endings taken off (and remembered). */
    private static List<Word> words(String sentence, BreakIterator wb) {
        List<Word> out = new ArrayList<>();
        wb.setText(sentence);
        for (int s = wb.first(), e = wb.next(); e != BreakIterator.DONE; s = e, e = wb.next()) {
            if (wb.getRuleStatus() < BreakIterator.WORD_NUMBER) {
                continue;
            }
            String w = sentence.substring(s, e);
            boolean possessive = false;
            for (String ending : new String[] {"\u2019s", "'s", "\u2019", "'"}) {
                if (w.length() > ending.length() + 1 && w.endsWith(ending)) {
                    w = w.substring(0, w.length() - ending.length());
                    possessive = true;
                    break;
                }
            }
            out.add(new Word(s, s + w.length(), w, possessive));
        }
        return out;
    }

    private List<Run> runs(List<Word> words, String sentence, Set<String> capitalisedInside, Set<String> lowerCase) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!nameWord(words.get(i).text())) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (!words.get(last).possessive() && last + 1 < words.size()) {
                Word next = words.get(last + 1);
                if (nameWord(next.text()) && joins(sentence, words.get(last), next)) {
                    last++;
                } else if (next.text().equals("of") && last + 2 < words.size() && nameWord(words.get(last + 2).text())
                        && gap(sentence, words.get(last), next).equals(" ")
                        && gap(sentence, next, words.get(last + 2)).equals(" ")) {
                    last += 2;
                } else {
                    break;
                }
            }
            i = last + 1;
            if (first == 0) {
                String w = words.get(0).text();
                // a capital that starts a sentence says nothing, unless the word is capitalised
                // elsewhere too; before another name word it counts unless the word is also
                // written in lower case (a common word: Historically Armenia)
                boolean evidence = acronym(w) || capitalisedInside.contains(w)
                        || last > first && !lowerCase.contains(lower(w));
                if (!evidence) {
                    first++;
                    while (first <= last && words.get(first).text().equals("of")) {
                        first++;
                    }
                }
            }
            if (first > last) {
                continue;
            }
            String text = sentence.substring(words.get(first).start(), words.get(last).end()).replaceAll("\\s+", " ");
            boolean acronym = first == last && acronym(words.get(first).text());
            out.add(new Run(text, words.get(first).start(), words.get(last).end(), sentence, acronym));
        }
        return out;
    }

    /** A single space (of any kind), or a hyphen or dash with no space around it. */
    private static boolean joins(String sentence, Word a, Word b) {
        String g = gap(sentence, a, b);
        if (g.length() != 1) {
            return false;
        }
        int c = g.codePointAt(0);
        return UCharacter.isUWhiteSpace(c) || UCharacter.getType(c) == UCharacter.DASH_PUNCTUATION;
    }

    private static String gap(String sentence, Word a, Word b) {
        return sentence.substring(a.end(), b.start());
    }

    private boolean isCovered(Run r) {
        if (covered == null) {
            return false;
        }
        for (TermMatch m : covered.find(r.sentence())) {
            if (m.start() <= r.start() && m.end() >= r.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameWord(String w) {
        return w.codePointCount(0, w.length()) > 1 && w.indexOf('\u2019') < 0 && w.indexOf('\'') < 0
                && (capitalised(w) || acronym(w));
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && UCharacter.isUUppercase(w.codePointAt(0));
    }

    /** Two or more letters, all capitals (digits allowed: {@code G7} is no acronym, {@code USAID} is). */
    static boolean acronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            if (UCharacter.isLetter(c)) {
                if (!UCharacter.isUUppercase(c)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters >= 2;
    }

    private String lower(String w) {
        return UCharacter.toLowerCase(locale, w);
    }
}
