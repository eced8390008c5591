package org.l10nwb.lang.ru;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l10nwb.core.lang.ParadigmCases;

/** Golden paradigms, as `glossary forms` prints them: every {@code src/test/resources/paradigms/*.txt} block. */
class RussianParadigmTest {
    private static final Path FOLDER = Path.of("src/test/resources/paradigms");

    static Stream<ParadigmCases.Case> cases() {
        ParadigmCases.recordIfAsked(FOLDER, "ru");
        return ParadigmCases.scan(FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void paradigm(ParadigmCases.Case c) {
        c.verify("ru");
    }
}
