package org.l10nwb.core.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * The numbers of a text as one locale writes them: digits read by ICU's strict number parser with
 * the locale's separators ({@code 2,000} in English, {@code 2 000} in Russian and Georgian,
 * {@code 2.000} in Azerbaijani are all 2000; {@code 2,5} is 2.5 there), and numbers written as
 * words ({@code number-words.tsv}). Digits glued to an ending are numbers ({@code 2020-ci},
 * {@code 2020-го}, {@code 21st}); digits inside web addresses and e-mail addresses are not, nor
 * digits that follow a letter inside a word ({@code G7}, {@code MP3}: names and codes).
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class NumberReader {
    /** A number of the text: its value (plain decimal, no trailing zeros) and how it is written. */
    record Number(String value, String surface, boolean fromWords) {
    }

    private static final Map<String, Map<String, Word>> WORDS = loadWords();

    /** A number word: its value, and whether it counts in a source text or only stands for a number in a translation. */
    private record Word(long value, boolean counts) {
    }

    private final DecimalFormat format;
    private final String separators;
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

    NumberReader(ULocale locale) {
        this.locale = locale;
        NumberFormat nf = NumberFormat.getInstance(locale);
        DecimalFormat df = nf instanceof DecimalFormat d ? d : new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        df.setParseStrict(true);
        df.setParseBigDecimal(true);
        this.format = df;
        DecimalFormatSymbols s = df.getDecimalFormatSymbols();
        StringBuilder seps = new StringBuilder();
        seps.append(s.getDecimalSeparator()).append(s.getGroupingSeparator());
        if (Character.isSpaceChar(s.getGroupingSeparator())) {
            seps.append(" \u00A0\u202F\u2009");
        }
        this.separators = seps.toString();
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
    }

    /** Whether none of the marks between the digits of {@code surface} is a separator of this locale's numbers. */
    boolean separatesNone(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (!digit(c) && separators.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The number word a word of the text is, or {@code null}. */
    private Word word(String w) {
        if (w.length() < shortest || w.length() > longest) {
            return null;
        }
        char c = w.charAt(0);
        if (initials.indexOf(c) < 0 && initials.indexOf(Character.toLowerCase(c)) < 0 && !Character.isUpperCase(c)) {
            return null;
        }
        return words.get(TextScan.lower(locale, w));
    }

    /**
     * The numbers of {@code text}.
     *
     * @param counting {@code true} for a source text: only words that count as numbers there are
     *     read; {@code false} for a translation, where every number word stands for its number
     */
    List<Number> numbers(String text, boolean counting) {
        String t = masked(text);
        List<Number> out = new ArrayList<>();
        digits(t, out);
        if (!words.isEmpty() && mayHaveWords(t, counting)) {
            words(t, counting, out);
        }
        return out;
    }

    /** The text with web and e-mail addresses blanked out, so their digits are not numbers. */
    private static String masked(String text) {
        if (text.indexOf('@') < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        Matcher m = UrlEmailMismatchCheck.ADDRESS.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private void digits(String t, List<Number> out) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!digit(t.charAt(i))) {
                i++;
                continue;
            }
            if (i > 0 && Character.isLetter(t.charAt(i - 1))) {
                // digits inside a word are part of a name or a code (G7, MP3, Kazan123), not a number
                while (i < n && (digit(t.charAt(i)) || Character.isLetter(t.charAt(i)))) {
                    i++;
                }
                continue;
            }
            int end = i + 1;
            while (end < n) {
                char c = t.charAt(end);
                if (digit(c)) {
                    end++;
                } else if (separators.indexOf(c) >= 0 && end + 1 < n && digit(t.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            i = read(t, i, end, out);
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c > 0x7F && !noDigits(c) && UCharacter.isDigit(c);
    }

    /**
     * Blocks without a decimal digit, told without ICU's property look-up, which would otherwise be
     * asked for every letter of a Russian or Georgian text: below U+0660 (the Arabic-Indic digits,
     * the first digits after ASCII), Georgian, general punctuation ({@code NumberReaderTest} asks ICU
     * about each of them).
     */
    static boolean noDigits(char c) {
        return c < 0x0660 || c >= 0x10A0 && c <= 0x10FF || c >= 0x2000 && c <= 0x206F;
    }

    /** Reads the numbers of the candidate {@code t[start, end)}; answers where to go on. */
    private int read(String t, int start, int end, List<Number> out) {
        String candidate = t.substring(start, end);
        if (asciiDigits(candidate)) {
            // most numbers are plain digits (2020, 15), which the parser would read as they are: spared its cost
            out.add(new Number(plain(new BigDecimal(candidate)), candidate, false));
            return end;
        }
        ParsePosition pos = new ParsePosition(0);
        java.lang.Number parsed = format.parse(candidate, pos);
        int used = pos.getIndex();
        if (parsed == null || used == 0) {
            used = 0;
            while (used < candidate.length() && UCharacter.isDigit(candidate.charAt(used))) {
                used++;
            }
            parsed = new BigDecimal(digitsOnly(candidate.substring(0, used)));
        }
        // a separator the parser stopped at belongs to neither number
        String surface = candidate.substring(0, used);
        while (!surface.isEmpty() && !UCharacter.isDigit(surface.charAt(surface.length() - 1))) {
            surface = surface.substring(0, surface.length() - 1);
        }
        out.add(new Number(plain(parsed), surface, false));
        int next = start + Math.max(used, 1);
        return next;
    }

    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String digitsOnly(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append((char) ('0' + UCharacter.digit(s.charAt(i), 10)));
        }
        return sb.toString();
    }

    static String plain(java.lang.Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * Whether a word of the text is a number word (one that counts, for a source): a scan by the
     * words' bounds, making a string only of a word whose length and first letter could be one,
     * so that a text without number words (most sources) is not split into words at all.
     */
    private boolean mayHaveWords(String t, boolean counting) {
        for (int start = TextScan.nextWord(t, 0); start >= 0; ) {
            int end = TextScan.wordEnd(t, start);
            int len = end - start;
            if (len >= shortest && len <= longest) {
                char c = t.charAt(start);
                if ((initials.indexOf(c) >= 0 || initials.indexOf(Character.toLowerCase(c)) >= 0
                        || Character.isUpperCase(c)) && mayBeWord(t, start, end)) {
                    Word w = word(t.substring(start, end));
                    if (w != null && (!counting || w.counts())) {
                        return true;
                    }
                }
            }
            start = TextScan.nextWord(t, end);
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
    private void words(String t, boolean counting, List<Number> out) {
        List<TextScan.Word> ws = TextScan.words(t);
        int i = 0;
        while (i < ws.size()) {
            Word w = word(ws.get(i).text());
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
                Word next = word(ws.get(j).text());
                if (next != null && between.isBlank() && (!counting || next.counts())) {
                    values.add(next.value());
                    last = j;
                } else if (lower.equals("and") && between.isBlank() && values.get(values.size() - 1) >= 100
                        && j + 1 < ws.size()
                        && word(ws.get(j + 1).text()) != null) {
                    continue;
                } else {
                    break;
                }
            }
            String surface = t.substring(ws.get(first).start(), ws.get(last).end());
            out.add(new Number(Long.toString(combine(values)), surface, true));
            if (!counting && values.size() > 1) {
                for (int k = first; k <= last; k++) {
                    Word single = word(ws.get(k).text());
                    if (single != null) {
                        out.add(new Number(Long.toString(single.value()), ws.get(k).text(), true));
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
        try (InputStream in = NumberReader.class.getResourceAsStream("number-words.tsv")) {
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
