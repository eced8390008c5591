package org.l10nwb.core.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * The tags of a well-formed XML document held in a string, with where each one starts and ends:
 * what a rewrite needs to change a few elements and copy everything else as it was written.
 *
 * <p>Hand-written because a StAX parser's reported character offsets include its look-ahead
 * (they are unusable as positions), and a DOM or an event writer re-serializes what it copies
 * (quotes, attribute order, white space inside tags, character references). The document must
 * have been read by a real parser first: this scanner assumes it is well-formed.
 */
public final class XmlTags {
    /** An attribute as written: its name and its value, with entity and character references resolved. */
    public record Attribute(String name, String value) {}

    /**
     * A start tag, an end tag or an empty-element tag.
     *
     * @param start where {@code <} is
     * @param end just after {@code >}
     */
    public record Tag(Kind kind, String name, List<Attribute> attributes, int start, int end) {
        /** The attribute {@code name} as written ({@code xmlns:x}, {@code state}), or {@code null}. */
        public String attribute(String qualified) {
            for (Attribute a : attributes) {
                if (a.name().equals(qualified)) {
                    return a.value();
                }
            }
            return null;
        }

        public String prefix() {
            int colon = name.indexOf(':');
            return colon < 0 ? "" : name.substring(0, colon);
        }

        public String localName() {
            return name.substring(name.indexOf(':') + 1);
        }
    }

    /** What a tag is. */
    public enum Kind {
        START,
        END,
        EMPTY
    }

    private XmlTags() {
    }

    /** Every tag of {@code text} in order; comments, CDATA sections, processing instructions and the DOCTYPE are passed over. */
    public static List<Tag> scan(String text) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return tags;
            }
            char c = text.charAt(lt + 1);
            if (text.startsWith("<!--", lt)) {
                i = text.indexOf("-->", lt + 4) + 3;
            } else if (text.startsWith("<![CDATA[", lt)) {
                i = text.indexOf("]]>", lt + 9) + 3;
            } else if (c == '?') {
                i = text.indexOf("?>", lt + 2) + 2;
            } else if (c == '!') {
                i = doctypeEnd(text, lt);
            } else if (c == '/') {
                int gt = text.indexOf('>', lt);
                tags.add(new Tag(Kind.END, text.substring(lt + 2, gt).strip(), List.of(), lt, gt + 1));
                i = gt + 1;
            } else {
                i = startTag(text, lt, tags);
            }
            if (i <= lt) {
                throw new IllegalArgumentException("not well-formed XML at character " + lt);
            }
        }
    }

    private static int doctypeEnd(String text, int lt) {
        int depth = 0;
        for (int j = lt + 2; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '"' || c == '\'') {
                j = text.indexOf(c, j + 1);
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static int startTag(String text, int lt, List<Tag> tags) {
        int j = lt + 1;
        int nameEnd = j;
        while (!isSpace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '>' && text.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        String name = text.substring(j, nameEnd);
        List<Attribute> attributes = new ArrayList<>();
        j = nameEnd;
        while (true) {
            while (isSpace(text.charAt(j))) {
                j++;
            }
            char c = text.charAt(j);
            if (c == '>') {
                tags.add(new Tag(Kind.START, name, List.copyOf(attributes), lt, j + 1));
                return j + 1;
            }
            if (c == '/') {
                int gt = text.indexOf('>', j);
                tags.add(new Tag(Kind.EMPTY, name, List.copyOf(attributes), lt, gt + 1));
                return gt + 1;
            }
            int eq = text.indexOf('=', j);
            String attr = text.substring(j, eq).strip();
            int q = eq + 1;
            while (isSpace(text.charAt(q))) {
                q++;
            }
            char quote = text.charAt(q);
            int close = text.indexOf(quote, q + 1);
            attributes.add(new Attribute(attr, unescape(text.substring(q + 1, close))));
            j = close + 1;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** An attribute value with the predefined entities and character references resolved. */
    static String unescape(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int semi = c == '&' ? raw.indexOf(';', i) : -1;
            if (semi < 0) {
                sb.append(c);
                continue;
            }
            String ref = raw.substring(i + 1, semi);
            switch (ref) {
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "amp" -> sb.append('&');
                case "quot" -> sb.append('"');
                case "apos" -> sb.append('\'');
                default -> sb.appendCodePoint(ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                        : Integer.parseInt(ref.substring(1)));
            }
            i = semi;
        }
        return sb.toString();
    }
}
