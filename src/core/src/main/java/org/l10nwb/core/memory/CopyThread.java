package org.l10nwb.core.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * The kept copy of an imported TMX file, written on a thread of its own: escaping and encoding
 * the units again is a sixth of the importing thread's work, which was the busier of the two
 * (the index writer has the other), so the copy runs beside both and uses what the other core
 * leaves. The units are immutable and written in the order they were read; the bytes are those
 * the importing thread would have written itself.
 *
 * <p>Units go over in batches, at most {@link #IN_FLIGHT} waiting, so a fast reader cannot fill
 * the heap. The first failure is kept, the batches after it dropped, and it is thrown at the next
 * {@link #write} or at {@link #finish}. {@link #stop} must be called before the output stream is
 * closed or discarded, whatever happened.
 */
final class CopyThread {
    private static final int BATCH = 512;
    private static final int IN_FLIGHT = 8;

    private final TmxWriter writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "memory copy");
        t.setDaemon(true); // a process that ends in the middle of an import must not wait for it
        return t;
    });
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private List<TmxUnit> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private volatile boolean cancelled;

    CopyThread(TmxWriter writer) {
        this.writer = writer;
    }

    /** Queues a unit; throws the failure of an earlier write. */
    void write(TmxUnit unit) {
        rethrow();
        batch.add(unit);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** Writes what is queued and the end of the document; throws the first failure. */
    void finish() throws IOException {
        handOver();
        awaitQueued();
        rethrow();
        writer.finish();
    }

    /** Drops what is not written yet and waits for the batch being written: the stream is the caller's again. */
    void stop() {
        cancelled = true;
        batch = new ArrayList<>();
        awaitQueued();
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitQueued() {
        room.acquireUninterruptibly(IN_FLIGHT);
        room.release(IN_FLIGHT);
    }

    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<TmxUnit> units = batch;
        batch = new ArrayList<>(BATCH);
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                for (TmxUnit u : units) {
                    if (failure != null || cancelled) {
                        break;
                    }
                    writer.write(u);
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }
}
