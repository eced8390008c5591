package org.l10nwb.core.check;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * ICU's parser of the locale's numbers, one per thread (a format is not safe to share), asked
     * only for a number written with more than ASCII digits: the reader itself is shared by the
     * threads of a check, so that a segment without such a number pays for no thread's look-up.
     */
    private final ThreadLocal<DecimalFormat> format;
    private final String separators;
    private final NumberWords words;
    private final ULocale locale;

    NumberReader(ULocale locale) {
        this.locale = locale;
        NumberFormat nf = NumberFormat.getInstance(locale);
        DecimalFormat df = nf instanceof DecimalFormat d ? d : new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        df.setParseStrict(true);
        df.setParseBigDecimal(true);
        this.format = ThreadLocal.withInitial(() -> (DecimalFormat) df.clone());
        DecimalFormatSymbols s = df.getDecimalFormatSymbols();
        StringBuilder seps = new StringBuilder();
        seps.append(s.getDecimalSeparator()).append(s.getGroupingSeparator());
        if (Character.isSpaceChar(s.getGroupingSeparator())) {
            seps.append(" \u00A0\u202F\u2009");
        }
        this.separators = seps.toString();
        this.words = new NumberWords(locale);
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
        if (words.mayHave(t, counting)) {
            words.read(t, counting, out);
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
        java.lang.Number parsed = format.get().parse(candidate, pos);
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

}
