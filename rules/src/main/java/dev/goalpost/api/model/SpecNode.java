package dev.goalpost.api.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A value of a spec together with where it is written: its file, its JSON pointer in that file, and its line and
 * column. Navigating from a node to a child keeps the address; {@link #resolve()} follows {@code $ref} to the node
 * where the referenced content is written, so findings land there. Values are read through typed accessors; a rule
 * never sees the parser's tree.
 */
public interface SpecNode {

    // ---- navigation -------------------------------------------------------------------------------------

    /** The member {@code name} of this object, or null when absent (or when this is not an object). */
    SpecNode get(String name);

    /** Element {@code index} of this array, or null. */
    SpecNode get(int index);

    /** Follows a path of member names; null as soon as one is missing. */
    default SpecNode path(String... names) {
        SpecNode node = this;
        for (String name : names) {
            node = node.get(name);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** Like {@link #get(String)} but resolves the member when it is a {@code $ref}. */
    default SpecNode resolved(String name) {
        SpecNode child = get(name);
        return child == null ? null : child.resolve();
    }

    /** The elements of this array (empty when this is not an array). */
    List<? extends SpecNode> elements();

    /** The members of this object in written order (empty when this is not an object). */
    Map<String, ? extends SpecNode> members();

    /** Member names in written order (empty when this is not an object); the list cannot be changed. */
    List<String> keys();

    /** Whether this is an object with a member {@code name}. */
    boolean has(String name);

    /** The object or array this node sits in, in the same file; null for the root of a file. */
    SpecNode parent();

    /** The member name under which this node sits in its parent object, or null. */
    String key();

    /** The index of this node in its parent array, or -1. */
    int index();

    // ---- references -------------------------------------------------------------------------------------

    /** True when this node is an object with a string {@code $ref}. */
    boolean isRef();

    /** The {@code $ref} text of this node, or null. */
    String ref();

    /**
     * The node this one stands for: itself when it is not a reference, else the end of its {@code $ref} chain,
     * addressed where that content is written. Null when the chain leads nowhere (a load problem says why).
     */
    SpecNode resolve();

    /** Like {@link #resolve()} but returns this node (unresolved) when the chain leads nowhere. */
    default SpecNode resolveOrSelf() {
        SpecNode resolved = resolve();
        return resolved == null ? this : resolved;
    }

    /** Whether both nodes stand for the same written content (one value in one file), however each was reached. */
    boolean sameContent(SpecNode other);

    /**
     * A key for sets and maps that is equal for nodes standing for the same written content (see
     * {@link #sameContent}), so content shared through {@code $ref} is counted once.
     */
    Object contentKey();

    // ---- values -----------------------------------------------------------------------------------------

    boolean isObject();

    boolean isArray();

    boolean isText();

    /** Any number, integral or not (YAML's {@code .inf} and {@code .nan} included). */
    boolean isNumber();

    /** An integral number, of any size. */
    boolean isIntegral();

    boolean isBoolean();

    /** An explicit {@code null} (YAML {@code ~}, {@code null} or nothing after the colon). */
    boolean isNull();

    /** The text of a string node, or null for any other kind of value. */
    String text();

    /** The text of member {@code name} when it is a string, else null. */
    default String text(String name) {
        SpecNode child = get(name);
        return child == null ? null : child.text();
    }

    /** A finite number's value, exactly as written; null for anything else (including {@code .inf}, {@code .nan}). */
    BigDecimal decimal();

    /** An integral number's value; null for anything else. */
    BigInteger integer();

    /** A number as a double ({@code NaN} when this is not a number; may be infinite). */
    double doubleValue();

    /** A boolean's value; null for anything else. */
    Boolean bool();

    /** Whether member {@code name} is the boolean {@code true}. */
    default boolean isTrue(String name) {
        SpecNode child = get(name);
        return child != null && Boolean.TRUE.equals(child.bool());
    }

    /** The value as a message quotes it: a string's own text, anything else as JSON. */
    String written();

    // ---- address ----------------------------------------------------------------------------------------

    /** The file as reports name it (a path relative to the working directory, or a URL). */
    String fileName();

    /** The RFC 6901 pointer of this node in its file. */
    String pointer();

    /** The line where this node is introduced: its key when it is an object member, else where its value starts. */
    int line();

    /** The column where this node is introduced (see {@link #line()}), in UTF-16 code units. */
    int column();
}
