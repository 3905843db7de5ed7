package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of a {@link PositionedObjectNode}: names, values and where each is written, in parallel arrays
 * in written order. It stands in for the {@code LinkedHashMap} Jackson would use, at about a third of its
 * memory, which matters on specs of millions of members; large objects get a hash index on first lookup.
 */
final class PositionedMembers extends AbstractMap<String, JsonNode> {

    private static final int LINEAR_SCAN_LIMIT = 8;

    private String[] keys = new String[4];
    private JsonNode[] values = new JsonNode[4];
    private long[] keyPositions = new long[4];
    private long[] valuePositions = new long[4];
    private int size;
    /**
     * Built on first lookup in a large object (while reading, to find a repeated key): open addressing over member
     * numbers plus one, zero for an empty slot. An {@code int[]} rather than a {@code HashMap<String, Integer>},
     * whose entry objects were a good part of what a large spec's tree kept alive. Volatile because rules may look
     * members up from two threads; a table is complete before it is published.
     */
    private volatile int[] index;

    /** Adds a member, or replaces the value of one with the same name; returns the earlier key position or -1. */
    long putPositioned(String key, JsonNode value, long keyPosition, long valuePosition) {
        int at = indexOf(key);
        if (at >= 0) {
            long earlier = keyPositions[at];
            values[at] = value;
            keyPositions[at] = keyPosition;
            valuePositions[at] = valuePosition;
            return earlier;
        }
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
            keyPositions = Arrays.copyOf(keyPositions, capacity);
            valuePositions = Arrays.copyOf(valuePositions, capacity);
        }
        keys[size] = key;
        values[size] = value;
        keyPositions[size] = keyPosition;
        valuePositions[size] = valuePosition;
        size++;
        int[] table = index;
        if (table != null) {
            if (size * 2 > table.length) {
                index = null; // rebuilt larger on the next lookup
            } else {
                insert(table, key, size - 1);
            }
        }
        return -1;
    }

    /** Drops the spare room left by growing, once the object is complete. */
    void trim() {
        if (keys.length > size) {
            keys = Arrays.copyOf(keys, size);
            values = Arrays.copyOf(values, size);
            keyPositions = Arrays.copyOf(keyPositions, size);
            valuePositions = Arrays.copyOf(valuePositions, size);
        }
    }

    String keyAt(int i) {
        return keys[i];
    }

    JsonNode valueAt(int i) {
        return values[i];
    }

    /** Where a member's key is written; null when absent or added through Jackson's own API (no position). */
    Position keyPosition(String name) {
        int at = indexOf(name);
        return at < 0 || keyPositions[at] < 0 ? null : Position.unpack(keyPositions[at]);
    }

    Position valuePosition(String name) {
        int at = indexOf(name);
        return at < 0 || valuePositions[at] < 0 ? null : Position.unpack(valuePositions[at]);
    }

    private int indexOf(Object name) {
        if (size <= LINEAR_SCAN_LIMIT) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        int[] table = index;
        if (table == null) {
            table = new int[Integer.highestOneBit(size) << 2];
            for (int i = 0; i < size; i++) {
                insert(table, keys[i], i);
            }
            index = table;
        }
        int mask = table.length - 1;
        for (int slot = spread(name.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int at = table[slot] - 1;
            if (at < 0) {
                return -1;
            }
            if (keys[at].equals(name)) {
                return at;
            }
        }
    }

    /** Records member {@code at} in a table that has room (at most half full). */
    private static void insert(int[] table, String key, int at) {
        int mask = table.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = at + 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String && indexOf(key) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
        if (!(key instanceof String)) {
            return null;
        }
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    /** Jackson's ObjectNode writes through this; Goalpost's reader uses {@link #putPositioned}. */
    @Override
    public JsonNode put(String key, JsonNode value) {
        int at = indexOf(key);
        if (at >= 0) {
            JsonNode previous = values[at];
            values[at] = value;
            return previous;
        }
        putPositioned(key, value, -1, -1);
        return null;
    }

    @Override
    public JsonNode remove(Object key) {
        int at = key instanceof String ? indexOf(key) : -1;
        if (at < 0) {
            return null;
        }
        JsonNode previous = values[at];
        int tail = size - at - 1;
        System.arraycopy(keys, at + 1, keys, at, tail);
        System.arraycopy(values, at + 1, values, at, tail);
        System.arraycopy(keyPositions, at + 1, keyPositions, at, tail);
        System.arraycopy(valuePositions, at + 1, valuePositions, at, tail);
        size--;
        keys[size] = null;
        values[size] = null;
        index = null;
        return previous;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new SimpleImmutableEntry<>(keys[last], values[last]);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        PositionedMembers.this.remove(keys[last]);
                        next = last;
                        last = -1;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
