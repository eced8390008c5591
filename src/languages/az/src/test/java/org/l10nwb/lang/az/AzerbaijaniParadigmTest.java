package org.l10nwb.lang.az;

import org.l10nwb.core.lang.GoldenParadigms;

/** Golden paradigms, as `glossary forms` prints them: every {@code src/test/resources/paradigms/*.txt} block. */
class AzerbaijaniParadigmTest extends GoldenParadigms {
    AzerbaijaniParadigmTest() {
        super("az");
    }
}
