package dev.goalpost.api.model;

import java.util.List;

/** A response header (after {@code $ref}); in Swagger 2.0 its schema keywords sit on the header itself. */
public interface Header extends SpecElement {

    /** The header name as written under {@code headers}. */
    String name();

    Schema schema();

    /** The media types of its {@code content} (3.x), empty when it has none. */
    List<MediaType> mediaTypes();

    /** Its examples ({@code example}, then each of {@code examples}), values that travel as text (3.x only). */
    List<Example> examples();
}
