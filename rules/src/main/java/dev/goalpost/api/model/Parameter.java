package dev.goalpost.api.model;

import java.util.List;

/**
 * A parameter (after {@code $ref}). Swagger 2.0 body parameters are not parameters here; they are the operation's
 * {@link RequestBody}.
 */
public interface Parameter extends SpecElement {

    default String name() {
        return node().text("name");
    }

    /** {@code query}, {@code header}, {@code path}, {@code cookie} (3.2 {@code querystring}, 2.0 {@code formData}). */
    default String in() {
        return node().text("in");
    }

    default boolean isIn(String location) {
        return location.equalsIgnoreCase(in());
    }

    default boolean required() {
        return node().isTrue("required");
    }

    /**
     * The schema of the parameter's value: {@code schema}, or the schema of its single {@code content} entry; in
     * Swagger 2.0 the parameter itself, which carries {@code type}, {@code maximum}, {@code default}.
     */
    Schema schema();

    /** The media types of its {@code content} (3.x), empty when it has none. */
    List<MediaType> mediaTypes();

    /** Its examples ({@code example}, then each of {@code examples}), values that travel as text (3.x only). */
    List<Example> examples();
}
