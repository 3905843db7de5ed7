package dev.goalpost.load;

/**
 * Something that kept part of a spec from loading. The core rules turn these into findings.
 *
 * @param file the file the problem is reported in (where the bad content or the {@code $ref} is written)
 * @param position null when the reader could not tell where
 */
public record LoadProblem(Kind kind, String message, String file, Position position, String pointer) {

    public enum Kind {
        /** The text cannot be read as an OpenAPI document. */
        SPEC_INVALID,
        /** A {@code $ref} points to nothing that can be read. */
        REF_UNRESOLVED,
        /** A {@code $ref} was not followed because the reference policy forbids it. */
        REF_REFUSED
    }
}
