package dev.goalpost.api.model;

import java.util.List;
import java.util.Locale;

/**
 * One media type of a request body, response, parameter or header. In Swagger 2.0, where media types are listed
 * in {@code consumes}/{@code produces}, {@link #node()} is the body parameter or the response, and the example is
 * the response's {@code examples} entry for this media type.
 */
public interface MediaType extends SpecElement {

    /** The media type as written, such as {@code application/json}. */
    String name();

    /** The {@code schema} member as written (may be a {@code $ref}), or null. */
    SpecNode schemaNode();

    /** The schema of this media type, resolved; null when there is none. */
    Schema schema();

    /** The single {@code example} of this media type, or null. */
    SpecNode example();

    /** Its examples: the single {@code example}, then each named Example Object, in written order. */
    List<Example> examples();

    default boolean hasExample() {
        return !examples().isEmpty();
    }

    /** The type without parameters, lower case: {@code application/json} for {@code application/json; charset=utf-8}.
     */
    default String baseName() {
        return baseName(name());
    }

    /** JSON and JSON-based types: {@code application/json}, {@code application/problem+json}, … */
    default boolean isJson() {
        return isJson(name());
    }

    /** A media type name without parameters, lower case. */
    static String baseName(String name) {
        String base = name.toLowerCase(Locale.ROOT);
        int semicolon = base.indexOf(';');
        return semicolon >= 0 ? base.substring(0, semicolon).strip() : base;
    }

    /** Whether a media type name is JSON or JSON-based (or a wildcard that admits JSON). */
    static boolean isJson(String name) {
        String base = baseName(name);
        return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*")
                || base.equals("application/*") || base.equals("text/json");
    }
}
