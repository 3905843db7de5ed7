package dev.goalpost.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A Schema Object (or a Swagger 2.0 parameter or header, which carries its schema keywords inline). */
public final class Schema {

    private final SpecNode node;

    private Schema(SpecNode node) {
        this.node = node;
    }

    /** The schema a node stands for, following {@code $ref}; null when absent or unresolvable. */
    public static Schema of(SpecNode node) {
        if (node == null) {
            return null;
        }
        SpecNode resolved = node.resolve();
        return resolved == null || !resolved.isObject() ? null : new Schema(resolved);
    }

    public SpecNode node() {
        return node;
    }

    /** The declared types: {@code type} as a string or (3.1) an array; empty when untyped. */
    public Set<String> types() {
        JsonNode type = node.value().get("type");
        if (type == null) {
            return Set.of();
        }
        if (type.isTextual()) {
            return Set.of(type.textValue());
        }
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode t : type) {
            if (t.isTextual()) {
                types.add(t.textValue());
            }
        }
        return types;
    }

    public boolean hasType(String type) {
        return types().contains(type);
    }

    /** An array schema, directly or through {@code allOf}. */
    public boolean isArray() {
        return anyInAllOf(s -> s.hasType("array") || s.types().isEmpty() && s.node.has("items"));
    }

    /** An object schema (typed object, or untyped with properties), directly or through {@code allOf}. */
    public boolean isObject() {
        return anyInAllOf(s -> s.hasType("object") || s.types().isEmpty() && s.node.has("properties"));
    }

    /** May be null: 3.0 {@code nullable}, 3.1 {@code type: [..., "null"]}, Swagger 2.0 {@code x-nullable}. */
    public boolean isNullable() {
        return node.isTrue("nullable") || node.isTrue("x-nullable") || hasType("null");
    }

    public Schema items() {
        return of(node.get("items"));
    }

    /** The properties written on this schema itself, each resolved. */
    public Map<String, Schema> properties() {
        SpecNode properties = node.get("properties");
        if (properties == null) {
            return Map.of();
        }
        Map<String, Schema> result = new LinkedHashMap<>();
        properties.members().forEach((name, value) -> {
            Schema schema = of(value);
            if (schema != null) {
                result.put(name, schema);
            }
        });
        return result;
    }

    /** The property declarations (unresolved, where each property name is written). */
    public Map<String, SpecNode> propertyDeclarations() {
        SpecNode properties = node.get("properties");
        return properties == null ? Map.of() : properties.members();
    }

    /** Properties of this schema and of every schema it includes through {@code allOf}, first one wins. */
    public Map<String, Schema> allProperties() {
        Map<String, Schema> result = new LinkedHashMap<>();
        forEachInAllOf(s -> s.properties().forEach(result::putIfAbsent));
        return Collections.unmodifiableMap(result);
    }

    /** Visits this schema and, transitively, each {@code allOf} member once. */
    public void forEachInAllOf(java.util.function.Consumer<Schema> visitor) {
        anyInAllOf(s -> {
            visitor.accept(s);
            return false;
        });
    }

    private boolean anyInAllOf(java.util.function.Predicate<Schema> test) {
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema.node.value())) {
                continue;
            }
            if (test.test(schema)) {
                return true;
            }
            SpecNode allOf = schema.node.get("allOf");
            if (allOf != null) {
                for (SpecNode member : allOf.elements()) {
                    Schema resolved = of(member);
                    if (resolved != null) {
                        pending.push(resolved);
                    }
                }
            }
        }
        return false;
    }

    /** The member {@code name} of this schema (a keyword such as {@code maximum}). */
    public SpecNode get(String name) {
        return node.get(name);
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
