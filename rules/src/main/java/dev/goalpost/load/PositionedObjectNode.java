package dev.goalpost.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON object that remembers where each of its keys and values is written, so that any node reached from a
 * document root can be given an exact line and column without a separate pointer-to-position map.
 */
public final class PositionedObjectNode extends ObjectNode {

    private static final long serialVersionUID = 1L;

    private final transient PositionedMembers members;

    /** An object whose members a reader gathers elsewhere and hands over with {@link #complete}. */
    PositionedObjectNode() {
        this(new PositionedMembers(0));
    }

    private PositionedObjectNode(PositionedMembers members) {
        super(JsonNodeFactory.instance, members);
        this.members = members;
    }

    /**
     * Called once the object is read completely, with the members gathered (the buffer is emptied for reuse) and
     * the reader's chunks to keep their positions in.
     */
    void complete(PositionedMembers read, PositionChunks chunks) {
        members.takeFrom(read, chunks);
    }

    /**
     * The name of member {@code i} in written order ({@code 0 <= i < size()}). Walking members by index needs
     * neither an entry object per member nor a lookup by name (which would build a hash index on a large object).
     */
    public String keyAt(int i) {
        return members.keyAt(i);
    }

    /** The value of member {@code i} in written order ({@code 0 <= i < size()}). */
    public JsonNode valueAt(int i) {
        return members.valueAt(i);
    }

    /** Where the key {@code name} is written, or null when this object has no such member. */
    public Position keyPosition(String name) {
        return members.keyPosition(name);
    }

    /** Where the value of member {@code name} starts, or null when this object has no such member. */
    public Position valuePosition(String name) {
        return members.valuePosition(name);
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
