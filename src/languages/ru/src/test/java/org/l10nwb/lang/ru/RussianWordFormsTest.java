package org.l10nwb.lang.ru;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l10nwb.core.lang.WordFormCases;

/** Golden word forms: every {@code src/test/resources/wordforms/*.tsv} file, one test per line. */
class RussianWordFormsTest {

    static Stream<WordFormCases.Case> cases() {
        return WordFormCases.scan(Path.of("src/test/resources/wordforms"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wordForm(WordFormCases.Case c) {
        c.verify("ru");
    }
}
