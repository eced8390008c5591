package org.l10nwb.lang.ru;

import org.l10nwb.core.lang.GoldenParadigms;

/** Golden paradigms, as `glossary forms` prints them: every {@code src/test/resources/paradigms/*.txt} block. */
class RussianParadigmTest extends GoldenParadigms {
    RussianParadigmTest() {
        super("ru");
    }
}
