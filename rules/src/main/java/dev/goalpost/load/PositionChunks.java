package dev.goalpost.load;

/**
 * Large arrays that the packed positions of many objects and arrays are stored in, side by side, while one file is
 * read. A big spec's tree is mostly small containers, and an array of positions for each was one more object for
 * the young-generation collector to copy while a lint runs. In chunks they are a few large arrays of primitives,
 * which G1 allocates outside the young generation once they are big, never copies, and frees eagerly.
 *
 * <p>Chunks start small, so a small spec allocates little, and double up to {@link #LARGEST}; a container with
 * more positions than that gets an array of its own. Only positions are kept this way: a chunk of references
 * allocated outside the young generation would keep every young node it points at alive until old objects are
 * marked, long after its tree is gone.
 */
final class PositionChunks {

    static final int FIRST = 1 << 8;
    /** Positions in the largest chunk: a little under 8 MB, so it fills whole heap regions. */
    static final int LARGEST = (1 << 20) - 16;

    private long[] chunk;
    private int used;
    private int next = FIRST;

    /**
     * Stores {@code count} positions from {@code from} and returns the offset of the first in {@link #chunk()} as
     * it is after this call, or -1 (nothing stored) when {@code count} is beyond what a chunk holds.
     */
    int store(long[] from, int count) {
        if (count > LARGEST) {
            return -1;
        }
        if (chunk == null || used + count > chunk.length) {
            chunk = new long[Math.max(next, count)];
            used = 0;
            next = Math.min(LARGEST, next * 2);
        }
        int at = used;
        System.arraycopy(from, 0, chunk, at, count);
        used += count;
        return at;
    }

    long[] chunk() {
        return chunk;
    }
}
