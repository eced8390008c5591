package org.l10nwb.core.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.util.ULocale;

/**
 * Numbers written as words in one locale ({@code number-words.tsv}): which words of a text are
 * number words, and what the phrases they make are worth ("two hundred" is 200). Most words of
 * most texts are none, so a word is told apart by its length, first letter and hash before it is
 * looked up, without a string of its own. Read-only once made: safe to share between threads.
 */
final class NumberWords {
    private static final Map<String, Map<String, Word>> WORDS = loadWords();

    /** A number word: its value, and whether it counts in a source text or only stands for a number in a translation. */
    private record Word(long value, boolean counts) {
    }

    private final Map<String, Word> words;
    /** The first letters of the number words, lower case: most words of a text start with none of them. */
    private final String initials;
    /** The number words' {@link String#hashCode}s, sorted: a word whose lower case has none of them is none. */
    private final int[] hashes;
    /** Whether the locale lowers I to a dotless ı (Turkish, Azerbaijani), which the quick lowering leaves to ICU. */
    private final boolean dotlessI;
    private static final java.util.Set<String> DOTLESS_I_LANGUAGES = java.util.Set.of("tr", "az");
    private final int shortest;
    private final int longest;
    private final ULocale locale;
    /**
     * For each char below {@link #TABLE} (ASCII, Latin, Greek, Cyrillic, Georgian: the letters of
     * nearly every word of the texts checked), the lengths of the number words that a word starting
     * with it may be, as bits (bit {@code n}: {@code n} chars, bit 63: 63 or more): "of" is no
     * English number word by its first letter and length alone, as no number word of two letters
     * starts with o. A capital counts for the words of its lower case, and a capital whose lower
     * case depends on the locale ({@link #mayStart}) for every length. Shared per language.
     */
    private final long[] lengthsByFirst;
    private static final int TABLE = 0x1100;
    private static final Map<String, long[]> LENGTHS_BY_FIRST = new java.util.concurrent.ConcurrentHashMap<>();

    NumberWords(ULocale locale) {
        this.locale = locale;
        this.words = WORDS.getOrDefault(locale.getLanguage(), Map.of());
        StringBuilder first = new StringBuilder();
        for (String w : words.keySet()) {
            if (first.indexOf(w.substring(0, 1)) < 0) {
                first.append(w.charAt(0));
            }
        }
        this.initials = first.toString();
        this.hashes = words.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        this.dotlessI = DOTLESS_I_LANGUAGES.contains(locale.getLanguage());
        this.shortest = words.keySet().stream().mapToInt(String::length).min().orElse(0);
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.lengthsByFirst = LENGTHS_BY_FIRST.computeIfAbsent(locale.getLanguage(), k -> lengthsByFirst(words));
    }

    /** See {@link #lengthsByFirst}. */
    private static long[] lengthsByFirst(Map<String, Word> words) {
        long[] table = new long[TABLE];
        for (String w : words.keySet()) {
            if (w.charAt(0) < TABLE) {
                table[w.charAt(0)] |= lengthBit(w.length());
            }
        }
        for (char c = 0; c < TABLE; c++) {
            if (lowersByLocale(c)) {
                table[c] = -1L;
            } else if (Character.isUpperCase(c) && Character.toLowerCase(c) < TABLE) {
                table[c] |= table[Character.toLowerCase(c)];
            }
        }
        return table;
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** The number word a word of the text is, or {@code null}; its string made only when its length and first letter may be one's. */
    private Word word(TextScan.Word w) {
        return mayBe(w.length(), w.first()) ? lookUp(w.text()) : null;
    }

    /** Whether a word of this length and first letter may be a number word. */
    private boolean mayBe(int length, char first) {
        if (length < shortest || length > longest) {
            return false;
        }
        return first < TABLE ? (lengthsByFirst[first] & lengthBit(length)) != 0 : mayStart(first);
    }

    /** The number word {@code w} is, by the locale's lower case. */
    private Word lookUp(String w) {
        return words.get(TextScan.lower(locale, w));
    }

    /**
     * Whether a word of the text is a number word (one that counts, for a source): a scan by the
     * words' bounds, making a string only of a word whose length and first letter could be one,
     * so that a text without number words (most sources) is not split into words at all.
     */
    boolean mayHave(String t, boolean counting) {
        if (words.isEmpty()) {
            return false;
        }
        for (int start = TextScan.nextWord(t, 0); start >= 0; ) {
            int end = TextScan.wordEnd(t, start);
            if (numberWordAt(t, start, end, counting)) {
                return true;
            }
            start = TextScan.nextWord(t, end);
        }
        return false;
    }

    /**
     * Whether a word that starts with {@code c} may be a number word: a number word starts with it
     * or with its lower case, or it is a capital whose lower case depends on the locale (I, İ, and
     * the capitals outside the Latin and Russian alphabets), which {@link #word} lowers by the
     * locale's rules.
     */
    private boolean mayStart(char c) {
        return initials.indexOf(c) >= 0 || initials.indexOf(Character.toLowerCase(c)) >= 0 || lowersByLocale(c);
    }

    /** A capital whose lower case depends on the locale: I, İ, and the capitals outside the Latin and Russian alphabets. */
    private static boolean lowersByLocale(char c) {
        return Character.isUpperCase(c) && !(c >= 'A' && c <= 'Z' && c != 'I' || c >= '\u0400' && c <= '\u042F');
    }

    /** Whether the word {@code t[start, end)} is a number word (one that counts, when {@code counting}). */
    private boolean numberWordAt(String t, int start, int end, boolean counting) {
        if (mayBe(end - start, t.charAt(start)) && mayBeWord(t, start, end)) {
            Word w = lookUp(t.substring(start, end));
            return w != null && (!counting || w.counts());
        }
        return false;
    }

    /**
     * Whether {@code t[start, end)} may be a number word: {@code false} only when the word's lower
     * case, made here without a string for letters whose lower case is one letter in every
     * locale (ASCII, the Russian alphabet, Georgian), has the hash of no number word. A word with
     * any other letter may be one, and is looked up ({@link #word}).
     */
    private boolean mayBeWord(String t, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            char lower;
            if (c >= 'a' && c <= 'z' || c >= '\u0430' && c <= '\u045F' || c >= '\u10D0' && c <= '\u10FA') {
                lower = c;
            } else if (c >= 'A' && c <= 'Z' && (c != 'I' || !dotlessI)) {
                lower = (char) (c + ('a' - 'A'));
            } else if (c >= '\u0410' && c <= '\u042F') {
                lower = (char) (c + ('\u0430' - '\u0410'));
            } else if (c >= '\u0400' && c <= '\u040F') {
                lower = (char) (c + ('\u0450' - '\u0400'));
            } else {
                return true;
            }
            h = 31 * h + lower;
        }
        return java.util.Arrays.binarySearch(hashes, h) >= 0;
    }

    /** Number words, consecutive ones combined ("two hundred" is 200); in a translation each word also stands alone. */
    void read(String t, boolean counting, List<NumberReader.Number> out) {
        List<TextScan.Word> ws = TextScan.words(t);
        int i = 0;
        while (i < ws.size()) {
            Word w = word(ws.get(i));
            if (w == null || (counting && !w.counts())) {
                i++;
                continue;
            }
            int first = i;
            List<Long> values = new ArrayList<>();
            values.add(w.value());
            int last = i;
            for (int j = i + 1; j < ws.size(); j++) {
                String between = t.substring(ws.get(j - 1).end(), ws.get(j).start());
                String lower = TextScan.lower(locale, ws.get(j).text());
                Word next = word(ws.get(j));
                if (next != null && between.isBlank() && (!counting || next.counts())) {
                    values.add(next.value());
                    last = j;
                } else if (lower.equals("and") && between.isBlank() && values.get(values.size() - 1) >= 100
                        && j + 1 < ws.size()
                        && word(ws.get(j + 1)) != null) {
                    continue;
                } else {
                    break;
                }
            }
            String surface = t.substring(ws.get(first).start(), ws.get(last).end());
            out.add(new NumberReader.Number(Long.toString(combine(values)), surface, true));
            if (!counting && values.size() > 1) {
                for (int k = first; k <= last; k++) {
                    Word single = word(ws.get(k));
                    if (single != null) {
                        out.add(new NumberReader.Number(Long.toString(single.value()), ws.get(k).text(), true));
                    }
                }
            }
            i = last + 1;
        }
    }

    /** Two hundred thousand: hundreds multiply what is before them, thousands and more close a group. */
    private static long combine(List<Long> values) {
        long total = 0;
        long current = 0;
        for (long v : values) {
            if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else if (v >= 1000) {
                total += Math.max(current, 1) * v;
                current = 0;
            } else {
                current += v;
            }
        }
        return total + current;
    }

    private static Map<String, Map<String, Word>> loadWords() {
        Map<String, Map<String, Word>> all = new HashMap<>();
        try (InputStream in = NumberWords.class.getResourceAsStream("number-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("number-words.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                long value = Long.parseLong(cols[1]);
                Map<String, Word> lang = all.computeIfAbsent(cols[0], k -> new HashMap<>());
                for (String form : cols[2].split(" ")) {
                    boolean counts = !form.startsWith("~");
                    lang.put(counts ? form : form.substring(1), new Word(value, counts));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
