package dev.goalpost.load;

/** A 1-based line and column in a source file; columns count UTF-16 code units, as SARIF does by default. */
public record Position(int line, int column) {

    public static final Position START = new Position(1, 1);

    /** Positions are stored packed in a {@code long} so that a 20 MB spec does not carry millions of objects. */
    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static Position unpack(long packed) {
        return new Position((int) (packed >>> 32), (int) packed);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
