package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.locale.LocaleTag;

/**
 * The translated Word and OpenDocument editions open in LibreOffice: a real {@code soffice}
 * process (Debian's libreoffice-writer-nogui, which CI installs) converts each to PDF, and to
 * plain text, which must carry the translation. No LibreOffice, or a failed conversion, fails
 * the test: an edition nobody has opened is not known to open.
 */
class LibreOfficeEditionTest {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void translatedEditionsConvertToPdfAndCarryTheTranslation(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isExecutable(SOFFICE), SOFFICE + " is missing: install libreoffice-writer-nogui (as .ci/run does)");
        List<Path> editions = new ArrayList<>();
        for (String name : List.of("article.docx", "article.odt")) {
            Path document = OfficeDocumentTest.OFFICE.resolve(name);
            String ext = name.substring(name.lastIndexOf('.') + 1);
            Path edition = tmp.resolve("ru-" + ext + "." + ext); // one base name each: one PDF each
            Files.write(edition, OfficeDocumentTest.merge(document, OfficeDocumentTest.translated(document),
                    LocaleTag.of("ru")));
            editions.add(edition);
        }
        Path pdf = Files.createDirectory(tmp.resolve("pdf"));
        convert(tmp, "pdf", pdf, editions);
        Path txt = Files.createDirectory(tmp.resolve("txt"));
        convert(tmp, "txt:Text (encoded):UTF8", txt, editions);
        for (Path edition : editions) {
            String base = edition.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            byte[] bytes = Files.readAllBytes(pdf.resolve(base + ".pdf"));
            assertTrue(bytes.length > 1000, base + ".pdf has " + bytes.length + " bytes");
            assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII), base + ".pdf is not a PDF");
            String text = Files.readString(txt.resolve(base + ".txt"), StandardCharsets.UTF_8);
            assertTrue(text.contains("Несмотря на мою неизменную неприязнь к Ильхаму Алиеву, главному архитектору"), text);
            assertTrue(text.contains("Баку принимает филиал МГУ имени Ломоносова."), text);
            assertTrue(text.contains("Aliyev, a grandmaster of foreign policy"), "the untranslated heading: " + text);
        }
    }

    /** One soffice run with a profile of its own, so that it neither waits for nor disturbs another. */
    private static void convert(Path tmp, String filter, Path outDir, List<Path> documents)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(),
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", filter, "--outdir", outDir.toString()));
        documents.forEach(d -> command.add(d.toString()));
        Path log = tmp.resolve("soffice.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish in 5 minutes: " + Files.readString(log));
        }
        // soffice answers 0 even when it could not load a document: the files are the evidence.
        assertEquals(0, p.exitValue(), Files.readString(log));
        try (var files = Files.list(outDir)) {
            assertEquals(documents.size(), files.count(), "soffice converted fewer documents: " + Files.readString(log));
        }
    }
}
