package org.l10nwb.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.TbxReader;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.xliff.XliffReader;

/**
 * Coverage-guided fuzzing of the readers of XLIFF, TBX and TMX and of the check (Jazzer). A
 * documented input error, a {@link WorkbenchException} that says where it is, is the expected
 * answer to bad input; anything else (another exception, an error without a place, a stack
 * overflow, a hang) is a finding. In a normal build each target runs its committed corpus only
 * ({@code ReaderFuzzTestInputs/<target>/} among the test resources); with {@code JAZZER_FUZZ=1}
 * it fuzzes, one target per run ({@code .ci/run} runs each for a bounded time).
 */
class ReaderFuzzTest {
    private static final Path XLF = Path.of("fuzz.xlf");
    private static final Path TBX = Path.of("fuzz.tbx");
    private static final Glossary GLOSSARY = new TbxReader().read(TBX, ("<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\""
            + " style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
            + "<conceptEntry id=\"shusha\"><langSec xml:lang=\"en\"><termSec><term>Shusha</term></termSec></langSec>"
            + "<langSec xml:lang=\"ru\"><termSec><term>Шуша</term><termNote type=\"administrativeStatus\">"
            + "preferredTerm-admn-sts</termNote></termSec><termSec><term>Шуши</term><termNote"
            + " type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>"
            + "</body></text></tbx>\n").getBytes(StandardCharsets.UTF_8));

    @FuzzTest(maxDuration = "60s")
    void xliff(byte[] data) {
        expectingInputErrors(() -> new XliffReader().read(XLF, data));
    }

    @FuzzTest(maxDuration = "60s")
    void tbx(byte[] data) {
        expectingInputErrors(() -> new TbxReader().read(TBX, data));
    }

    @FuzzTest(maxDuration = "60s")
    void tmx(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".tmx");
        try {
            Files.write(file, data);
            expectingInputErrors(() -> new TmxReader().read(file, (java.util.function.Consumer<org.l10nwb.core.tmx.TmxUnit>) unit -> {
            }));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The check over whatever XLIFF the reader accepts: it must not fail on anything the reader let through. */
    @FuzzTest(maxDuration = "60s")
    void check(byte[] data) {
        expectingInputErrors(() -> {
            XliffDocument doc = new XliffReader().read(XLF, data);
            new CheckService(GLOSSARY, Languages.installed(), CheckConfig.defaults()).check(List.of(XLF), List.of(doc));
        });
    }

    /**
     * Runs {@code r}, which may refuse its input only with an input error that says where, and
     * must print nothing: a refused file is one line of the workbench's, never the parser's own
     * report on standard error besides it.
     */
    static void expectingInputErrors(Runnable r) {
        java.io.PrintStream real = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            refusingOnlyWithInputErrors(r);
        } finally {
            System.setErr(real);
        }
        // the fuzzer's agent reports each class it instruments as it is loaded ("INFO: Instrumented …"): its lines, not ours
        String ours = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("INFO: ")).collect(java.util.stream.Collectors.joining("\n"));
        if (!ours.isEmpty()) {
            throw new AssertionError("printed on standard error: " + ours);
        }
    }

    private static void refusingOnlyWithInputErrors(Runnable r) {
        try {
            r.run();
        } catch (WorkbenchException e) {
            if (e.position() == null || e.position().file() == null) {
                throw new AssertionError("an input error that does not say where: " + e.getMessage(), e);
            }
        } catch (UncheckedIOException e) {
            throw new AssertionError("an I/O failure escaped the reader", e);
        }
    }
}
