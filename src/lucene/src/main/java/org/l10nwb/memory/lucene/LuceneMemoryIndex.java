package org.l10nwb.memory.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.memory.MemoryIndex;

/**
 * A memory index in Apache Lucene: one document per entry ({@link EntryDocuments}). Candidates are
 * the BM25 top of a disjunction of the query's words with a minimum number that must match; the
 * core scores them. The TMX fingerprint is the commit's user data, so it is stored atomically
 * with the content.
 *
 * <p>Lucene's signs of a damaged index (a corrupt, truncated or missing file, a format or codec
 * this version does not read) become {@link MemoryIndex.DamagedIndexException}; any other I/O
 * failure is a {@link WorkbenchException} naming the folder.
 */
public final class LuceneMemoryIndex implements MemoryIndex {
    private static final String FINGERPRINT = "tmx-fingerprint";
    private static final String LAYOUT = "layout";
    /**
     * Searches a large index's segments on every core: at ten million entries one lookup reads
     * long posting lists, and the slices of segments are independent. A one-slice index is
     * searched on the caller's thread, as before. Daemon threads, shared by every index.
     */
    private static final java.util.concurrent.ExecutorService SEARCH = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "memory search");
                t.setDaemon(true);
                return t;
            });

    private final Path folder;
    private final double ramBufferMB;
    private final IndexFailures failures;
    private final Directory directory;
    private WriterThread writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /**
     * Opens the index in {@code folder}, creating the folder when needed.
     *
     * @throws MemoryIndex.DamagedIndexException when the folder holds an index that cannot be read
     * @throws WorkbenchException when the folder cannot be created or read
     */
    public LuceneMemoryIndex(Path folder) {
        this(folder, ramBufferMB());
    }

    /** With a RAM buffer of {@code ramBufferMB} megabytes (a small one in tests: many segments). */
    LuceneMemoryIndex(Path folder, double ramBufferMB) {
        this.ramBufferMB = ramBufferMB;
        this.folder = folder;
        this.failures = new IndexFailures(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkbenchException(position(), "cannot create the memory index folder: " + AtomicFiles.reason(e), e);
        }
        try {
            this.directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw failure(e, "open");
        }
        try {
            latestCommit(); // fails here, not later, when the index is damaged
        } catch (WorkbenchException e) {
            try {
                directory.close();
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    /** The last commit, or {@code null} when the folder holds none yet. */
    private SegmentInfos latestCommit() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return SegmentInfos.readLatestCommit(directory);
        } catch (IOException e) {
            throw failure(e, "read");
        } catch (IllegalArgumentException e) {
            // How Lucene says that a segment names a codec it does not have: written by another version.
            throw failures.unknownCodec(e);
        }
    }

    /** Also the moment to see commits made by another process since the last look. */
    @Override
    public String fingerprint() {
        if (reader != null) {
            refresh();
        }
        SegmentInfos commit;
        try {
            commit = latestCommit();
        } catch (MemoryIndex.DamagedIndexException damaged) {
            return null; // as if there were none: the index is built again
        }
        if (commit == null || !EntryDocuments.LAYOUT.equals(commit.getUserData().get(LAYOUT))) {
            return null; // none yet, or documents laid out by an earlier version: built again
        }
        return commit.getUserData().get(FINGERPRINT);
    }

    private WorkbenchException failure(IOException e, String doing) {
        return failures.of(e, doing);
    }

    private SourcePosition position() {
        return failures.position();
    }

    private WriterThread writer() {
        if (writer == null) {
            try {
                IndexWriterConfig config = new IndexWriterConfig();
                config.setRAMBufferSizeMB(ramBufferMB);
                config.setUseCompoundFile(false);
                config.setCommitOnClose(false);
                writer = new WriterThread(new IndexWriter(directory, config), folder.getFileName().toString(), ramBufferMB / 2);
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                throw new WorkbenchException(folder + ": the memory index is being changed by another workbench;"
                        + " try again when it has finished");
            } catch (IOException e) {
                throw failure(e, "open");
            }
        }
        return writer;
    }

    /**
     * Lucene's buffer of documents not yet written as a segment: the larger, the fewer segments
     * a large import writes and merges again (at ten million entries, the merging costs as
     * much as the indexing with a small buffer). An eighth of the heap, from 64 MB to 512 MB.
     */
    private static double ramBufferMB() {
        long eighth = Runtime.getRuntime().maxMemory() / 8 >> 20;
        return Math.max(64, Math.min(512, eighth));
    }

    @Override
    public void clear() {
        change((w, docs) -> w.deleteAll());
    }

    @Override
    public void removeFile(String file) {
        Term term = new Term(EntryDocuments.FILE, file);
        change((w, docs) -> w.deleteDocuments(term));
    }

    /**
     * The entry's bytes are encoded here; its document is made and added on the writer's thread,
     * after the changes queued before it.
     */
    @Override
    public void add(Entry e) {
        EntryDocuments.Prepared p = EntryDocuments.prepare(e);
        change((w, docs) -> w.addDocument(docs.document(p)));
    }

    private void change(WriterThread.Change c) {
        try {
            writer().submit(c);
        } catch (IOException x) {
            throw failure(x, "write");
        }
    }

    @Override
    public void flush() {
        if (writer != null) {
            try {
                writer.drain();
            } catch (IOException e) {
                throw failure(e, "write");
            }
        }
    }

    /** A change that failed, or a commit that failed, leaves the last commit: the writer is rolled back. */
    @Override
    public void commit(String fingerprint) {
        WriterThread t = writer();
        try {
            t.drain();
            t.stop();
            IndexWriter w = t.writer();
            w.setLiveCommitData(Map.of(FINGERPRINT, fingerprint, LAYOUT, EntryDocuments.LAYOUT).entrySet());
            w.commit();
            w.close();
            writer = null;
        } catch (IOException e) {
            throw rolledBack(failure(e, "commit"));
        } catch (RuntimeException e) {
            throw rolledBack(e);
        } catch (Error e) {
            throw rolledBack(e);
        }
        refresh();
    }

    private <T extends Throwable> T rolledBack(T e) {
        try {
            rollback();
        } catch (RuntimeException alsoFailed) {
            e.addSuppressed(alsoFailed);
        }
        return e;
    }

    /** Waits for the change being applied (the rest are dropped), then drops every change since the last commit. */
    @Override
    public void rollback() {
        if (writer != null) {
            try {
                writer.stop();
                writer.writer().rollback();
            } catch (IOException e) {
                throw failure(e, "roll back");
            } finally {
                writer = null;
            }
        }
    }

    private void refresh() {
        try {
            if (reader == null) {
                if (DirectoryReader.indexExists(directory)) {
                    reader = DirectoryReader.open(directory);
                    searcher = new IndexSearcher(reader, SEARCH);
                }
            } else {
                DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
                if (fresh != null) {
                    reader.close();
                    reader = fresh;
                    searcher = new IndexSearcher(reader, SEARCH);
                }
            }
        } catch (IOException e) {
            throw failure(e, "read");
        }
    }

    private IndexSearcher searcher() {
        if (searcher == null) {
            refresh();
        }
        return searcher;
    }

    @Override
    public List<Entry> candidates(List<String> words, int minLength, int maxLength, int minShared, int limit) {
        IndexSearcher s = searcher();
        if (s == null || words.isEmpty()) {
            return List.of();
        }
        return run(s, EntryDocuments.candidates(words, minLength, maxLength, minShared), limit);
    }

    @Override
    public List<Entry> withKey(String key, int limit) {
        IndexSearcher s = searcher();
        if (s == null) {
            return List.of();
        }
        return run(s, EntryDocuments.withKey(key), limit);
    }

    private List<Entry> run(IndexSearcher s, Query q, int limit) {
        try {
            return EntryDocuments.light(s, s.search(q, limit).scoreDocs);
        } catch (IOException e) {
            throw failure(e, "read");
        }
    }

    @Override
    public Entry complete(Entry light) {
        try {
            return EntryDocuments.complete(light, searcher().storedFields().document((int) light.id()));
        } catch (IOException e) {
            throw failure(e, "read");
        }
    }

    @Override
    public int size() {
        IndexSearcher s = searcher();
        return s == null ? 0 : s.getIndexReader().numDocs();
    }

    @Override
    public long bytes() {
        long total = 0;
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                try {
                    if (Files.isRegularFile(p)) {
                        total += Files.size(p);
                    }
                } catch (NoSuchFileException mergedAway) {
                    // deleted since the listing by a merge or a commit of another process: not part of the index
                }
            }
        } catch (IOException e) {
            throw new WorkbenchException(position(), "cannot read the memory index folder: " + AtomicFiles.reason(e), e);
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        rollback();
        if (reader != null) {
            reader.close();
            reader = null;
            searcher = null;
        }
        directory.close();
    }
}
