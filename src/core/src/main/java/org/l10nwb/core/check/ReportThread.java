package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The calls of a streamed check to its {@link CheckStream.Sink} (a report), carried out on a
 * thread of their own in the order they were made: a batch's findings are rendered, encoded and
 * written while the next batch is checked, instead of between batches, with both cores idle but
 * one. At most {@value #PENDING} batches wait, which bounds the results held.
 *
 * <p>What the sink throws is thrown to the checking thread at its next call, or at
 * {@link #close}; every call made before the one that threw has been carried out. {@code close}
 * waits for the calls made to be carried out, so the sink's state is the checking thread's to
 * read after it.
 */
final class ReportThread implements AutoCloseable {
    private static final int PENDING = 2;
    private static final Runnable END = () -> { };

    private final CheckStream.Sink sink;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(PENDING);
    private final Thread thread;
    private volatile Throwable failed;
    private boolean closed;
    /** Whether the sink's failure was thrown to the checking thread: {@link #close} does not throw it twice. */
    private boolean reported;

    ReportThread(CheckStream.Sink sink) {
        this.sink = sink;
        this.thread = new Thread(this::run, "check-report");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (true) {
            Runnable next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                failed = e;
                return;
            }
            if (next == END) {
                return;
            }
            if (failed == null) {
                try {
                    next.run();
                } catch (Throwable t) {
                    failed = t; // the calls after it are taken and dropped, so that the checking thread never waits on a full queue
                }
            }
        }
    }

    /** {@link CheckStream.Sink#file}, carried out in turn. */
    void file(Path file, String sourceLanguage, String targetLanguage) {
        hand(() -> sink.file(file, sourceLanguage, targetLanguage));
    }

    /** {@link CheckStream.Sink#unit} of each result, in order, carried out in turn. */
    void units(List<CheckResult.UnitResult> units) {
        hand(() -> units.forEach(sink::unit));
    }

    private void hand(Runnable call) {
        rethrow();
        put(call);
    }

    private void put(Runnable call) {
        try {
            queue.put(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing results to the report", e);
        }
    }

    private void rethrow() {
        Throwable t = failed;
        if (t != null) {
            reported = true;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("the report's thread stopped", t);
        }
    }

    /**
     * Waits until every call made is carried out, then throws what the sink threw, unless it was
     * thrown already (try-with-resources closes after the body threw it).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report was written", e);
        }
        if (!reported) {
            rethrow();
        }
    }
}
