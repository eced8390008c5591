package org.l10nwb.lang.ka;

import org.l10nwb.core.lang.GoldenParadigms;

/** Golden paradigms, as `glossary forms` prints them: every {@code src/test/resources/paradigms/*.txt} block. */
class GeorgianParadigmTest extends GoldenParadigms {
    GeorgianParadigmTest() {
        super("ka");
    }
}
