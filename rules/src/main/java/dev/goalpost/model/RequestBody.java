package dev.goalpost.model;

import java.util.List;

/**
 * The request body of an operation: a 3.x Request Object (after {@code $ref}), or a Swagger 2.0 body parameter
 * with the operation's {@code consumes} as its media types.
 */
public record RequestBody(SpecNode node, List<MediaType> mediaTypes) {

    public boolean required() {
        return node.isTrue("required");
    }
}
