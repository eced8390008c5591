package org.l10nwb.core.lang;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A language module's golden paradigms test, as {@code glossary forms} prints them: every block of
 * the module's {@code src/test/resources/paradigms/*.txt} ({@link ParadigmCases}). A module's test
 * extends it, naming its language; with {@code -Dparadigms.record=true} the files are written again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GoldenParadigms {
    private static final Path FOLDER = Path.of("src/test/resources/paradigms");

    private final String language;

    protected GoldenParadigms(String language) {
        this.language = language;
    }

    Stream<ParadigmCases.Case> cases() {
        ParadigmCases.recordIfAsked(FOLDER, language);
        return ParadigmCases.scan(FOLDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    public void paradigm(ParadigmCases.Case c) {
        c.verify(language);
    }
}
