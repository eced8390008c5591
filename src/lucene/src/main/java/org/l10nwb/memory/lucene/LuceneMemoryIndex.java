package org.l10nwb.memory.lucene;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.memory.MemoryIndex;

/**
 * A memory index in Apache Lucene. Each entry is a document whose {@code w} field holds the
 * normalised source words exactly as the core's scorer splits them (no analyser of Lucene's own,
 * so what is searched is what is scored); its length in words is a point and doc-values field for
 * the length window, and its key an exact term for identical sources. What scoring needs (words,
 * plain source, origin, time) is in doc values; the markup and context are stored fields, read
 * only for the matches shown. Candidates are the BM25 top of a
 * disjunction of the query's words with a minimum number that must match; the core scores them.
 * The TMX fingerprint is the commit's user data, so it is stored atomically with the content.
 *
 * <p>Lucene's signs of a damaged index (a corrupt, truncated or missing file, a format or codec
 * this version does not read) become {@link MemoryIndex.DamagedIndexException}; any other I/O
 * failure is a {@link WorkbenchException} naming the folder.
 */
public final class LuceneMemoryIndex implements MemoryIndex {
    private static final String WORDS = "w";
    private static final String LENGTH = "len";
    private static final String KEY = "key";
    private static final String FILE = "file";
    private static final String WORD_LIST = "words";
    private static final String SOURCE = "src";
    private static final String SOURCE_MARKUP = "srcx";
    private static final String TARGET_MARKUP = "tgtx";
    private static final String PREVIOUS = "prev";
    private static final String NEXT = "next";
    private static final String ORIGIN = "origin";
    private static final String TIME = "time";
    private static final String FINGERPRINT = "tmx-fingerprint";
    private static final char SEPARATOR = '\u001f';
    /** Lucene's default limit on the clauses of one query. */
    private static final int MAX_WORDS = 1000;

    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setStored(false);
        WORDS_TYPE.freeze();
    }

    private final Path folder;
    private final Directory directory;
    private final ListTokenStream tokens = new ListTokenStream();
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /**
     * Opens the index in {@code folder}, creating the folder when needed.
     *
     * @throws MemoryIndex.DamagedIndexException when the folder holds an index that cannot be read
     * @throws WorkbenchException when the folder cannot be created or read
     */
    public LuceneMemoryIndex(Path folder) {
        this.folder = folder;
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
            throw new MemoryIndex.DamagedIndexException(folder, reason(e), e);
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
        return commit == null ? null : commit.getUserData().get(FINGERPRINT);
    }

    /** What an I/O failure of the index means: damage, or a problem with the folder (permission, space). */
    private WorkbenchException failure(IOException e, String doing) {
        if (damaged(e)) {
            return new MemoryIndex.DamagedIndexException(folder, reason(e), e);
        }
        return new WorkbenchException(position(), "cannot " + doing + " the memory index: " + AtomicFiles.reason(e), e);
    }

    /** Lucene's signs that the files are not a readable index, as opposed to files that cannot be accessed. */
    static boolean damaged(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }

    private static String reason(Exception e) {
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.replaceAll("\\s+", " ").strip();
    }

    private SourcePosition position() {
        return SourcePosition.of(Paths2.forDisplay(folder));
    }

    private IndexWriter writer() {
        if (writer == null) {
            try {
                IndexWriterConfig config = new IndexWriterConfig();
                config.setRAMBufferSizeMB(64);
                config.setUseCompoundFile(false);
                config.setCommitOnClose(false);
                writer = new IndexWriter(directory, config);
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                throw new WorkbenchException(folder + ": the memory index is being changed by another workbench;"
                        + " try again when it has finished");
            } catch (IOException e) {
                throw failure(e, "open");
            }
        }
        return writer;
    }

    @Override
    public void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw failure(e, "write");
        }
    }

    @Override
    public void removeFile(String file) {
        try {
            writer().deleteDocuments(new Term(FILE, file));
        } catch (IOException e) {
            throw failure(e, "write");
        }
    }

    @Override
    public void add(Entry e) {
        Document d = new Document();
        tokens.words = e.words(); // one stream, reused: the writer consumes it before addDocument returns
        d.add(new Field(WORDS, tokens, WORDS_TYPE));
        d.add(new IntField(LENGTH, e.words().size(), Field.Store.NO));
        d.add(new StringField(KEY, e.key(), Field.Store.NO));
        d.add(new StringField(FILE, e.file(), Field.Store.NO));
        // What scoring a candidate needs is in doc values (read per document, no block to decompress);
        // the rest is stored and read only for the matches shown.
        d.add(new BinaryDocValuesField(WORD_LIST, new BytesRef(String.join(String.valueOf(SEPARATOR), e.words()))));
        d.add(new BinaryDocValuesField(SOURCE, new BytesRef(e.source())));
        d.add(new BinaryDocValuesField(ORIGIN, new BytesRef(e.origin())));
        d.add(new NumericDocValuesField(TIME, e.time()));
        d.add(new StoredField(FILE, e.file()));
        d.add(new StoredField(SOURCE_MARKUP, e.sourceMarkup()));
        d.add(new StoredField(TARGET_MARKUP, e.targetMarkup()));
        if (e.previous() != null) {
            d.add(new StoredField(PREVIOUS, e.previous()));
        }
        if (e.next() != null) {
            d.add(new StoredField(NEXT, e.next()));
        }
        try {
            writer().addDocument(d);
        } catch (IOException x) {
            throw failure(x, "write");
        }
    }

    @Override
    public void commit(String fingerprint) {
        try {
            IndexWriter w = writer();
            w.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            w.commit();
            w.close();
        } catch (IOException e) {
            throw failure(e, "commit");
        } finally {
            writer = null;
        }
        refresh();
    }

    @Override
    public void rollback() {
        if (writer != null) {
            try {
                writer.rollback();
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
                    searcher = new IndexSearcher(reader);
                }
            } else {
                DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
                if (fresh != null) {
                    reader.close();
                    reader = fresh;
                    searcher = new IndexSearcher(reader);
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
        Set<String> distinct = new LinkedHashSet<>(words);
        int dropped = Math.max(0, distinct.size() - MAX_WORDS);
        BooleanQuery.Builder words1 = new BooleanQuery.Builder();
        int i = 0;
        for (String w : distinct) {
            if (i++ == MAX_WORDS) {
                break;
            }
            words1.add(new TermQuery(new Term(WORDS, w)), Occur.SHOULD);
        }
        words1.setMinimumNumberShouldMatch(Math.max(1, Math.min(minShared - dropped, Math.min(distinct.size(), MAX_WORDS))));
        Query q = new BooleanQuery.Builder()
                .add(words1.build(), Occur.MUST)
                .add(IntField.newRangeQuery(LENGTH, minLength, maxLength), Occur.FILTER)
                .build();
        return run(s, q, limit);
    }

    @Override
    public List<Entry> withKey(String key, int limit) {
        IndexSearcher s = searcher();
        if (s == null) {
            return List.of();
        }
        return run(s, new TermQuery(new Term(KEY, key)), limit);
    }

    /** The hits as light entries, read from doc values in document order. */
    private List<Entry> run(IndexSearcher s, Query q, int limit) {
        try {
            ScoreDoc[] hits = s.search(q, limit).scoreDocs;
            Arrays.sort(hits, (a, b) -> Integer.compare(a.doc, b.doc));
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            List<Entry> out = new ArrayList<>(hits.length);
            int leafIndex = -1;
            BinaryDocValues words = null;
            BinaryDocValues source = null;
            BinaryDocValues origin = null;
            NumericDocValues time = null;
            LeafReaderContext leaf = null;
            for (ScoreDoc h : hits) {
                int li = ReaderUtil.subIndex(h.doc, leaves);
                if (li != leafIndex) {
                    leafIndex = li;
                    leaf = leaves.get(li);
                    words = DocValues.getBinary(leaf.reader(), WORD_LIST);
                    source = DocValues.getBinary(leaf.reader(), SOURCE);
                    origin = DocValues.getBinary(leaf.reader(), ORIGIN);
                    time = DocValues.getNumeric(leaf.reader(), TIME);
                }
                int doc = h.doc - leaf.docBase;
                if (!words.advanceExact(doc) || !source.advanceExact(doc) || !origin.advanceExact(doc)
                        || !time.advanceExact(doc)) {
                    continue;
                }
                String list = words.binaryValue().utf8ToString();
                List<String> w = list.isEmpty() ? List.of() : Arrays.asList(list.split(String.valueOf(SEPARATOR), -1));
                out.add(new Entry(h.doc, null, null, w, source.binaryValue().utf8ToString(), null, null, null, null,
                        origin.binaryValue().utf8ToString(), time.longValue()));
            }
            return out;
        } catch (IOException e) {
            throw failure(e, "read");
        }
    }

    @Override
    public Entry complete(Entry light) {
        try {
            Document d = searcher().storedFields().document((int) light.id());
            return new Entry(light.id(), d.get(FILE), light.key(), light.words(), light.source(), d.get(SOURCE_MARKUP),
                    d.get(TARGET_MARKUP), d.get(PREVIOUS), d.get(NEXT), light.origin(), light.time());
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

    /** The words of an entry as tokens, as the core split them. */
    private static final class ListTokenStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private List<String> words = List.of();
        private Iterator<String> it;

        @Override
        public void reset() throws IOException {
            super.reset();
            it = words.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (it == null || !it.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(it.next());
            return true;
        }
    }
}
