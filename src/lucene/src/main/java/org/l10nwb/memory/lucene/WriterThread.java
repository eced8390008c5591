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
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private List<Change> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private volatile boolean cancelled;

    WriterThread(IndexWriter writer, String name) {
        this.writer = writer;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "index writer " + name);
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
        rethrow();
    }

    /** Drops the changes not applied yet, waits for the one being applied, and stops the thread. */
    void stop() {
        cancelled = true;
        batch = new ArrayList<>();
        room.acquireUninterruptibly(IN_FLIGHT);
        room.release(IN_FLIGHT);
        thread.shutdown();
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
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                room.release();
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
