package org.l10nwb.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.ibm.icu.util.ULocale;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.Run.CodeKind;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;

/** Inline codes as editors read and type them, and changes since a sign-off as written. */
class ReadableTextTest {
    private static final Run.Code G1 = new Run.Code(CodeKind.OPENING, "g", "1", "<g id=\"1\" ctype=\"bold\">");
    private static final Run.Code G1_END = new Run.Code(CodeKind.CLOSING, "g", "1", "</g>");
    private static final Run.Code X2 = new Run.Code(CodeKind.STANDALONE, "x", "2", "<x id=\"2\"/>");
    private static final Run.Code BPT3 = new Run.Code(CodeKind.STANDALONE, "bpt", "3", "<bpt id=\"3\">&lt;i&gt;</bpt>");
    private static final Run.Code EPT3 = new Run.Code(CodeKind.STANDALONE, "ept", "3", "<ept id=\"3\">&lt;/i&gt;</ept>");

    private static TransUnit unit(List<Run> source, List<Run> target) {
        return TransUnit.of("7", Content.single("1", Fragment.of(source)))
                .withTarget(Content.single("1", Fragment.of(target)), TargetState.TRANSLATED);
    }

    @Test
    void codesArePlaceholdersByIdAndBackExactly() {
        List<Run> src = List.of(G1, new Run.Text("Shusha"), G1_END, new Run.Text(" fell."), X2);
        List<Run> trg = List.of(G1, new Run.Text("Шуша"), G1_END, new Run.Text(" пала."), X2);
        ReadableText r = ReadableText.of(unit(src, trg));
        String shown = r.show(Fragment.of(trg));
        assertEquals("\u27e81\u27e9Шуша\u27e8/1\u27e9 пала.\u27e82/\u27e9", shown);
        assertEquals(Fragment.of(trg), r.parse(shown), "typed back, the codes are the file's, attributes and all");
        assertEquals("\u27e81\u27e9Шуша\u27e8/1\u27e9 пала.\u27e82/\u27e9", r.showShortForm("<g1>Шуша</g1> пала.<x2/>"));
        assertEquals("a <b>literal</b>", r.showShortForm("a <b>literal</b>"), "text that only looks like a code stays");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> r.parse("\u27e89/\u27e9 x"));
        assertEquals("\u27e89/\u27e9 is not an inline code of this unit (its codes are \u27e81\u27e9 \u27e8/1\u27e9"
                + " \u27e82/\u27e9)", e.getMessage());
    }

    @Test
    void codesSharingAnIdAreToldApartByElement() {
        List<Run> runs = List.of(BPT3, new Run.Text("Shusha"), EPT3);
        ReadableText r = ReadableText.of(unit(runs, runs));
        assertEquals("\u27e8bpt3/\u27e9Shusha\u27e8ept3/\u27e9", r.show(Fragment.of(runs)));
        assertEquals(Fragment.of(runs), r.parse(r.show(Fragment.of(runs))));
    }

    @Test
    void aDiffShowsTheTextAsWrittenWithWordMarks() {
        ULocale ru = new ULocale("ru");
        assertEquals("Шуша [-пала-]{+была взята+}, сказал он.", TextDiff.marked("Шуша пала, сказал он.",
                "Шуша была взята, сказал он.", ru));
        assertEquals("Алиев {+не+} хотел мира.", TextDiff.marked("Алиев хотел мира.", "Алиев не хотел мира.", ru));
        assertEquals("Алиев [-не-] хотел мира.", TextDiff.marked("Алиев не хотел мира.", "Алиев хотел мира.", ru));
        assertEquals("[-Тогда-] Алиев ушёл.", TextDiff.marked("Тогда Алиев ушёл.", "Алиев ушёл.", ru));
        assertEquals("\u27e81\u27e9Шуша\u27e8/1\u27e9 пала{+\u27e82/\u27e9+}.",
                TextDiff.marked("\u27e81\u27e9Шуша\u27e8/1\u27e9 пала.", "\u27e81\u27e9Шуша\u27e8/1\u27e9 пала\u27e82/\u27e9.", ru),
                "a code is a token of its own");
        assertEquals("Шуша пала.", TextDiff.marked("Шуша  пала.", "Шуша пала.", ru), "spacing alone is no change");
    }
}
