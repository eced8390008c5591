package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.memory.MemoryIndex;
import org.l10nwb.core.memory.MemoryIndex.DamagedIndexException;

/** Opening an index folder tells a damaged index, which may be rebuilt, from every other failure. */
class LuceneMemoryIndexFactoryTest {
    private final MemoryIndex.Factory factory = new LuceneMemoryIndexFactory();

    @TempDir
    Path tmp;

    /** An index with one committed entry. */
    private Path index() throws IOException {
        Path folder = tmp.resolve("en-ru");
        try (MemoryIndex index = factory.open(folder)) {
            index.add(new MemoryIndex.Entry(-1, "a.tmx", "k1", List.of("hello", "world"), "Hello world.",
                    "Hello world.", "Привет, мир.", null, null, "a.tmx#1", 0));
            index.commit("v1\na.tmx\t1:1\n");
        }
        return folder;
    }

    /** The files of the folder whose names match a glob. */
    private static List<Path> files(Path folder, String glob) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, glob)) {
            s.forEach(out::add);
        }
        return out;
    }

    @Test
    void aHealthyIndexOpensWithItsFingerprintAndEntries() throws IOException {
        Path folder = index();
        try (MemoryIndex index = factory.open(folder)) {
            assertEquals("v1\na.tmx\t1:1\n", index.fingerprint());
            assertEquals(1, index.size());
        }
    }

    @Test
    void aSegmentsFileOfGarbageIsADamagedIndex() throws IOException {
        Path folder = index();
        for (Path segments : files(folder, "segments_*")) {
            Files.write(segments, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        DamagedIndexException e = assertThrows(DamagedIndexException.class, () -> factory.open(folder));
        assertTrue(e.getMessage().startsWith(folder + ": the memory index is damaged ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aTruncatedSegmentsFileIsADamagedIndex() throws IOException {
        Path folder = index();
        for (Path segments : files(folder, "segments_*")) {
            byte[] bytes = Files.readAllBytes(segments);
            Files.write(segments, Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertThrows(DamagedIndexException.class, () -> factory.open(folder));
    }

    @Test
    void aMissingSegmentInfoFileIsADamagedIndex() throws IOException {
        Path folder = index();
        List<Path> infos = files(folder, "*.si");
        assertFalse(infos.isEmpty());
        for (Path si : infos) {
            Files.delete(si);
        }
        assertThrows(DamagedIndexException.class, () -> factory.open(folder));
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnotherKindOfFailure() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("memory-index"), "a file where the folder should be");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> factory.open(notAFolder.resolve("en-ru")));
        assertFalse(e instanceof DamagedIndexException, e.getMessage());
        assertTrue(e.getMessage().contains("cannot create the memory index folder"), e.getMessage());
    }

    @Test
    void lucenesSignsOfDamageAreDamageAndAccessProblemsAreNot() {
        for (IOException damage : List.of(new CorruptIndexException("checksum failed", "segments_2"),
                new IndexFormatTooOldException("segments_2", 6, 7, 10), new IndexFormatTooNewException("segments_2", 99, 7, 10),
                new EOFException("read past EOF"), new NoSuchFileException("_0.si"))) {
            assertTrue(IndexFailures.damaged(damage), damage.toString());
        }
        assertFalse(IndexFailures.damaged(new AccessDeniedException("segments_2")));
        assertFalse(IndexFailures.damaged(new IOException("No space left on device")));
    }

    @Test
    void anIndexOfAnEarlierLayoutHasNoFingerprintSoItIsBuiltAgain() throws IOException {
        Path folder = tmp.resolve("en-ru");
        // As the first layout committed: the key an exact term, the fingerprint alone in the commit.
        try (FSDirectory dir = FSDirectory.open(folder); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("key", "k1", Field.Store.NO));
            w.addDocument(d);
            w.setLiveCommitData(java.util.Map.of("tmx-fingerprint", "v1\na.tmx\t1:1\n").entrySet());
            w.commit();
        }
        try (MemoryIndex index = factory.open(folder)) {
            assertEquals(null, index.fingerprint());
            assertEquals(List.of(), index.withKey("k1", 10), "an old document is not found by the point key");
            index.clear();
            index.add(new MemoryIndex.Entry(-1, "a.tmx", "k1", List.of("hello", "world"), "Hello world.",
                    "Hello world.", "Привет, мир.", null, null, "a.tmx#1", 0));
            index.commit("v1\na.tmx\t1:1\n");
            assertEquals("v1\na.tmx\t1:1\n", index.fingerprint());
        }
    }

    @Test
    void theExactKeyFindsItsEntriesAndNoOther() throws IOException {
        Path folder = tmp.resolve("en-ru");
        String hex = "0123456789abcdef01234567";
        try (MemoryIndex index = factory.open(folder)) {
            index.add(entry(hex, "a.tmx#1"));
            index.add(entry("k1", "a.tmx#2"));
            index.add(entry(hex, "a.tmx#3"));
            index.add(entry("0123456789abcdef01234568", "a.tmx#4"));
            index.commit("v1\n");
            assertEquals(List.of("a.tmx#1", "a.tmx#3"), index.withKey(hex, 10).stream().map(MemoryIndex.Entry::origin).toList());
            assertEquals(List.of("a.tmx#2"), index.withKey("k1", 10).stream().map(MemoryIndex.Entry::origin).toList());
            assertEquals(List.of(), index.withKey("k2", 10));
        }
    }

    @Test
    void buffersWrittenOutWhileEntriesAreAddedLoseNothing() throws IOException {
        Path folder = tmp.resolve("en-ru");
        int n = 20_000;
        try (LuceneMemoryIndex index = new LuceneMemoryIndex(folder, 1.0)) { // a segment every few thousand entries
            for (int i = 0; i < n; i++) {
                index.add(entry(String.format("%024x", i), "a.tmx#" + i));
            }
            index.commit("v1\n");
            assertEquals(n, index.size());
            for (int i = 0; i < n; i += 997) {
                assertEquals(List.of("a.tmx#" + i),
                        index.withKey(String.format("%024x", i), 10).stream().map(MemoryIndex.Entry::origin).toList());
            }
        }
        try (FSDirectory dir = FSDirectory.open(folder);
                org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
            assertTrue(r.leaves().size() > 1, "written as several segments: " + r.leaves().size());
        }
    }

    private static MemoryIndex.Entry entry(String key, String origin) {
        return new MemoryIndex.Entry(-1, "a.tmx", key, List.of("hello"), "Hello.", "Hello.", "Привет.", null, null, origin, 0);
    }

    @Test
    void aDamagedIndexIsAUserLevelProblem() {
        assertInstanceOf(WorkbenchException.class, new DamagedIndexException(tmp, "x", null));
    }
}
