package dev.goalpost.openapi;

import dev.goalpost.model.TreeNode;

/**
 * A requirement of the specification on one kind of object as a whole, which the shapes of its fields cannot say:
 * "{@code value} and {@code externalValue} are mutually exclusive", "a parameter MUST contain either a
 * {@code schema} or a {@code content}", "{@code style} for a path parameter is one of matrix, label, simple".
 * Checked by the structure check on every object of its type, where the object is written.
 */
@FunctionalInterface
public interface Constraint {

    /** Reports to {@code problems} what is wrong with {@code object} (an object node, never a {@code $ref}). */
    void check(TreeNode object, Problems problems);

    /** Where a constraint reports, and how messages name the object under check. */
    interface Problems {

        /** How messages name the object: "the parameter `limit`", "the `get` operation". */
        String subject();

        /** One problem at {@code at} (a member of the object, or the object itself). */
        void report(TreeNode at, String message);
    }
}
