package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;

/** A JSON array that remembers where each element starts. */
public final class PositionedArrayNode extends ArrayNode {

    private static final long serialVersionUID = 1L;

    private long[] positions = new long[4];

    PositionedArrayNode() {
        super(JsonNodeFactory.instance, new ArrayList<>());
    }

    void addPositioned(JsonNode value, long position) {
        int at = size();
        if (at == positions.length) {
            positions = Arrays.copyOf(positions, at * 2);
        }
        positions[at] = position;
        add(value);
    }

    /** Drops the spare room left by growing, once the array is complete. */
    void complete() {
        if (positions.length > size()) {
            positions = Arrays.copyOf(positions, size());
        }
    }

    /** Where element {@code i} starts, or null when there is no such element. */
    public Position position(int i) {
        return i < 0 || i >= size() ? null : Position.unpack(positions[i]);
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
