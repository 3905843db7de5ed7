package dev.goalpost.load;

/**
 * A {@code $ref} as written: the object holding it, that object's pointer in its file, the reference text and
 * where the {@code $ref} key stands.
 */
public record RefSite(PositionedObjectNode holder, String holderPointer, String ref, long keyPosition) {

    public String refPointer() {
        return holderPointer + "/$ref";
    }

    public Position position() {
        return Position.unpack(keyPosition);
    }
}
