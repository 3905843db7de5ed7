package dev.goalpost.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.load.JsonPointers;
import dev.goalpost.load.Position;
import dev.goalpost.load.PositionedArrayNode;
import dev.goalpost.load.PositionedObjectNode;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The engine's {@link SpecNode}: a value of the parsed tree together with where it is written (its file, its parent
 * and its key or index), from which its JSON pointer, line and column follow when a finding needs them. Navigating
 * keeps the address; {@link #resolve()} follows {@code $ref} to the node where the referenced content is written.
 * Rules see only the {@link SpecNode} interface; the engine also reads the parsed value and the source file.
 */
public final class TreeNode implements SpecNode {

    private static final int MAX_REF_HOPS = 64;

    /** Where the node is written: one object for a file's nodes, so that a node takes 32 bytes rather than 40. */
    private final Place place;
    private final TreeNode parent;
    private final String key;
    private final int index;
    private final JsonNode value;

    /** The workspace a node was reached in, and the file it is written in. */
    private record Place(Workspace workspace, SourceFile file) {}

    private TreeNode(Place place, TreeNode parent, String key, int index, JsonNode value) {
        this.place = place;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.value = value;
    }

    /** The root of a file. */
    public static TreeNode root(Workspace workspace, SourceFile file) {
        return new TreeNode(new Place(workspace, file), null, null, -1, file.root());
    }

    public JsonNode value() {
        return value;
    }

    public SourceFile file() {
        return place.file();
    }

    public Workspace workspace() {
        return place.workspace();
    }

    @Override
    public TreeNode parent() {
        return parent;
    }

    /** The member name under which this node sits in its parent object, or null. */
    @Override
    public String key() {
        return key;
    }

    /** The index of this node in its parent array, or -1. */
    @Override
    public int index() {
        return index;
    }

    // ---- navigation -------------------------------------------------------------------------------------

    /** The member {@code name} of this object, or null when absent (or when this is not an object). */
    @Override
    public TreeNode get(String name) {
        if (!value.isObject()) {
            return null;
        }
        JsonNode child = value.get(name);
        return child == null ? null : new TreeNode(place, this, name, -1, child);
    }

    /** Element {@code i} of this array, or null. */
    @Override
    public TreeNode get(int i) {
        if (!value.isArray()) {
            return null;
        }
        JsonNode child = value.get(i);
        return child == null ? null : new TreeNode(place, this, null, i, child);
    }

    /** Follows a path of member names; null as soon as one is missing. */
    @Override
    public TreeNode path(String... names) {
        TreeNode node = this;
        for (String name : names) {
            node = node.get(name);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** Like {@link #get(String)} but resolves the member when it is a {@code $ref}. */
    @Override
    public TreeNode resolved(String name) {
        TreeNode child = get(name);
        return child == null ? null : child.resolve();
    }

    /** The elements of this array (empty when this is not an array). */
    @Override
    public List<TreeNode> elements() {
        if (!value.isArray()) {
            return List.of();
        }
        List<TreeNode> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            elements.add(new TreeNode(place, this, null, i, value.get(i)));
        }
        return elements;
    }

    /** The members of this object in written order (empty when this is not an object). */
    @Override
    public Map<String, TreeNode> members() {
        if (!value.isObject()) {
            return Map.of();
        }
        if (value instanceof PositionedObjectNode object) {
            String[] names = new String[object.size()];
            TreeNode[] nodes = new TreeNode[names.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = object.keyAt(i);
                nodes[i] = new TreeNode(place, this, names[i], -1, object.valueAt(i));
            }
            return new MemberMap(names, nodes);
        }
        Map<String, TreeNode> members = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            members.put(field.getKey(), new TreeNode(place, this, field.getKey(), -1, field.getValue()));
        }
        return Collections.unmodifiableMap(members);
    }

    /** Member names in written order. */
    @Override
    public List<String> keys() {
        if (!value.isObject()) {
            return List.of();
        }
        if (value instanceof PositionedObjectNode object) {
            return new KeyList(object);
        }
        List<String> keys = new ArrayList<>(value.size());
        value.fieldNames().forEachRemaining(keys::add);
        return Collections.unmodifiableList(keys);
    }

    /**
     * The names of a read object's members, read from the object itself instead of copied: rules ask for the keys
     * of every schema, and a copy was an array and a list each time. Unmodifiable, as a tree is once read.
     */
    private static final class KeyList extends AbstractList<String> implements RandomAccess {
        private final PositionedObjectNode object;

        KeyList(PositionedObjectNode object) {
            this.object = object;
        }

        @Override
        public String get(int i) {
            Objects.checkIndex(i, object.size());
            return object.keyAt(i);
        }

        @Override
        public int size() {
            return object.size();
        }
    }

    /** How many members this object has (0 when this is not an object); with {@link #member(int)}, for walks. */
    public int memberCount() {
        return value.isObject() ? value.size() : 0;
    }

    /** The name of member {@code i} of this object in written order. */
    public String memberKey(int i) {
        return value instanceof PositionedObjectNode object ? object.keyAt(i) : keys().get(i);
    }

    /**
     * Member {@code i} of this object in written order, as {@code get(keys().get(i))} but without a lookup by name.
     */
    public TreeNode member(int i) {
        if (value instanceof PositionedObjectNode object) {
            return new TreeNode(place, this, object.keyAt(i), -1, object.valueAt(i));
        }
        return get(keys().get(i));
    }

    @Override
    public boolean has(String name) {
        return value.isObject() && value.has(name);
    }

    // ---- references -------------------------------------------------------------------------------------

    /** True when this node is an object with a string {@code $ref}. */
    @Override
    public boolean isRef() {
        if (!value.isObject()) {
            return false;
        }
        JsonNode ref = value.get("$ref");
        return ref != null && ref.isTextual();
    }

    /** The {@code $ref} text of this node, or null. */
    @Override
    public String ref() {
        return isRef() ? value.get("$ref").textValue() : null;
    }

    /**
     * The node this one stands for: itself when it is not a reference, else the end of its {@code $ref}
     * chain, addressed where that content is written. Null when the chain leads nowhere (a load problem says
     * why).
     */
    @Override
    public TreeNode resolve() {
        TreeNode node = this;
        for (int hops = 0; hops < MAX_REF_HOPS; hops++) {
            if (!node.isRef()) {
                return node;
            }
            Workspace.Target target = place.workspace().follow(node.file(), node.ref());
            if (target == null) {
                return null;
            }
            // Most references point into their own file, whose place is reused.
            Place targetPlace = target.file() == node.file() ? node.place : new Place(place.workspace(), target.file());
            node = at(targetPlace, target.tokens());
            if (node == null) {
                return null;
            }
        }
        return null;
    }

    /** Like {@link #resolve()} but returns this node (unresolved) when the chain leads nowhere. */
    @Override
    public TreeNode resolveOrSelf() {
        TreeNode resolved = resolve();
        return resolved == null ? this : resolved;
    }

    /** The node at a pointer in a file, with its full address; null when absent. */
    public static TreeNode at(Workspace workspace, SourceFile file, List<String> tokens) {
        return at(new Place(workspace, file), tokens);
    }

    private static TreeNode at(Place place, List<String> tokens) {
        TreeNode node = new TreeNode(place, null, null, -1, place.file().root());
        for (String token : tokens) {
            TreeNode next;
            if (node.value.isArray()) {
                int i;
                try {
                    i = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    return null;
                }
                next = node.get(i);
            } else {
                next = node.get(token);
            }
            if (next == null && node.isRef()) {
                // The pointer passes through a reference: continue where it points.
                TreeNode through = node.resolve();
                next = through == null ? null : through.get(token);
            }
            if (next == null) {
                return null;
            }
            node = next;
        }
        return node;
    }

    // ---- values -----------------------------------------------------------------------------------------

    /** The text of a string node, or null for any other kind of value. */
    @Override
    public String text() {
        return value.isTextual() ? value.textValue() : null;
    }

    /** The value as a message quotes it: a string's own text, anything else as JSON. */
    @Override
    public String written() {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean() || value.isNull() || value.isIntegralNumber()) {
            // As Jackson writes them, without starting its serializer for each value (rules quote whole enums).
            return value.asText();
        }
        return value.toString();
    }

    /** The text of member {@code name} when it is a string, else null. */
    @Override
    public String text(String name) {
        JsonNode child = value.isObject() ? value.get(name) : null;
        return child != null && child.isTextual() ? child.textValue() : null;
    }

    @Override
    public boolean isObject() {
        return value.isObject();
    }

    @Override
    public boolean isArray() {
        return value.isArray();
    }

    @Override
    public boolean isText() {
        return value.isTextual();
    }

    @Override
    public boolean isTrue(String name) {
        JsonNode child = value.isObject() ? value.get(name) : null;
        return child != null && child.isBoolean() && child.booleanValue();
    }

    @Override
    public boolean isNumber() {
        return value.isNumber();
    }

    @Override
    public boolean isIntegral() {
        return value.isIntegralNumber();
    }

    @Override
    public boolean isBoolean() {
        return value.isBoolean();
    }

    @Override
    public boolean isNull() {
        return value.isNull();
    }

    @Override
    public BigDecimal decimal() {
        if (!value.isNumber() || value.isDouble() && !Double.isFinite(value.doubleValue())
                || value.isFloat() && !Float.isFinite(value.floatValue())) {
            return null;
        }
        return value.decimalValue();
    }

    @Override
    public BigInteger integer() {
        return value.isIntegralNumber() ? value.bigIntegerValue() : null;
    }

    @Override
    public double doubleValue() {
        return value.isNumber() ? value.doubleValue() : Double.NaN;
    }

    @Override
    public Boolean bool() {
        return value.isBoolean() ? value.booleanValue() : null;
    }

    @Override
    public boolean sameContent(SpecNode other) {
        return other instanceof TreeNode tree && tree.value == value;
    }

    @Override
    public Object contentKey() {
        return new ContentKey(value);
    }

    /** Written content compared by identity: two equal-looking values written twice are two places. */
    private record ContentKey(JsonNode value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ContentKey key && key.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    @Override
    public String fileName() {
        return file().displayName();
    }

    @Override
    public int line() {
        return position().line();
    }

    @Override
    public int column() {
        return position().column();
    }

    // ---- address ----------------------------------------------------------------------------------------

    /** The RFC 6901 pointer of this node in its file. */
    @Override
    public String pointer() {
        if (parent == null) {
            return "";
        }
        int depth = 0;
        int length = 0;
        for (TreeNode node = this; node.parent != null; node = node.parent) {
            depth++;
            length += 1 + (node.key != null ? node.key.length() + 2 : 4);
        }
        // Built root first without recursion: findings on deep nodes of big specs call this a lot.
        TreeNode[] chain = new TreeNode[depth];
        TreeNode node = this;
        for (int i = depth - 1; i >= 0; i--) {
            chain[i] = node;
            node = node.parent;
        }
        StringBuilder pointer = new StringBuilder(length);
        for (TreeNode step : chain) {
            pointer.append('/');
            if (step.key != null) {
                JsonPointers.appendEscaped(pointer, step.key);
            } else {
                pointer.append(step.index);
            }
        }
        return pointer.toString();
    }

    /** Where this value starts. */
    public Position valuePosition() {
        if (parent == null) {
            return file().rootPosition();
        }
        Position position = null;
        if (key != null && parent.value instanceof PositionedObjectNode object) {
            position = object.valuePosition(key);
        } else if (parent.value instanceof PositionedArrayNode array) {
            position = array.position(index);
        }
        return position != null ? position : parent.valuePosition();
    }

    /**
     * Where this node is introduced: the key of an object member (the line a reader looks at for "this
     * operation", "this property"), else where the value starts.
     */
    public Position position() {
        if (key != null && parent != null && parent.value instanceof PositionedObjectNode object) {
            Position position = object.keyPosition(key);
            if (position != null) {
                return position;
            }
        }
        return valuePosition();
    }

    /** Same file, same written value, reached by the same path (compared without building pointers). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TreeNode other) || other.file() != file() || other.value != value || other.index != index
                || !java.util.Objects.equals(other.key, key)) {
            return false;
        }
        return parent == null ? other.parent == null : parent.equals(other.parent);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }

    @Override
    public String toString() {
        return file().displayName() + "#" + pointer();
    }
}
