package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffReader;

/**
 * {@link XliffDocuments#stream(Path, InputLimits, XliffReader.Units, long)} with the file parsed
 * on a thread of its own, a few hundred units ahead of the sink, which gets the same calls in the
 * same order on the calling thread: the check's reading (the XML parser and the units' models)
 * then runs while the units read before are checked and reported, instead of before them.
 *
 * <p>What reading throws is thrown here after every unit read before it was handed on, as the
 * plain stream does; what the sink throws stops the reading.
 */
final class ReadAhead {
    /** Units handed over at once: the hand-over costs once per chunk, not per unit. */
    private static final int CHUNK = 256;
    /** Chunks read ahead at most: bounds the units held besides the checks' batch. */
    private static final int CHUNKS = 8;

    private ReadAhead() {
    }

    private record Header(XliffFile file) {
    }

    private record End(long read, Throwable failed) {
    }

    /** Thrown in the reading thread when the sink's side has stopped: unwinds the parser. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    static long stream(Path file, InputLimits limits, XliffReader.Units sink, long readBefore) {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(CHUNKS);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> read(file, limits, readBefore, queue, stopped), "xliff-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<Object> chunk;
                try {
                    chunk = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading " + file, e);
                }
                for (Object o : chunk) {
                    if (o instanceof TransUnit u) {
                        sink.unit(u);
                    } else if (o instanceof Header h) {
                        sink.file(h.file());
                    } else {
                        End end = (End) o;
                        if (end.failed() == null) {
                            return end.read();
                        }
                        if (end.failed() instanceof RuntimeException r) {
                            throw r;
                        }
                        if (end.failed() instanceof Error e) {
                            throw e;
                        }
                        throw new IllegalStateException(end.failed());
                    }
                }
            }
        } finally {
            stopped.set(true); // done, or the sink failed: nothing more is wanted
        }
    }

    private static void read(Path file, InputLimits limits, long readBefore, BlockingQueue<List<Object>> queue,
            java.util.concurrent.atomic.AtomicBoolean stopped) {
        @SuppressWarnings("unchecked")
        List<Object>[] chunk = new List[] {new ArrayList<>(CHUNK)};
        Runnable handOver = () -> {
            try {
                // waits while the queue is full, but not for a sink's side that has stopped
                while (!queue.offer(chunk[0], 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (stopped.get()) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            chunk[0] = new ArrayList<>(CHUNK);
        };
        End end;
        try {
            long read = XliffDocuments.stream(file, limits, new XliffReader.Units() {
                @Override
                public void file(XliffFile header) {
                    add(new Header(header));
                }

                @Override
                public void unit(TransUnit unit) {
                    add(unit);
                }

                private void add(Object o) {
                    if (stopped.get()) {
                        throw new Stopped();
                    }
                    chunk[0].add(o);
                    if (chunk[0].size() == CHUNK) {
                        handOver.run();
                    }
                }
            }, readBefore);
            end = new End(read, null);
        } catch (Stopped s) {
            return;
        } catch (Throwable t) {
            if (stopped.get()) {
                return; // the parser wrapped the stop: nobody waits for the end
            }
            end = new End(0, t);
        }
        chunk[0].add(end);
        try {
            handOver.run();
        } catch (Stopped s) {
            // the sink's side stopped meanwhile: nobody waits for the end
        }
    }
}
