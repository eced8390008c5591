package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
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
}
