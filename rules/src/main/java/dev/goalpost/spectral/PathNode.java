package dev.goalpost.spectral;

import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A node as a path sees it: where its content is written ({@link #tree()}, with file, line and pointer, also
 * inside referenced files) and how the path reached it (its parent and key in the document as Spectral resolves
 * it, with each {@code $ref} replaced by what it points to). Filters read {@code @property},
 * {@code @parentProperty} and {@code @path} from the second; findings point at the first.
 */
final class PathNode {

    private final TreeNode tree;
    private final PathNode parent;
    /** A String member name, an Integer array index, or null for the root. */
    private final Object key;

    PathNode(TreeNode tree, PathNode parent, Object key) {
        this.tree = tree;
        this.parent = parent;
        this.key = key;
    }

    static PathNode root(TreeNode tree, boolean resolved) {
        return new PathNode(resolved ? tree.resolveOrSelf() : tree, null, null);
    }

    TreeNode tree() {
        return tree;
    }

    PathNode parent() {
        return parent;
    }

    Object key() {
        return key;
    }

    boolean isObject() {
        return tree.value().isObject();
    }

    boolean isArray() {
        return tree.value().isArray();
    }

    /** Member {@code name}, following a {@code $ref} when {@code resolved}; null when absent. */
    PathNode child(String name, boolean resolved) {
        TreeNode child = tree.get(name);
        return child == null ? null : new PathNode(resolved ? resolve(child) : child, this, name);
    }

    /** Element {@code index}, following a {@code $ref} when {@code resolved}; null when absent. */
    PathNode child(int index, boolean resolved) {
        TreeNode child = tree.get(index);
        return child == null ? null : new PathNode(resolved ? resolve(child) : child, this, index);
    }

    /**
     * What Spectral's resolved document holds at a node: the content a {@code $ref} points to, except for a
     * reference to content that contains it (a schema that refers to itself), which Spectral's resolver leaves
     * as the {@code $ref} object, and for one that leads nowhere.
     */
    private static TreeNode resolve(TreeNode node) {
        if (!node.isRef()) {
            return node;
        }
        TreeNode target = node.resolve();
        if (target == null || target.file() == node.file() && contains(target, node)) {
            return node;
        }
        return target;
    }

    /** Whether {@code inner} lies inside {@code outer} (or is it), by address in the same file. */
    private static boolean contains(TreeNode outer, TreeNode inner) {
        for (TreeNode node = inner; node != null; node = node.parent()) {
            if (node.value() == outer.value()) {
                return true;
            }
        }
        return false;
    }

    /** Members in written order, or elements; empty for scalars. */
    List<PathNode> children(boolean resolved) {
        var value = tree.value();
        if (value.isObject()) {
            List<PathNode> children = new ArrayList<>(value.size());
            value.fieldNames().forEachRemaining(name -> children.add(child(name, resolved)));
            return children;
        }
        if (value.isArray()) {
            List<PathNode> children = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                children.add(child(i, resolved));
            }
            return children;
        }
        return List.of();
    }

    /** The keys from the root, as Spectral's {@code path}: strings and indexes. */
    List<Object> path() {
        List<Object> path = new ArrayList<>();
        for (PathNode node = this; node.parent != null; node = node.parent) {
            path.add(0, node.key);
        }
        return path;
    }

    /** jsonpath-plus's {@code @path}: {@code $['paths']['/a'][0]}. */
    String jsonPath() {
        StringBuilder text = new StringBuilder("$");
        for (Object segment : path()) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append("['").append(String.valueOf(segment).replace("'", "\\'")).append("']");
            }
        }
        return text.toString();
    }
}
