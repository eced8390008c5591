package org.l10nwb.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
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
 * length window, the key an exact term for identical sources. What scoring needs (words, plain
 * source, origin, time) is in doc values, read per document with no block to decompress; the
 * markup and context are stored fields, read only for the matches shown.
 */
final class EntryDocuments {
    static final String FILE = "file";
    private static final String WORDS = "w";
    private static final String LENGTH = "len";
    private static final String KEY = "key";
    private static final String WORD_LIST = "words";
    private static final String SOURCE = "src";
    private static final String SOURCE_MARKUP = "srcx";
    private static final String TARGET_MARKUP = "tgtx";
    private static final String PREVIOUS = "prev";
    private static final String NEXT = "next";
    private static final String ORIGIN = "origin";
    private static final String TIME = "time";
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

    /** The document of an entry. Not thread-safe (the token stream is reused). */
    Document document(Entry e) {
        Document d = new Document();
        tokens.words = e.words();
        d.add(new Field(WORDS, tokens, WORDS_TYPE));
        d.add(new IntField(LENGTH, e.words().size(), Field.Store.NO));
        d.add(new StringField(KEY, e.key(), Field.Store.NO));
        d.add(new StringField(FILE, e.file(), Field.Store.NO));
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
        return d;
    }

    /**
     * Entries sharing at least {@code minShared} of the words (a disjunction with a minimum
     * number that must match, BM25 ranking the rest), within the length window.
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
        return new TermQuery(new Term(KEY, key));
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

    /** A light entry with its stored fields. */
    static Entry complete(Entry light, Document d) {
        return new Entry(light.id(), d.get(FILE), light.key(), light.words(), light.source(), d.get(SOURCE_MARKUP),
                d.get(TARGET_MARKUP), d.get(PREVIOUS), d.get(NEXT), light.origin(), light.time());
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
