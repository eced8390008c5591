package org.l10nwb.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class ShellParserTest {
    private final ShellParser parser = new ShellParser();

    private List<String> words(String line) {
        return parser.parse(line, line.length(), ParseContext.ACCEPT_LINE).words().stream().filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void freeTextKeepsApostrophesAndLoneQuotes() {
        assertEquals(List.of("t", "it's", "\"да"), words("t it's \"да"));
        assertEquals(List.of("reject", "«Шуши»", "isn't", "right"), words("reject «Шуши» isn't right"));
    }

    @Test
    void otherCommandsKeepQuoting() {
        assertEquals(List.of("goto", "5:2"), words("goto \"5:2\""));
        assertEquals(List.of("term", "Zangezur Corridor"), words("term 'Zangezur Corridor'"));
        assertThrows(EOFError.class, () -> words("term 'Zangezur"), "an open quote asks for the rest of the line");
    }
}
