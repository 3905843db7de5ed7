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
 * The members of a {@link PositionedObjectNode}: names, values and where each is written, in written order. It
 * stands in for the {@code LinkedHashMap} Jackson would use, at about a third of its memory, which matters on
 * specs of millions of members; large objects get a hash index on first lookup. Two arrays hold everything (names
 * and values alternating in one, their packed positions alternating in the other): a tree is mostly small objects,
 * and every array is one more object for the garbage collector to copy while a lint runs. For the same reason a
 * read object's positions sit in its reader's {@link PositionChunks}; it takes an array of its own only when
 * changed.
 */
final class PositionedMembers extends AbstractMap<String, JsonNode> {

    private static final int LINEAR_SCAN_LIMIT = 8;
    private static final Object[] NO_SLOTS = {};
    private static final long[] NO_POSITIONS = {};

    /** Member {@code i}'s name at {@code 2i}, its value at {@code 2i + 1}. */
    private Object[] slots;
    /**
     * Where member {@code i}'s name ({@code first + 2i}) and value ({@code first + 2i + 1}) are written, packed;
     * -1 for unknown. Read objects keep them in their reader's {@link PositionChunks}, shared with other nodes.
     */
    private long[] positions;
    private int first;
    /** True while {@link #positions} is a reader's chunk, which has no room to grow and holds others' positions. */
    private boolean sharedPositions;
    private int size;
    /**
     * Built on first lookup in a large object (while reading, to find a repeated key): open addressing over member
     * numbers plus one, zero for an empty slot. An {@code int[]} rather than a {@code HashMap<String, Integer>},
     * whose entry objects were a good part of what a large spec's tree kept alive. Volatile because rules may look
     * members up from two threads; a table is complete before it is published.
     */
    private volatile int[] index;

    PositionedMembers() {
        this(4);
    }

    /** Members with room for {@code capacity} before growing; 0 for an object read complete elsewhere. */
    PositionedMembers(int capacity) {
        slots = capacity == 0 ? NO_SLOTS : new Object[capacity * 2];
        positions = capacity == 0 ? NO_POSITIONS : new long[capacity * 2];
    }

    /** Adds a member, or replaces the value of one with the same name; returns the earlier key position or -1. */
    long putPositioned(String key, JsonNode value, long keyPosition, long valuePosition) {
        ownPositions();
        int at = indexOf(key);
        if (at >= 0) {
            long earlier = positions[2 * at];
            slots[2 * at + 1] = value;
            positions[2 * at] = keyPosition;
            positions[2 * at + 1] = valuePosition;
            return earlier;
        }
        if (2 * size == slots.length) {
            int capacity = Math.max(size * 2, 4);
            slots = Arrays.copyOf(slots, capacity * 2);
            positions = Arrays.copyOf(positions, capacity * 2);
        }
        slots[2 * size] = key;
        slots[2 * size + 1] = value;
        positions[2 * size] = keyPosition;
        positions[2 * size + 1] = valuePosition;
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

    /**
     * Takes the members gathered in {@code buffer} (a reader's, reused from object to object), in arrays of
     * exactly their size, and empties the buffer for the next object.
     */
    void takeFrom(PositionedMembers buffer, PositionChunks chunks) {
        int count = 2 * buffer.size;
        slots = count == 0 ? NO_SLOTS : Arrays.copyOf(buffer.slots, count);
        int at = count == 0 ? -1 : chunks.store(buffer.positions, count);
        if (at >= 0) {
            positions = chunks.chunk();
            first = at;
            sharedPositions = true;
        } else {
            positions = count == 0 ? NO_POSITIONS : Arrays.copyOf(buffer.positions, count);
            first = 0;
            sharedPositions = false;
        }
        size = buffer.size;
        index = null;
        // What the buffer still points at is not cleared: a reader and its buffers are gone once it has read.
        buffer.size = 0;
        buffer.index = null;
    }

    /** Gives this object a positions array of its own before it changes. */
    private void ownPositions() {
        if (sharedPositions) {
            positions = Arrays.copyOfRange(positions, first, first + slots.length);
            first = 0;
            sharedPositions = false;
        }
    }

    String keyAt(int i) {
        return (String) slots[2 * i];
    }

    JsonNode valueAt(int i) {
        return (JsonNode) slots[2 * i + 1];
    }

    /** Where a member's key is written; null when absent or added through Jackson's own API (no position). */
    Position keyPosition(String name) {
        int at = indexOf(name);
        return at < 0 || positions[first + 2 * at] < 0 ? null : Position.unpack(positions[first + 2 * at]);
    }

    Position valuePosition(String name) {
        int at = indexOf(name);
        return at < 0 || positions[first + 2 * at + 1] < 0 ? null
                : Position.unpack(positions[first + 2 * at + 1]);
    }

    /**
     * The number of member {@code name}, or -1. Names are compared by hash first: most comparisons are misses (a
     * rule asks every object whether it has a {@code $ref}), and a hash differs without reading the name's
     * characters, which sit in another array and often in another cache line.
     */
    private int indexOf(String name) {
        int hash = name.hashCode();
        Object[] members = slots;
        if (size <= LINEAR_SCAN_LIMIT) {
            for (int i = 0; i < size; i++) {
                if (sameName((String) members[2 * i], name, hash)) {
                    return i;
                }
            }
            return -1;
        }
        int[] table = index;
        if (table == null) {
            table = new int[Integer.highestOneBit(size) << 2];
            for (int i = 0; i < size; i++) {
                insert(table, (String) members[2 * i], i);
            }
            index = table;
        }
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int at = table[slot] - 1;
            if (at < 0) {
                return -1;
            }
            if (sameName((String) members[2 * at], name, hash)) {
                return at;
            }
        }
    }

    private static boolean sameName(String key, String name, int hash) {
        // Parsed JSON names and string literals are both interned, so a hit is most often the same instance.
        return key == name || key.hashCode() == hash && key.equals(name);
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
        return key instanceof String name && indexOf(name) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int at = indexOf(name);
        return at < 0 ? null : (JsonNode) slots[2 * at + 1];
    }

    /** Jackson's ObjectNode writes through this; Goalpost's reader uses {@link #putPositioned}. */
    @Override
    public JsonNode put(String key, JsonNode value) {
        int at = indexOf(key);
        if (at >= 0) {
            JsonNode previous = (JsonNode) slots[2 * at + 1];
            slots[2 * at + 1] = value;
            return previous;
        }
        putPositioned(key, value, -1, -1);
        return null;
    }

    @Override
    public JsonNode remove(Object key) {
        int at = key instanceof String name ? indexOf(name) : -1;
        if (at < 0) {
            return null;
        }
        ownPositions();
        JsonNode previous = (JsonNode) slots[2 * at + 1];
        int tail = 2 * (size - at - 1);
        System.arraycopy(slots, 2 * at + 2, slots, 2 * at, tail);
        System.arraycopy(positions, 2 * at + 2, positions, 2 * at, tail);
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        index = null;
        return previous;
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, 2 * size, null);
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
                        return new SimpleImmutableEntry<>(keyAt(last), valueAt(last));
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        PositionedMembers.this.remove(keyAt(last));
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
