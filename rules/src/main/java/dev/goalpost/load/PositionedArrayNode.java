package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A JSON array that remembers where each element starts. */
public final class PositionedArrayNode extends ArrayNode {

    private static final long serialVersionUID = 1L;

    private static final long[] NO_POSITIONS = {};

    /** Where element {@code i} starts, packed, at {@code first + i}: in the reader's chunk or an array of its own. */
    private final long[] positions;
    private final int first;
    private final int count;

    /**
     * The {@code count} elements a reader gathered, copied (a reader's buffers are reused from array to array),
     * with where each starts kept in the reader's chunks.
     */
    PositionedArrayNode(JsonNode[] elements, long[] positions, int count, PositionChunks chunks) {
        super(JsonNodeFactory.instance, children(elements, count));
        int at = count == 0 ? -1 : chunks.store(positions, count);
        this.positions = at >= 0 ? chunks.chunk() : count == 0 ? NO_POSITIONS : Arrays.copyOf(positions, count);
        this.first = Math.max(at, 0);
        this.count = count;
    }

    private static List<JsonNode> children(JsonNode[] elements, int count) {
        List<JsonNode> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            children.add(elements[i]);
        }
        return children;
    }

    /** Where element {@code i} starts, or null when there is no such element. */
    public Position position(int i) {
        // Elements added through Jackson's own API after reading have no position.
        return i < 0 || i >= count ? null : Position.unpack(positions[first + i]);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
