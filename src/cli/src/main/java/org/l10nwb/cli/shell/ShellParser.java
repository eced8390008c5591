package org.l10nwb.cli.shell;

import java.util.List;
import java.util.Set;

import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * Splits what the translator typed into words. Commands that take free text ({@code t},
 * {@code reject}, {@code comment}, {@code search}) see no quoting at all, so that an apostrophe
 * or a lone quotation mark in a translation («it's», {@code "да}) is text, not the start of a
 * quoted word that would make the shell wait for its end. Every other command keeps the usual
 * quoting, and its {@code --opt=value} words are split in two as on the command line
 * ({@link OptionWords#split}); never while completing, where the words must stay as typed.
 */
public final class ShellParser implements Parser {
    /** The commands whose words after the name are text, not options. */
    public static final Set<String> FREE_TEXT = Set.of("t", "translate", "reject", "comment", "search");

    private final ExtendedDefaultParser quoting = new ExtendedDefaultParser();
    private final ExtendedDefaultParser plain = new ExtendedDefaultParser();

    public ShellParser() {
        quoting.setEofOnUnclosedQuote(true);
        quoting.setEofOnEscapedNewLine(true);
        plain.setQuoteChars(new char[0]);
        plain.setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        String s = line.stripLeading();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        if (FREE_TEXT.contains(s.substring(0, end))) {
            return plain.parse(line, cursor, context);
        }
        ParsedLine parsed = quoting.parse(line, cursor, context);
        if (context == ParseContext.COMPLETE) {
            return parsed;
        }
        List<String> words = OptionWords.split(parsed.words());
        return words.size() == parsed.words().size() ? parsed : new Split(parsed, words);
    }

    /** A line whose words were split for Spring Shell; the cursor is at its end (the line was accepted). */
    private record Split(ParsedLine line0, List<String> words) implements ParsedLine {
        @Override
        public String word() {
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }

        @Override
        public int wordCursor() {
            return word().length();
        }

        @Override
        public int wordIndex() {
            return words.size() - 1;
        }

        @Override
        public String line() {
            return line0.line();
        }

        @Override
        public int cursor() {
            return line0.cursor();
        }
    }
}
