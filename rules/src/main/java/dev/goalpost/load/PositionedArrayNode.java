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

    private final long[] positions;

    /**
     * The {@code count} elements a reader gathered, with where each starts, copied to exactly their size: a
     * reader's buffers are reused from array to array.
     */
    PositionedArrayNode(JsonNode[] elements, long[] positions, int count) {
        super(JsonNodeFactory.instance, children(elements, count));
        this.positions = count == 0 ? NO_POSITIONS : Arrays.copyOf(positions, count);
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
        return i < 0 || i >= positions.length ? null : Position.unpack(positions[i]);
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
