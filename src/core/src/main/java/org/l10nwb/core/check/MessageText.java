package org.l10nwb.core.check;

import java.util.List;

/** The pieces of a segment's text a finding's message quotes, and how it lists them. */
final class MessageText {
    private MessageText() {
    }

    /** {@code “text”}, for messages. */
    static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }

    /** A piece of text around {@code [start, end)}, for messages: at most {@code room} characters each side. */
    static String around(String text, int start, int end, int room) {
        int from = Math.max(0, start - room);
        int to = Math.min(text.length(), end + room);
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /**
     * The text around {@code [start, end)} for a message, with the spaces of that range made
     * visible ({@code союзника␣— Армению}).
     */
    static String excerpt(String text, int start, int end, int room) {
        String marked = text.substring(0, start) + showSpaces(text.substring(start, end)) + text.substring(end);
        return around(marked, start, end, room);
    }

    /** Shows spaces that matter in a message: ordinary as {@code ␣}, no-break as {@code ⍽}. */
    static String showSpaces(String s) {
        return s.replace(' ', '\u2423').replace('\u00A0', '\u237D').replace('\u202F', '\u237D');
    }

    /** Items joined with commas and a final “and”. */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
