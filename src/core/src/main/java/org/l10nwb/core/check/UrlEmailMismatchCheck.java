package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code url-email-mismatch}: the web and e-mail addresses of the source are in the translation
 * exactly as written, and the translation has none of its own. Punctuation that ends the sentence
 * is not part of an address ({@code see https://example.org/.}), nor is a closing bracket the
 * address did not open.
 */
final class UrlEmailMismatchCheck implements SegmentCheck {
    static final Rule RULE = new Rule("url-email-mismatch", Severity.ERROR,
            "A web or e-mail address of the source is missing or changed in the translation, or the translation has one the source does not.",
            "Addresses are http://, https://, ftp:// and www. links and e-mail addresses; each one of the source"
                    + " must be in the translation character for character, and the translation may not add any."
                    + " Final punctuation and unopened closing brackets are not part of an address.");

    /** A web address or an e-mail address, as written in running text (final punctuation trimmed afterwards). */
    static final Pattern ADDRESS = Pattern.compile(
            "(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"«»“”„‘’]+|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        return (s, report) -> {
            List<String> source = addresses(s.sourceText());
            List<String> target = addresses(s.targetText());
            if (source.isEmpty() && target.isEmpty()) {
                return;
            }
            List<String> missing = new ArrayList<>(source);
            List<String> extra = new ArrayList<>();
            for (String a : target) {
                if (!missing.remove(a)) {
                    extra.add(a);
                }
            }
            if (missing.isEmpty() && extra.isEmpty()) {
                return;
            }
            StringBuilder msg = new StringBuilder();
            if (!missing.isEmpty()) {
                msg.append("the translation lacks ").append(MessageText.list(missing)).append(" of the source");
            }
            if (!extra.isEmpty()) {
                msg.append(missing.isEmpty() ? "the translation has " : "; it has ").append(MessageText.list(extra))
                        .append(missing.isEmpty() ? ", which the source does not" : " instead");
            }
            report.add(msg.toString(), missing, extra);
        };
    }

    /** The addresses of a text, in order. */
    static List<String> addresses(String text) {
        if (text.indexOf('@') < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String a = trim(m.group());
            if (!a.isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    private static String trim(String a) {
        int end = a.length();
        while (end > 0) {
            char c = a.charAt(end - 1);
            if (".,;:!?'’\"".indexOf(c) >= 0) {
                end--;
            } else if ((c == ')' || c == ']') && count(a, end, c == ')' ? '(' : '[') < count(a, end, c)) {
                end--;
            } else {
                break;
            }
        }
        return a.substring(0, end);
    }

    private static int count(String s, int end, char c) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
