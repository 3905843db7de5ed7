package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object that remembers where each of its keys and values is written, so that any node reached from a
 * document root can be given an exact line and column without a separate pointer-to-position map.
 */
public final class PositionedObjectNode extends ObjectNode {

    private static final long serialVersionUID = 1L;
    private static final int LINEAR_SCAN_LIMIT = 8;

    private String[] keys = new String[4];
    private long[] keyPositions = new long[4];
    private long[] valuePositions = new long[4];
    private int size;
    /** Built on first lookup in a large object; volatile because rules may look positions up from two threads. */
    private transient volatile Map<String, Integer> index;

    PositionedObjectNode() {
        super(JsonNodeFactory.instance, new LinkedHashMap<>());
    }

    /** Adds a member; returns the packed position of an earlier key of the same name, or -1. */
    long putPositioned(String key, JsonNode value, long keyPosition, long valuePosition) {
        JsonNode previous = _children.put(key, value);
        if (previous != null) {
            int at = indexOf(key);
            long earlier = keyPositions[at];
            keyPositions[at] = keyPosition;
            valuePositions[at] = valuePosition;
            return earlier;
        }
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            keyPositions = Arrays.copyOf(keyPositions, capacity);
            valuePositions = Arrays.copyOf(valuePositions, capacity);
        }
        keys[size] = key;
        keyPositions[size] = keyPosition;
        valuePositions[size] = valuePosition;
        size++;
        if (index != null) {
            index.put(key, size - 1);
        }
        return -1;
    }

    /** Where the key {@code name} is written, or null when this object has no such member. */
    public Position keyPosition(String name) {
        int at = indexOf(name);
        return at < 0 ? null : Position.unpack(keyPositions[at]);
    }

    /** Where the value of member {@code name} starts, or null when this object has no such member. */
    public Position valuePosition(String name) {
        int at = indexOf(name);
        return at < 0 ? null : Position.unpack(valuePositions[at]);
    }

    private int indexOf(String name) {
        if (size <= LINEAR_SCAN_LIMIT) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> lookup = index;
        if (lookup == null) {
            lookup = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                lookup.put(keys[i], i);
            }
            index = lookup;
        }
        Integer at = lookup.get(name);
        return at == null ? -1 : at;
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
