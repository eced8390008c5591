package org.l10nwb.cli.shell;

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
 * quoting.
 */
public final class ShellParser implements Parser {
    private static final Set<String> FREE_TEXT = Set.of("t", "translate", "reject", "comment", "search");

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
        return (FREE_TEXT.contains(s.substring(0, end)) ? plain : quoting).parse(line, cursor, context);
    }
}
