package org.l10nwb.memory.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.BinaryPoint;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import org.l10nwb.core.memory.MemoryIndex.Entry;

/**
 * How a memory entry is laid out as a Lucene document, and read back. The {@code w} field holds
 * the normalised source words exactly as the core's scorer splits them (no analyser of Lucene's
 * own, so what is searched is what is scored); the length in words is a point field for the
 * length window, the key a point for identical sources. What scoring needs (words, plain
 * source, origin, time) is in doc values, read per document with no block to decompress; the
 * markup and context are stored fields, read only for the matches shown. The source markup is
 * stored only where it differs from the plain source (inline codes, escaped characters): for
 * most entries it is the same text, and compressing it again was a sixth of the stored fields'
 * cost of an import.
 */
final class EntryDocuments {
    static final String FILE = "file";
    private static final String WORDS = "w";
    private static final String LENGTH = "len";
    /** A point field since layout 2 (a term field "key" before). */
    private static final String KEY = "sha";
    private static final int KEY_BYTES = 12;
    private static final String WORD_LIST = "words";
    private static final String SOURCE = "src";
    private static final String SOURCE_MARKUP = "srcx";
    private static final String TARGET_MARKUP = "tgtx";
    private static final String PREVIOUS = "prev";
    private static final String NEXT = "next";
    private static final String ORIGIN = "origin";
    private static final String TIME = "time";
    /**
     * How documents are laid out; kept in each commit. An index of another layout is built again
     * from the TMX files (its fingerprint reads as none), as a damaged one would be. Layout 3
     * leaves out the source markup where it is the plain source (an earlier version would read
     * it as missing).
     */
    static final String LAYOUT = "3";
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

    /** One stream, reused: the writer consumes it before addDocument returns. */
    private final ListTokenStream tokens = new ListTokenStream();

    // The fields of every document, made once and given each entry's values: an import adds
    // millions of documents, and the writer has consumed a document before addDocument returns.
    private final Field wordsField = new Field(WORDS, tokens, WORDS_TYPE);
    private final IntField lengthField = new IntField(LENGTH, 0, Field.Store.NO);
    private final byte[] keyBytes = new byte[KEY_BYTES];
    private final BinaryPoint keyField = new BinaryPoint(KEY, keyBytes);
    private final StringField fileField = new StringField(FILE, "", Field.Store.NO);
    private final BinaryDocValuesField wordListField = new BinaryDocValuesField(WORD_LIST, new BytesRef());
    private final BinaryDocValuesField sourceField = new BinaryDocValuesField(SOURCE, new BytesRef());
    private final BinaryDocValuesField originField = new BinaryDocValuesField(ORIGIN, new BytesRef());
    private final NumericDocValuesField timeField = new NumericDocValuesField(TIME, 0);
    private final StoredField storedFile = new StoredField(FILE, "");
    private final StoredField sourceMarkupField = new StoredField(SOURCE_MARKUP, "");
    private final StoredField targetMarkupField = new StoredField(TARGET_MARKUP, "");
    private final StoredField previousField = new StoredField(PREVIOUS, "");
    private final StoredField nextField = new StoredField(NEXT, "");

    /**
     * An entry with the bytes of its doc values and key, made by {@link #prepare} on the thread
     * that adds the entry: encoding them was a fifth of the index writer's thread, the busier one
     * during an import, while the thread reading the file had room.
     */
    record Prepared(Entry entry, BytesRef wordList, BytesRef source, BytesRef origin, byte[] key) {
    }

    /** The bytes an entry's document takes from it; thread-safe (nothing of this object is used). */
    static Prepared prepare(Entry e) {
        StringBuilder joined = new StringBuilder();
        for (String w : e.words()) {
            if (joined.length() > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(w);
        }
        byte[] key = new byte[KEY_BYTES];
        keyBytes(e.key(), key);
        return new Prepared(e, new BytesRef(joined), new BytesRef(e.source()), new BytesRef(e.origin()), key);
    }

    /**
     * The document of a prepared entry. Not thread-safe: the fields are this object's, reused for
     * the next entry, so the document must be consumed (added) before the next call.
     */
    Document document(Prepared p) {
        Entry e = p.entry();
        Document d = new Document();
        tokens.words = e.words();
        d.add(wordsField);
        lengthField.setIntValue(e.words().size());
        d.add(lengthField);
        System.arraycopy(p.key(), 0, keyBytes, 0, KEY_BYTES);
        d.add(keyField);
        fileField.setStringValue(e.file());
        d.add(fileField);
        // The doc values writer copies the bytes it is given.
        wordListField.setBytesValue(p.wordList());
        d.add(wordListField);
        sourceField.setBytesValue(p.source());
        d.add(sourceField);
        originField.setBytesValue(p.origin());
        d.add(originField);
        timeField.setLongValue(e.time());
        d.add(timeField);
        storedFile.setStringValue(e.file());
        d.add(storedFile);
        if (!e.sourceMarkup().equals(e.source())) {
            sourceMarkupField.setStringValue(e.sourceMarkup());
            d.add(sourceMarkupField);
        }
        targetMarkupField.setStringValue(e.targetMarkup());
        d.add(targetMarkupField);
        if (e.previous() != null) {
            previousField.setStringValue(e.previous());
            d.add(previousField);
        }
        if (e.next() != null) {
            nextField.setStringValue(e.next());
            d.add(nextField);
        }
        return d;
    }

    /**
     * The exact-source key as the bytes of its point: the core's keys are 24 hex digits (96 bits
     * of SHA-1), indexed as their 12 bytes. A point rather than a term: every entry has a key of
     * its own, and a million distinct terms made the terms dictionary most of the cost of
     * writing a segment, where a one-dimensional point tree of fixed-size values costs little.
     * Any other key (none is made today) is hashed to 12 bytes the same way.
     */
    static void keyBytes(String key, byte[] out) {
        if (key.length() == 2 * KEY_BYTES && hexBytes(key, out)) {
            return;
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            System.arraycopy(d, 0, out, 0, KEY_BYTES);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }

    /** The bytes of 24 hex digits in one pass (a pass to check them first cost as much again); false at a non-digit. */
    private static boolean hexBytes(String key, byte[] out) {
        for (int i = 0; i < KEY_BYTES; i++) {
            int hi = hexDigit(key.charAt(2 * i));
            int lo = hexDigit(key.charAt(2 * i + 1));
            if ((hi | lo) < 0) {
                return false;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return true;
    }

    /** An ASCII hex digit's value, else -1 (Character.digit knows every script's digits: slow here, and too lenient). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Entries sharing at least {@code minShared} of the words (a disjunction with a minimum
     * number that must match, BM25 ranking the rest), within the length window. (A filter of the
     * query's rarest words, as the shared memory's server asks for, was measured and left out:
     * Lucene's minimum-should-match scorer already leads with the short posting lists, and the
     * filter cost as much as it saved.)
     */
    static Query candidates(List<String> words, int minLength, int maxLength, int minShared) {
        Set<String> distinct = new LinkedHashSet<>(words);
        int dropped = Math.max(0, distinct.size() - MAX_WORDS);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int i = 0;
        for (String w : distinct) {
            if (i++ == MAX_WORDS) {
                break;
            }
            any.add(new TermQuery(new Term(WORDS, w)), Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(Math.max(1, Math.min(minShared - dropped, Math.min(distinct.size(), MAX_WORDS))));
        return new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(IntField.newRangeQuery(LENGTH, minLength, maxLength), Occur.FILTER)
                .build();
    }

    /** Entries with exactly this source key. */
    static Query withKey(String key) {
        byte[] b = new byte[KEY_BYTES];
        keyBytes(key, b);
        return BinaryPoint.newExactQuery(KEY, b);
    }

    /** The hits as light entries (no markup, no context), read from doc values in document order. */
    static List<Entry> light(IndexSearcher s, ScoreDoc[] hits) throws IOException {
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
    }

    /** A light entry with its stored fields; a source markup not stored is the plain source itself. */
    static Entry complete(Entry light, Document d) {
        String sourceMarkup = d.get(SOURCE_MARKUP);
        return new Entry(light.id(), d.get(FILE), light.key(), light.words(), light.source(),
                sourceMarkup == null ? light.source() : sourceMarkup, d.get(TARGET_MARKUP), d.get(PREVIOUS), d.get(NEXT),
                light.origin(), light.time());
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
