package org.l10nwb.core.glossary;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputKind;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.xml.SafeXml;
import org.l10nwb.core.xml.XmlCursor;

/**
 * Reads TBX glossaries: TBX v3 (ISO 30042:2019, root {@code <tbx>}, {@code conceptEntry} /
 * {@code langSec} / {@code termSec}) in DCA style ({@code <termNote type="administrativeStatus">})
 * and DCT style ({@code <basic:administrativeStatus>}), and TBX 2008 (root {@code <martif>},
 * {@code termEntry} / {@code langSet} / {@code tig} or {@code ntig}).
 *
 * <p>What the workbench uses is read into the model (terms with their status, part of speech,
 * gender and usage note, inflection hints ({@code termNote} types {@value #INFLECTION} and
 * {@value #INFLECTED_FORM}, or the notes an export writes for them), definitions, subject field and notes at each level); every other data
 * category (context sentences, sources, term types, geographical usage, cross-references,
 * transactions with their dates and responsibility…) is kept as a {@link DataCategory} at its
 * level, so that an export keeps it. The header is skipped. An empty {@code <term>} is a warning
 * ({@link Glossary#warnings}) and the term is left out: one blank cell in a large export must not
 * make the whole glossary unusable.
 *
 * <p>A file is streamed, a concept at a time ({@link TbxParse}, {@link TbxEntry}): neither its
 * bytes nor its text are ever held whole, so a glossary of 200,000 concepts reads in the memory
 * of its model.
 *
 * <p>Security: a DOCTYPE that only names an external DTD (usual in TBX 2008 files) is accepted
 * and the DTD is never read; a DOCTYPE with an internal subset that declares entities is refused.
 * No entity is ever expanded.
 */
public final class TbxReader {
    public static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";
    /** The {@code termNote} type of a term's inflection hint ({@link Inflection}). */
    public static final String INFLECTION = "x-inflection";
    /** The {@code termNote} type of a form of a term given by the glossary; repeatable. */
    public static final String INFLECTED_FORM = "x-inflectedForm";

    /** A TBX file within the default size limit of a glossary. */
    public Glossary read(Path file) {
        return read(file, InputLimits.DEFAULTS);
    }

    /**
     * A TBX file within {@code limits}, streamed. Its UTF-8 (declared or by default) is checked
     * in a pass of its own first, which names the bad byte's line and column (the parser's report
     * of one has no usable place).
     */
    public Glossary read(Path file, InputLimits limits) {
        TextFiles.requireReadable(file, InputKind.GLOSSARY, limits);
        SafeXml.checkUtf8Streaming(file);
        try (InputStream in = new Bounded(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file, limits)) {
            try (XmlCursor x = XmlCursor.open(file, in)) {
                return new TbxParse(x).glossary();
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /** A TBX document held in memory, the content of {@code file} (named in messages). */
    public Glossary read(Path file, byte[] bytes) {
        SafeXml.checkUtf8(file, bytes); // as for a file: a bad byte is one line here, not the parser's print
        try (XmlCursor x = XmlCursor.open(file, bytes)) {
            return new TbxParse(x).glossary();
        }
    }

    /** Whitespace collapsed, NFC: terms and notes as people see them. */
    static String clean(String text) {
        return TbxText.clean(text);
    }

    /**
     * Refuses to read past the glossary's size limit, whatever size the file claimed when it was
     * checked: one that grows while it is read is not read without end.
     */
    private static final class Bounded extends FilterInputStream {
        private final Path file;
        private final InputLimits limits;
        private final long limit;
        private long count;

        Bounded(InputStream in, Path file, InputLimits limits) {
            super(in);
            this.file = file;
            this.limits = limits;
            this.limit = limits.bytes(InputKind.GLOSSARY);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                TextFiles.requireReadable(file, InputKind.GLOSSARY, limits); // names the limit and how to raise it
                throw WorkbenchException.inFile(file, "grew past the size limit for a glossary while it was read");
            }
        }
    }
}
