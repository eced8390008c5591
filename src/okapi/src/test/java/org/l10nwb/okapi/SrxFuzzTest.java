package org.l10nwb.okapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;

/**
 * Coverage-guided fuzzing of a project's SRX rules as the workbench reads them (Okapi's SRX
 * document with the project's rules in front of the defaults) and applies them to a sentence.
 * A {@link WorkbenchException} naming the rules file is the documented answer to bad rules
 * (not XML, a bad regular expression, no language map); anything else is a finding. Corpus only
 * in a normal build ({@code SrxFuzzTestInputs/srx/}); fuzzing with {@code JAZZER_FUZZ=1}.
 */
class SrxFuzzTest {
    private static final LocaleTag EN = LocaleTag.of("en");

    @FuzzTest(maxDuration = "60s")
    void srx(byte[] data) throws IOException {
        Path rules = Files.createTempFile("fuzz", ".srx");
        try {
            Files.write(rules, data);
            Segmenters.get(new Segmentation(rules), EN).computeSegments("Dr. Smith went home. Then he slept! Did he?");
        } catch (WorkbenchException e) {
            if (e.position() == null || e.position().file() == null) {
                throw new AssertionError("an SRX error that does not name the file: " + e.getMessage(), e);
            }
        } finally {
            Segmenters.forget(rules);
            Files.deleteIfExists(rules);
        }
    }
}
