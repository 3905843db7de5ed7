package dev.goalpost.api.model;

import java.util.List;

/** A Path Item (after {@code $ref}) and the operations written on it. */
public interface PathItem extends SpecElement {

    /** The HTTP methods OpenAPI names as fixed fields of a Path Item, in the order the spec lists them. */
    List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

    /** The path template ({@code /orders/{id}}); for a webhook, its name; for a callback, its expression. */
    String path();

    /** Where the path item sits: under {@code paths}, {@code webhooks} or an operation's {@code callbacks}. */
    Operation.Kind kind();

    List<Operation> operations();

    /** For a callback's path item, the operation whose {@code callbacks} declare it; null otherwise. */
    default Operation parent() {
        return null;
    }

    /** The parameters written on the path item itself, each resolved, in written order. */
    List<Parameter> parameters();

    /**
     * The nearest declaration of {@code name} for this path item: its own, else the document's (root, then
     * {@code info}); null when none.
     */
    SpecNode nearest(String name);
}
