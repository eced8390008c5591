package org.l10nwb.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.apache.lucene.index.IndexWriter;

/**
 * The changes to an index, applied on a thread of their own in the order they were made: while
 * the caller reads the next units of a TMX file and splits them into words, Lucene inverts and
 * buffers the previous ones, so an import keeps both cores busy. One thread, not several, so the
 * documents get their numbers in the order of the file, as they did when the caller added them
 * itself (ties in ranking and retrieval do not depend on thread timing).
 *
 * <p>Changes are handed over in batches (a queue operation per entry would cost more than it
 * saves) and at most {@link #IN_FLIGHT} batches wait, so a fast reader cannot fill the heap. The
 * first failure is kept: the batches after it are dropped, and it is thrown at the caller's next
 * change or at {@link #drain}. Nothing here commits: that stays the owner's, so a failed or killed
 * import leaves the last commit as it was.
 *
 * <p>Full buffers are written out as segments on a third thread ({@link IndexWriter#flushNextBuffer}):
 * left to Lucene, the writing of a segment happens on the thread that adds the document that fills
 * the buffer, so the indexing stopped while it was written, and the last buffer was written whole
 * by the commit, after everything else. The flushing thread takes the buffer being filled, the
 * writer's thread goes on with a new one: the documents of each segment still follow the file,
 * and the segments follow one another in the order their writing began.
 */
final class WriterThread {
    /** A change to apply to the writer. */
    @FunctionalInterface
    interface Change {
        void apply(IndexWriter writer, EntryDocuments documents) throws IOException;
    }

    private static final int BATCH = 256;
    private static final int IN_FLIGHT = 16;

    private final IndexWriter writer;
    /** Used by the writer's thread only: the documents reuse one token stream. */
    private final EntryDocuments documents = new EntryDocuments();
    private final ExecutorService thread;
    private final ExecutorService flusher;
    /** Bytes of buffered documents at which the flushing thread writes them out as a segment. */
    private final long flushAt;
    /** Whether a segment is being written by the flushing thread (one at a time). */
    private final java.util.concurrent.atomic.AtomicBoolean flushing = new java.util.concurrent.atomic.AtomicBoolean();
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private List<Change> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private volatile boolean cancelled;

    /**
     * @param flushAtMB how many megabytes of buffered documents the flushing thread writes out as
     *     a segment: below the writer's own RAM buffer, so that Lucene seldom has to flush on the
     *     indexing thread itself
     */
    WriterThread(IndexWriter writer, String name, double flushAtMB) {
        this.writer = writer;
        this.flushAt = (long) (flushAtMB * 1024 * 1024);
        this.thread = daemon("index writer " + name);
        this.flusher = daemon("index flusher " + name);
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // a process that ends without committing must not wait for it
            return t;
        });
    }

    IndexWriter writer() {
        return writer;
    }

    /** Queues a change; throws the failure of an earlier one. */
    void submit(Change change) throws IOException {
        rethrow();
        batch.add(change);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** Waits until every change queued so far is applied; throws the first failure among them. */
    void drain() throws IOException {
        handOver();
        room.acquireUninterruptibly(IN_FLIGHT);
        room.release(IN_FLIGHT);
        awaitFlusher();
        rethrow();
    }

    /** Waits for a segment being written by the flushing thread (its tasks run in order). */
    private void awaitFlusher() {
        java.util.concurrent.Future<?> done = flusher.submit(() -> { });
        boolean interrupted = false;
        while (true) {
            try {
                done.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException cannotHappen) {
                break; // an empty task
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops the changes not applied yet, waits for the one being applied and for a segment being written, and stops. */
    void stop() {
        cancelled = true;
        batch = new ArrayList<>();
        room.acquireUninterruptibly(IN_FLIGHT);
        room.release(IN_FLIGHT);
        thread.shutdown();
        flusher.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (flusher.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
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

    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<Change> changes = batch;
        batch = new ArrayList<>(BATCH);
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                for (Change c : changes) {
                    if (failure != null || cancelled) {
                        break;
                    }
                    c.apply(writer, documents);
                }
                maybeFlush();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** On the writer's thread, after a batch: hands a full buffer to the flushing thread. */
    private void maybeFlush() {
        if (failure != null || cancelled || writer.ramBytesUsed() - writer.getFlushingBytes() < flushAt
                || !flushing.compareAndSet(false, true)) {
            return;
        }
        flusher.execute(() -> {
            try {
                if (failure == null && !cancelled) {
                    writer.flushNextBuffer();
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                flushing.set(false);
            }
        });
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }
}
