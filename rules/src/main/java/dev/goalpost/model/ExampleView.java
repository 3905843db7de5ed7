package dev.goalpost.model;

import dev.goalpost.api.model.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One example with the schema it illustrates. Two views of the same example value, schema and direction are equal,
 * so an example shared by many operations is judged once.
 */
final class ExampleView implements Example {

    private final String label;
    private final TreeNode declaration;
    private final TreeNode node;
    private final TreeNode value;
    private final TreeNode schemaNode;
    private final String mediaType;
    private final Direction direction;
    private final boolean travelsAsText;

    private ExampleView(String label, TreeNode declaration, TreeNode node, TreeNode value, TreeNode schemaNode,
            String mediaType, Direction direction, boolean travelsAsText) {
        this.label = label;
        this.declaration = declaration;
        this.node = node;
        this.value = value;
        this.schemaNode = schemaNode;
        this.mediaType = mediaType;
        this.direction = direction;
        this.travelsAsText = travelsAsText;
    }

    /** An {@code example} value written directly. */
    static ExampleView single(TreeNode example, String label, TreeNode schema, String mediaType, Direction direction,
            boolean text) {
        return new ExampleView(label, example, example, dereferenced(example), schema, mediaType, direction, text);
    }

    /** A named Example Object of an {@code examples} map. */
    static ExampleView named(String name, TreeNode declaration, TreeNode schema, String mediaType,
            Direction direction, boolean text) {
        TreeNode object = declaration.resolveOrSelf();
        TreeNode value = object.get("value") != null ? object.get("value") : object.get("dataValue");
        return new ExampleView("example `" + name + "`", declaration, object,
                value == null ? null : dereferenced(value), schema, mediaType, direction, text);
    }

    /** A 3.x parameter's or header's {@code example} and {@code examples}, against its {@code schema}. */
    static List<Example> ofParameterOrHeader(TreeNode node, Direction direction) {
        TreeNode schema = node.get("schema");
        if (schema == null) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        TreeNode example = node.get("example");
        if (example != null) {
            examples.add(single(example, "example", schema, null, direction, true));
        }
        TreeNode named = node.get("examples");
        if (named != null && named.isObject()) {
            named.members().forEach((name, object) -> examples.add(named(name, object, schema, null, direction, true)));
        }
        return examples;
    }

    /**
     * The example a value stands for. Some specs write a value as a {@code $ref} to a shared Example Object
     * ({@code value: {$ref: '#/components/examples/view'}}, as GitHub does); the loader resolves such references like
     * any other, and the example is then the shared one's {@code value}.
     */
    private static TreeNode dereferenced(TreeNode value) {
        if (!value.isRef()) {
            return value;
        }
        TreeNode target = value.resolve();
        if (target == null) {
            return value;
        }
        boolean sharedExample = target.parent() != null && "examples".equals(target.parent().key())
                && target.parent().parent() != null && "components".equals(target.parent().parent().key());
        return sharedExample && target.get("value") != null ? target.get("value") : target;
    }

    @Override
    public String label() {
        return label;
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
    public TreeNode value() {
        return value;
    }

    @Override
    public TreeNode schemaNode() {
        return schemaNode;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public boolean travelsAsText() {
        return travelsAsText;
    }

    /** Same example value, same schema, same direction: the same check. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExampleView that && that.direction == direction
                && (that.value == null ? value == null : value != null && that.value.value() == value.value())
                && (that.schemaNode == null ? schemaNode == null
                        : schemaNode != null && that.schemaNode.value() == schemaNode.value());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value == null ? 0 : System.identityHashCode(value.value()),
                schemaNode == null ? 0 : System.identityHashCode(schemaNode.value()), direction);
    }

    @Override
    public String toString() {
        return label + " at " + (value != null ? value : node);
    }
}
