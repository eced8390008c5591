package org.l10nwb.memory.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
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

import org.l10nwb.core.WorkbenchException;
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

    public LuceneMemoryIndex(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            this.directory = FSDirectory.open(folder);
            if (DirectoryReader.indexExists(directory)) {
                SegmentInfos.readLatestCommit(directory); // fails here, not later, when the index is damaged
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the memory index " + folder, e);
        }
    }

    /** Also the moment to see commits made by another process since the last look. */
    @Override
    public String fingerprint() {
        if (reader != null) {
            refresh();
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT);
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
                throw new UncheckedIOException(e);
            }
        }
        return writer;
    }

    @Override
    public void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void removeFile(String file) {
        try {
            writer().deleteDocuments(new Term(FILE, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            throw new UncheckedIOException(x);
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
            throw new UncheckedIOException(e);
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
                throw new UncheckedIOException(e);
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
            throw new UncheckedIOException(e);
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
    private static List<Entry> run(IndexSearcher s, Query q, int limit) {
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
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Entry complete(Entry light) {
        try {
            Document d = searcher().storedFields().document((int) light.id());
            return new Entry(light.id(), d.get(FILE), light.key(), light.words(), light.source(), d.get(SOURCE_MARKUP),
                    d.get(TARGET_MARKUP), d.get(PREVIOUS), d.get(NEXT), light.origin(), light.time());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
