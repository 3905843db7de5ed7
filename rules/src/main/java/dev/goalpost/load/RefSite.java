package dev.goalpost.load;

/**
 * A {@code $ref} as written: the object holding it, the path to that object in its file, the reference text and
 * where the {@code $ref} key stands. The path is kept as its steps (member names and array indexes) and turned
 * into a JSON pointer only when a problem needs one: a big spec has tens of thousands of references.
 */
public record RefSite(PositionedObjectNode holder, Object[] holderPath, String ref, long keyPosition) {

    /** The JSON pointer of the object holding the {@code $ref}. */
    public String holderPointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object step : holderPath) {
            pointer.append('/');
            if (step instanceof String key) {
                JsonPointers.appendEscaped(pointer, key);
            } else {
                pointer.append(step);
            }
        }
        return pointer.toString();
    }

    public String refPointer() {
        return holderPointer() + "/$ref";
    }

    public Position position() {
        return Position.unpack(keyPosition);
    }
}
