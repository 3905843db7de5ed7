package dev.goalpost.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.model.TreeNode;

/**
 * What a Spectral function judges: a value (a key's text for {@code ~} and {@code @key}, else the document's
 * value, or {@link Js#UNDEFINED} when a {@code field} is absent) and where a finding about it points.
 *
 * @param value the value as JavaScript sees it (see {@link Js})
 * @param node the node holding the value, or null for a key or an absent field
 * @param at where a finding points: the node, the member whose key it is, or the nearest existing ancestor
 * @param property the last segment of the path the value was looked up at (Spectral's {@code {{property}}})
 */
record Target(Object value, PathNode node, TreeNode at, String property) {

    /** The value as JSON, for functions that compare or validate it; null for undefined. */
    JsonNode json() {
        if (node != null) {
            return node.tree().value();
        }
        if (value instanceof String text) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        }
        return null;
    }

    boolean isUndefined() {
        return value == Js.UNDEFINED;
    }
}
