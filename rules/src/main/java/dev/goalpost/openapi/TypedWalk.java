package dev.goalpost.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.model.TreeNode;
import dev.goalpost.openapi.Shape.Choice;
import dev.goalpost.openapi.Shape.Kind;
import dev.goalpost.openapi.Shape.ListOf;
import dev.goalpost.openapi.Shape.MapOf;
import dev.goalpost.openapi.Shape.Scalar;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One traversal of a document that follows its version's {@link Grammar}: from the root, every member is visited
 * with the shape the specification gives it, {@code $ref}s are followed to where their content is written, and each
 * object is reported to the listener with its type. This is how Goalpost knows what each node is: the model's
 * index, the structure checks and the rule dispatch all hear the same walk.
 *
 * <p>Content reached through several {@code $ref}s is visited once per type, where it is written, except for path
 * items and operations, which are visited once per place that uses them (two paths sharing one path item are two
 * sets of operations). The walk keeps its own stack, so deep or cyclic documents cannot overflow the thread's.
 */
public final class TypedWalk {

    /** What hears the walk. Every method has a default that does nothing. */
    public interface Listener {

        /**
         * An object of a type, reached for the first time (path items and operations: for the first time from this
         * place). {@code visit.declaration()} is where it is used, {@code visit.node()} where it is written.
         */
        default void object(Visit visit) {}

        /**
         * A value met at a place that gives it {@code shape}, before any {@code $ref} is followed, every time the
         * place is walked. {@code parent} is the object it belongs to (the innermost one, through maps and lists).
         */
        default void value(Visit parent, Shape shape, TreeNode value) {}

        /**
         * A {@code $ref} standing for an object of {@code expected}: {@code target} is the content it reaches, or
         * null when it reaches nothing (a load problem says why).
         */
        default void reference(Visit parent, ObjectType expected, TreeNode reference, TreeNode target) {}
    }

    /**
     * One object on the walk: its type, where it is used ({@code declaration}, perhaps a {@code $ref}), where it is
     * written ({@code node}), and the object it was reached from (null for the root).
     */
    public record Visit(ObjectType type, TreeNode declaration, TreeNode node, Visit parent) {}

    private record Step(Shape shape, TreeNode value, Visit parent) {}

    private final Grammar grammar;
    /** An array, not a list: the walk calls every listener for every value, and an iterator each time adds up. */
    private final Listener[] listeners;
    /** Content already walked, by type: written nodes compared by identity. */
    private final Map<ObjectType, Set<JsonNode>> walked = new HashMap<>();

    public TypedWalk(Grammar grammar, List<Listener> listeners) {
        this.grammar = grammar;
        this.listeners = List.copyOf(listeners).toArray(new Listener[0]);
    }

    /** Walks a document from its root. */
    public void walk(TreeNode root) {
        Deque<Step> pending = new ArrayDeque<>();
        pending.push(new Step(grammar.root(), root, null));
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            for (Listener listener : listeners) {
                listener.value(step.parent(), step.shape(), step.value());
            }
            expand(step, pending);
        }
    }

    /** Pushes what a value holds, so that it is walked next, in written order. */
    private void expand(Step step, Deque<Step> pending) {
        TreeNode value = step.value();
        Shape shape = step.shape();
        if (shape instanceof ObjectType type) {
            object(type, value, step.parent(), pending);
        } else if (shape instanceof MapOf || shape instanceof ListOf) {
            // A whole map or list written as a $ref (DigitalOcean's `properties: {$ref: …}`) is resolved too.
            TreeNode target = value.isRef() ? value.resolve() : value;
            if (target != null) {
                members(shape, target, step.parent(), pending);
            }
        } else if (shape instanceof Choice choice) {
            expand(new Step(pick(choice, value), value, step.parent()), pending);
        }
    }

    private void members(Shape shape, TreeNode value, Visit parent, Deque<Step> pending) {
        Step step = new Step(shape, value, parent);
        if (shape instanceof MapOf map) {
            if (value.isObject()) {
                pushMembers(value, null, map.values(), step.parent(), pending);
            }
        } else if (shape instanceof ListOf list) {
            if (value.isArray()) {
                List<TreeNode> elements = value.elements();
                for (int i = elements.size() - 1; i >= 0; i--) {
                    pending.push(new Step(list.items(), elements.get(i), step.parent()));
                }
            }
        }
    }

    private void object(ObjectType type, TreeNode declaration, Visit parent, Deque<Step> pending) {
        TreeNode node = declaration;
        // A $ref is followed wherever it is written, as every tool resolves them (DigitalOcean writes whole
        // operations as references); whether the specification allows one there is for the structure checks.
        if (declaration.isRef()) {
            TreeNode target = declaration.resolve();
            for (Listener listener : listeners) {
                listener.reference(parent, type, declaration, target);
            }
            if (type.openKeywords() && hasSiblings(declaration)) {
                // JSON Schema 2020-12: the keywords beside $ref apply too, so both are schemas to walk.
                if (target != null) {
                    pending.push(new Step(type, target, parent));
                }
            } else if (target == null) {
                return;
            } else {
                node = target;
            }
        }
        if (!node.isObject()) {
            return;
        }
        boolean perPlace = type == grammar.pathItem() || type == grammar.operation();
        JsonNode identity = perPlace ? declaration.value() : node.value();
        if (!walked.computeIfAbsent(type, t -> Collections.newSetFromMap(new IdentityHashMap<>())).add(identity)) {
            return;
        }
        Visit visit = new Visit(type, declaration, node, parent);
        for (Listener listener : listeners) {
            listener.object(visit);
        }
        pushMembers(node, type, null, visit, pending);
    }

    /** Whether a 3.1 schema with {@code $ref} also has other keywords, which then apply beside the reference. */
    private static boolean hasSiblings(TreeNode schema) {
        return schema.value().size() > 1;
    }

    /**
     * Pushes the members of an object that have a shape (extensions and unknown members are left to listeners):
     * the fields of {@code type}, or, for a map, every member as {@code values}. Two parameters rather than a
     * function of the key, which would be an object made for every object walked.
     */
    private static void pushMembers(TreeNode object, ObjectType type, Shape values, Visit parent,
            Deque<Step> pending) {
        for (int i = object.memberCount() - 1; i >= 0; i--) {
            String key = object.memberKey(i);
            if (key.startsWith("x-")) {
                continue;
            }
            Shape shape = type != null ? type.field(key) : values;
            if (shape != null) {
                pending.push(new Step(shape, object.member(i), parent));
            }
        }
    }

    /** The option of a choice whose JSON kind fits the value: a boolean for {@code true}, a list for an array. */
    static Shape pick(Choice choice, TreeNode value) {
        for (Shape option : choice.options()) {
            if (fits(option, value)) {
                return option;
            }
        }
        return choice.options().get(0);
    }

    private static boolean fits(Shape shape, TreeNode value) {
        if (shape instanceof ObjectType || shape instanceof MapOf) {
            return value.isObject();
        }
        if (shape instanceof ListOf) {
            return value.isArray();
        }
        if (shape instanceof Scalar scalar) {
            Kind kind = kindOf(value);
            return kind != null && scalar.kinds().contains(kind)
                    || kind == Kind.INTEGER && scalar.kinds().contains(Kind.NUMBER);
        }
        if (shape instanceof Choice nested) {
            return nested.options().stream().anyMatch(option -> fits(option, value));
        }
        return true;
    }

    /** The JSON kind of a scalar value, or null for objects and arrays. */
    public static Kind kindOf(TreeNode value) {
        JsonNode json = value.value();
        if (json.isTextual()) {
            return Kind.STRING;
        }
        if (json.isIntegralNumber()) {
            return Kind.INTEGER;
        }
        if (json.isNumber()) {
            return Kind.NUMBER;
        }
        if (json.isBoolean()) {
            return Kind.BOOLEAN;
        }
        return json.isNull() ? Kind.NULL : null;
    }
}
