package org.l10nwb.core.check;

import java.util.List;

/**
 * {@code punctuation-end}: the translation ends the way its source does: a full stop, a question
 * or exclamation mark, a colon, a semicolon, an ellipsis, or nothing (a heading, a byline).
 * Closing quotation marks and brackets around the final mark do not matter (English “mediator.”
 * is Russian «посредника».), nor do marks combined with others ({@code ?!} is a question).
 */
final class PunctuationEndCheck implements SegmentCheck {
    static final Rule RULE = new Rule("punctuation-end", Severity.WARNING,
            "The translation's final punctuation differs from the source's: a question or exclamation mark, colon, ellipsis or full stop lost, changed or added.",
            "The last mark before the end of the segment (closing quotes and brackets left aside) is compared:"
                    + " ? (also ?! and ¿…?), !, … (or ...), :, ;, . and none. Full-width and Arabic forms count as"
                    + " their Latin ones.");

    /** The ending of a segment, for comparison and for messages. */
    enum End {
        QUESTION("a question mark", "?"),
        EXCLAMATION("an exclamation mark", "!"),
        ELLIPSIS("an ellipsis", "…"),
        COLON("a colon", ":"),
        SEMICOLON("a semicolon", ";"),
        FULL_STOP("a full stop", "."),
        COMMA("a comma", ","),
        NONE("no final punctuation", "");

        final String words;
        final String mark;

        End(String words, String mark) {
            this.words = words;
            this.mark = mark;
        }
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        return (s, report) -> {
            End source = end(s.sourceText());
            End target = end(s.targetText());
            if (source != target) {
                report.add("the source ends with " + source.words + ", the translation with " + target.words,
                        List.of(source.mark), List.of(target.mark));
            }
        };
    }

    /**
     * How a text ends: the marks of its final run of punctuation, quotation marks, brackets and
     * spaces. A question or exclamation mark anywhere in the run decides («Почему?». is a question).
     */
    static End end(String text) {
        int i = text.length();
        boolean question = false;
        boolean exclamation = false;
        boolean ellipsis = false;
        End last = null;
        int dots = 0;
        while (i > 0) {
            int c = text.codePointBefore(i);
            i -= Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || TextScan.isQuote(c) || isClosing(c)) {
                dots = 0;
                continue;
            }
            End e = mark(c);
            if (e == null) {
                break;
            }
            dots = e == End.FULL_STOP ? dots + 1 : 0;
            ellipsis |= dots >= 3 || e == End.ELLIPSIS;
            question |= e == End.QUESTION;
            exclamation |= e == End.EXCLAMATION;
            if (last == null) {
                last = e;
            }
        }
        if (question) {
            return End.QUESTION;
        }
        if (exclamation) {
            return End.EXCLAMATION;
        }
        if (ellipsis) {
            return End.ELLIPSIS;
        }
        return last == null ? End.NONE : last;
    }

    private static boolean isClosing(int c) {
        return c == ')' || c == ']' || c == '}' || c == '\uFF09';
    }

    private static End mark(int c) {
        return switch (c) {
            case '?', '\uFF1F', '\u061F', '\u037E' -> End.QUESTION;
            case '!', '\uFF01' -> End.EXCLAMATION;
            case '\u2026' -> End.ELLIPSIS;
            case ':', '\uFF1A' -> End.COLON;
            case ';', '\uFF1B' -> End.SEMICOLON;
            case '.', '\u3002', '\uFF0E', '\u0589', '\u0964' -> End.FULL_STOP;
            case ',', '\uFF0C', '\u3001', '\u060C' -> End.COMMA;
            default -> null;
        };
    }
}
