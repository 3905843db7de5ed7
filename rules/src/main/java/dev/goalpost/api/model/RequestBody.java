package dev.goalpost.api.model;

import java.util.List;

/**
 * The request body of an operation: a 3.x Request Body Object (after {@code $ref}), or a Swagger 2.0 body parameter
 * with the operation's {@code consumes} as its media types.
 */
public interface RequestBody extends SpecElement {

    List<MediaType> mediaTypes();

    default boolean required() {
        return node().isTrue("required");
    }
}
