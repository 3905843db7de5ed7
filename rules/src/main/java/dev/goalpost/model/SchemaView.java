package dev.goalpost.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A Schema Object where it is written (or a Swagger 2.0 parameter or header, which carries its keywords inline). */
final class SchemaView implements Schema {

    private final TreeNode declaration;
    private final TreeNode node;
    private final boolean openApi31;

    private SchemaView(TreeNode declaration, TreeNode node, boolean openApi31) {
        this.declaration = declaration;
        this.node = node;
        this.openApi31 = openApi31;
    }

    /**
     * The schema a node stands for, following {@code $ref}; null when absent, unresolvable or not an object.
     *
     * @param openApi31 whether the document is OpenAPI 3.1 or later, where schemas list {@code examples}
     */
    static SchemaView of(TreeNode declaration, boolean openApi31) {
        if (declaration == null) {
            return null;
        }
        TreeNode resolved = declaration.resolve();
        return resolved == null || !resolved.isObject() ? null : new SchemaView(declaration, resolved, openApi31);
    }

    /** A schema the walk met, where it is used and where it is written. */
    static SchemaView of(TreeNode declaration, TreeNode node, boolean openApi31) {
        return new SchemaView(declaration, node, openApi31);
    }

    /** Another schema of the same document. */
    private SchemaView sibling(TreeNode declaration) {
        return of(declaration, openApi31);
    }

    @Override
    public TreeNode declaration() {
        return declaration;
    }

    @Override
    public TreeNode node() {
        return node;
    }

    @Override
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

    @Override
    public boolean isArray() {
        return anyInAllOf(s -> s.hasType("array") || s.types().isEmpty() && s.node.has("items"));
    }

    @Override
    public boolean isObject() {
        return anyInAllOf(s -> s.hasType("object") || s.types().isEmpty() && s.node.has("properties"));
    }

    @Override
    public SchemaView items() {
        return sibling(node.get("items"));
    }

    @Override
    public Map<String, Schema> properties() {
        TreeNode properties = node.get("properties");
        if (properties == null) {
            return Map.of();
        }
        Map<String, Schema> result = new LinkedHashMap<>();
        properties.members().forEach((name, value) -> {
            SchemaView schema = sibling(value);
            if (schema != null) {
                result.put(name, schema);
            }
        });
        return result;
    }

    @Override
    public Map<String, Schema> allProperties() {
        Map<String, Schema> result = new LinkedHashMap<>();
        forEachInAllOf(s -> s.properties().forEach(result::putIfAbsent));
        return Collections.unmodifiableMap(result);
    }

    @Override
    public List<Schema> subschemas(String keyword) {
        TreeNode list = node.get(keyword);
        if (list == null) {
            return List.of();
        }
        List<Schema> schemas = new ArrayList<>();
        for (TreeNode element : list.elements()) {
            SchemaView schema = sibling(element);
            if (schema != null) {
                schemas.add(schema);
            }
        }
        return schemas;
    }

    @Override
    public List<Schema> variants() {
        List<Schema> variants = new ArrayList<>();
        variants.add(this);
        variants.addAll(subschemas("anyOf"));
        variants.addAll(subschemas("oneOf"));
        return variants;
    }

    @Override
    public void forEachInAllOf(Consumer<Schema> visitor) {
        anyInAllOf(s -> {
            visitor.accept(s);
            return false;
        });
    }

    private boolean anyInAllOf(Predicate<SchemaView> test) {
        if (test.test(this)) {
            return true;
        }
        TreeNode ownAllOf = node.get("allOf");
        if (ownAllOf == null) {
            // Most schemas have no allOf: answer them without the walk's set and stack, asked for every schema.
            return false;
        }
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(node.value());
        Deque<SchemaView> pending = new ArrayDeque<>();
        pushMembers(this, ownAllOf, pending);
        while (!pending.isEmpty()) {
            SchemaView schema = pending.pop();
            if (!seen.add(schema.node.value())) {
                continue;
            }
            if (test.test(schema)) {
                return true;
            }
            TreeNode allOf = schema.node.get("allOf");
            if (allOf != null) {
                pushMembers(schema, allOf, pending);
            }
        }
        return false;
    }

    private static void pushMembers(SchemaView schema, TreeNode allOf, Deque<SchemaView> pending) {
        for (TreeNode member : allOf.elements()) {
            SchemaView resolved = schema.sibling(member);
            if (resolved != null) {
                pending.push(resolved);
            }
        }
    }

    @Override
    public List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        TreeNode example = node.get("example");
        if (example != null) {
            examples.add(ExampleView.single(example, "schema example", node, null, Example.Direction.EITHER, false));
        }
        TreeNode listed = node.get("examples");
        if (listed != null && openApi31) {
            for (TreeNode each : listed.elements()) {
                examples.add(ExampleView.single(each, "schema `examples[" + each.index() + "]`", node, null,
                        Example.Direction.EITHER, false));
            }
        }
        return examples;
    }

    @Override
    public TreeNode get(String name) {
        return node.get(name);
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
