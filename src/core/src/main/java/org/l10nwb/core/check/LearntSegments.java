package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code inconsistent-translation} keeps of every segment it learns, packed: the hashes of
 * its two keys in arrays of longs, and its place and texts (file, unit id, segment id, source,
 * translation) as chars in large blocks, not as a {@link Segment} with its strings each.
 *
 * <p>Why packed: a project check learns every segment of a locale before it checks any (200,000
 * and more in a large repository), and most are never named again (their source and translation
 * are their own). Kept as objects, they were about a million small ones that every young
 * collection of the first pass copied and the old generation then held, a sixth of that pass's
 * time; as blocks of chars, a collection moves a few large arrays with no references in them. The
 * few segments a finding names are made again as {@link Segment}s when learning ends.
 *
 * <p>Commit and discard as a {@link PairCheck.Learner}: what was added since the last commit is
 * dropped by {@link #discard}, blocks included.
 */
final class LearntSegments {
    /** Chars per block: large enough that blocks are few, small enough that the last one wastes little. */
    private static final int BLOCK = 1 << 20;
    /** The length written for a {@code null} string (a unit checked whole has no segment id). */
    private static final int NULL = -1;

    private final List<Path> files = new ArrayList<>();
    private final List<char[]> blocks = new ArrayList<>();
    private long[] sourceHashes = new long[256];
    private long[] targetHashes = new long[256];
    /** Per segment: the index of its file in {@link #files}. */
    private int[] fileIndexes = new int[256];
    /** Per segment: where its strings start, the block's index in the high half and the char's in the low. */
    private long[] starts = new long[256];
    private int size;
    /** The free position in the last block. */
    private int used = BLOCK;

    private int committedSize;
    private int committedBlocks;
    private int committedUsed = BLOCK;
    private int committedFiles;

    int size() {
        return size;
    }

    long sourceHash(int i) {
        return sourceHashes[i];
    }

    long targetHash(int i) {
        return targetHashes[i];
    }

    /** Keeps {@code s}'s place and texts, and the hashes of its two keys. */
    void add(Segment s, long sourceHash, long targetHash) {
        if (size == starts.length) {
            int n = size * 2;
            sourceHashes = Arrays.copyOf(sourceHashes, n);
            targetHashes = Arrays.copyOf(targetHashes, n);
            fileIndexes = Arrays.copyOf(fileIndexes, n);
            starts = Arrays.copyOf(starts, n);
        }
        sourceHashes[size] = sourceHash;
        targetHashes[size] = targetHash;
        fileIndexes[size] = fileIndex(s.file());
        int need = length(s.unitId()) + length(s.segmentId()) + length(s.sourceText()) + length(s.targetText());
        if (BLOCK - used < need || blocks.isEmpty()) {
            blocks.add(new char[Math.max(BLOCK, need)]);
            used = 0;
        }
        char[] block = blocks.get(blocks.size() - 1);
        starts[size] = ((long) (blocks.size() - 1) << 32) | used;
        used = put(block, used, s.unitId());
        used = put(block, used, s.segmentId());
        used = put(block, used, s.sourceText());
        used = put(block, used, s.targetText());
        size++;
    }

    /**
     * The {@code i}th segment as findings name it: its file, unit and segment id and its two
     * texts; no fragments, no position.
     */
    Segment segment(int i) {
        char[] block = blocks.get((int) (starts[i] >>> 32));
        int[] at = {(int) starts[i]};
        String unitId = get(block, at);
        String segmentId = get(block, at);
        String source = get(block, at);
        String target = get(block, at);
        return new Segment(files.get(fileIndexes[i]), unitId, segmentId, null, null, source, target, null);
    }

    void commit() {
        committedSize = size;
        committedBlocks = blocks.size();
        committedUsed = used;
        committedFiles = files.size();
    }

    void discard() {
        size = committedSize;
        blocks.subList(committedBlocks, blocks.size()).clear();
        used = committedUsed;
        files.subList(committedFiles, files.size()).clear();
    }

    /** Drops everything: learning is over. */
    void clear() {
        files.clear();
        blocks.clear();
        sourceHashes = new long[0];
        targetHashes = new long[0];
        fileIndexes = new int[0];
        starts = new long[0];
        size = committedSize = 0;
        committedBlocks = committedFiles = 0;
        used = committedUsed = BLOCK;
    }

    /** The segments of one file come together, so only the last file is looked at. */
    private int fileIndex(Path file) {
        int last = files.size() - 1;
        if (last < 0 || !java.util.Objects.equals(files.get(last), file)) {
            files.add(file);
            last++;
        }
        return last;
    }

    private static int length(String s) {
        return 2 + (s == null ? 0 : s.length());
    }

    private static int put(char[] block, int at, String s) {
        int n = s == null ? NULL : s.length();
        block[at] = (char) (n >>> 16);
        block[at + 1] = (char) n;
        if (s != null) {
            s.getChars(0, n, block, at + 2);
            return at + 2 + n;
        }
        return at + 2;
    }

    private static String get(char[] block, int[] at) {
        int n = (block[at[0]] << 16) | block[at[0] + 1];
        at[0] += 2;
        if (n == NULL) {
            return null;
        }
        String s = new String(block, at[0], n);
        at[0] += n;
        return s;
    }
}
