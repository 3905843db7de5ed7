package dev.goalpost.api.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Schema Object, after {@code $ref} (or a Swagger 2.0 parameter or header, which carries its schema keywords
 * inline).
 */
public interface Schema extends SpecElement {

    /** The declared types: {@code type} as a string or (3.1) an array; empty when untyped. */
    Set<String> types();

    default boolean hasType(String type) {
        return types().contains(type);
    }

    /** An array schema, directly or through {@code allOf}. */
    boolean isArray();

    /** An object schema (typed object, or untyped with properties), directly or through {@code allOf}. */
    boolean isObject();

    /** May be null: 3.0 {@code nullable}, 3.1 {@code type: [..., "null"]}, Swagger 2.0 {@code x-nullable}. */
    default boolean isNullable() {
        return node().isTrue("nullable") || node().isTrue("x-nullable") || hasType("null");
    }

    /** The {@code items} schema, resolved; null when absent or not a single schema. */
    Schema items();

    /** The properties written on this schema itself, each resolved. */
    Map<String, Schema> properties();

    /** The property declarations (unresolved, where each property name is written). */
    default Map<String, ? extends SpecNode> propertyDeclarations() {
        SpecNode properties = node().get("properties");
        return properties == null ? Map.of() : properties.members();
    }

    /** Properties of this schema and of every schema it includes through {@code allOf}, first one wins. */
    Map<String, Schema> allProperties();

    /** The schemas of a list keyword ({@code allOf}, {@code anyOf}, {@code oneOf}), each resolved. */
    List<Schema> subschemas(String keyword);

    /** This schema and the alternatives it offers through {@code anyOf} and {@code oneOf}. */
    List<Schema> variants();

    /** Visits this schema and, transitively, each {@code allOf} member once. */
    void forEachInAllOf(Consumer<Schema> visitor);

    /** Its own examples: {@code example}, and from 3.1 on each of {@code examples}. */
    List<Example> examples();
}
