package org.l10nwb.cli.command;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a streamed check writes its report until the run is over: in memory while it is small,
 * in a temporary file once it is large (half a million findings make hundreds of megabytes). The
 * report is shown or installed only at the end, because the notes on standard error (stale
 * suppressions, unreadable files) come before it and are known only when every unit is checked.
 */
final class ReportSpool extends OutputStream {
    /** Reports up to this size stay in memory: every report of an ordinary project, no temporary file. */
    private static final int IN_MEMORY = 8 << 20;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private OutputStream file;
    private Path spilled;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (file == null && memory.size() + len > IN_MEMORY) {
            spilled = Files.createTempFile("workbench-report", ".tmp");
            spilled.toFile().deleteOnExit();
            file = new BufferedOutputStream(Files.newOutputStream(spilled), 1 << 16);
            memory.writeTo(file);
            memory = null;
        }
        if (file != null) {
            file.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        if (file != null) {
            file.flush();
        }
    }

    /** The report's bytes onto {@code out}. */
    void copyTo(OutputStream out) throws IOException {
        if (file == null) {
            memory.writeTo(out);
            return;
        }
        file.flush();
        try (InputStream in = Files.newInputStream(spilled)) {
            in.transferTo(out);
        }
    }

    /** The report's text onto {@code out}, in pieces. */
    void copyTo(PrintWriter out) {
        try {
            if (file == null) {
                out.print(memory.toString(StandardCharsets.UTF_8));
                return;
            }
            file.flush();
            try (Reader in = new InputStreamReader(Files.newInputStream(spilled), StandardCharsets.UTF_8)) {
                char[] buf = new char[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
            Files.deleteIfExists(spilled);
        }
    }
}
