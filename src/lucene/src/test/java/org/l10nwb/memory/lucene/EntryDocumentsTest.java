package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.memory.MemoryIndex;

/** How entries are laid out as documents and found again. */
class EntryDocumentsTest {
    @TempDir
    Path tmp;

    private static MemoryIndex.Entry entry(String origin, List<String> words, String source, String sourceMarkup) {
        return new MemoryIndex.Entry(-1, "a.tmx", "k" + origin, words, source, sourceMarkup, "Перевод.", null, null, origin, 0);
    }

    @Test
    void aSourceMarkupThatIsThePlainSourceIsNotStoredAndReadsBackAsItWas() throws IOException {
        Path folder = tmp.resolve("en-ru");
        List<MemoryIndex.Entry> added = List.of(
                entry("a.tmx#1", List.of("open", "the", "file"), "Open the file.", "Open the file."),
                entry("a.tmx#2", List.of("fish", "chips", "file"), "Fish & chips file.", "Fish &amp; chips file."),
                entry("a.tmx#3", List.of("bold", "file"), "Bold file.",
                        "<bpt i=\"1\">&lt;b&gt;</bpt>Bold<ept i=\"1\">&lt;/b&gt;</ept> file."));
        try (LuceneMemoryIndex index = new LuceneMemoryIndex(folder, 16)) {
            added.forEach(index::add);
            index.commit("v1\n");
            List<MemoryIndex.Entry> found = index.candidates(List.of("file"), 1, 10, 1, 10);
            assertEquals(3, found.size());
            for (MemoryIndex.Entry light : found) {
                MemoryIndex.Entry e = index.complete(light);
                MemoryIndex.Entry original = added.stream().filter(a -> a.origin().equals(e.origin())).findFirst().orElseThrow();
                assertEquals(original.sourceMarkup(), e.sourceMarkup(), e.origin());
                assertEquals(original.targetMarkup(), e.targetMarkup(), e.origin());
                assertEquals("a.tmx", e.file());
            }
        }
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader r = DirectoryReader.open(dir)) {
            int plain = 0;
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                var d = r.storedFields().document(doc);
                if (d.get("srcx") == null) {
                    plain++;
                }
            }
            assertEquals(1, plain, "only the entry whose markup is its plain source has none stored");
        }
    }

    /** The candidates as the disjunction alone gives them (the query before the filter of the rarest words). */
    private static Query disjunction(List<String> words, int minLength, int maxLength, int minShared) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(words);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String w : distinct) {
            any.add(new TermQuery(new Term("w", w)), Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(Math.max(1, Math.min(minShared, distinct.size())));
        return new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(IntField.newRangeQuery("len", minLength, maxLength), Occur.FILTER).build();
    }

    @Test
    void theFilterOfTheRarestWordsLeavesTheHitsAndScoresOfTheDisjunction() throws IOException {
        Path folder = tmp.resolve("en-ru");
        Random random = new Random(3);
        // Words of very different frequencies: word i is about i times rarer than word 1.
        String[] vocabulary = new String[300];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i;
        }
        List<List<String>> sentences = new ArrayList<>();
        try (LuceneMemoryIndex index = new LuceneMemoryIndex(folder, 1.0)) { // several segments
            for (int n = 0; n < 20_000; n++) {
                List<String> words = new ArrayList<>();
                int length = 2 + random.nextInt(12);
                for (int k = 0; k < length; k++) {
                    words.add(vocabulary[(int) Math.min(vocabulary.length - 1, 1 / (random.nextDouble() + 0.0034))]);
                }
                sentences.add(words);
                index.add(entry("a.tmx#" + n, words, String.join(" ", words), String.join(" ", words)));
            }
            index.commit("v1\n");
        }
        int compared = 0;
        int filtered = 0;
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader r = DirectoryReader.open(dir)) {
            assertTrue(r.leaves().size() > 1, "several segments: " + r.leaves().size());
            IndexSearcher s = new IndexSearcher(r);
            for (int q = 0; q < 400; q++) {
                List<String> words = new ArrayList<>(sentences.get(random.nextInt(sentences.size())));
                if (q % 2 == 1) {
                    words.set(random.nextInt(words.size()), "unknown" + q); // a word no entry has
                }
                int n = words.size();
                int minLength = (int) Math.ceil(n * 0.7);
                int maxLength = (int) Math.floor(n / 0.7);
                int minShared = Math.max(1, minLength - (n - new LinkedHashSet<>(words).size()));
                Query ours = EntryDocuments.candidates(s, words, minLength, maxLength, minShared);
                ScoreDoc[] a = s.search(disjunction(words, minLength, maxLength, minShared), 100).scoreDocs;
                ScoreDoc[] b = s.search(ours, 100).scoreDocs;
                assertEquals(a.length, b.length, "hits for " + words);
                for (int i = 0; i < a.length; i++) {
                    assertEquals(a[i].doc, b[i].doc, "hit " + i + " for " + words);
                    assertEquals(a[i].score, b[i].score, "score of hit " + i + " for " + words);
                }
                compared++;
                if (ours.toString().contains("#(")) {
                    filtered++;
                }
            }
        }
        assertEquals(400, compared);
        assertTrue(filtered > 100, filtered + " of the queries had a filter of their rarest words");
    }

    @Test
    void fewerOfTheWordsInTheIndexThanMustMatchFindNothing() throws IOException {
        Path folder = tmp.resolve("en-ru");
        try (LuceneMemoryIndex index = new LuceneMemoryIndex(folder, 16)) {
            index.add(entry("a.tmx#1", List.of("open", "the", "file"), "Open the file.", "Open the file."));
            index.commit("v1\n");
            assertEquals(1, index.candidates(List.of("open", "the", "door"), 2, 4, 2, 10).size());
            assertEquals(List.of(), index.candidates(List.of("open", "a", "door"), 2, 4, 2, 10));
        }
    }
}
