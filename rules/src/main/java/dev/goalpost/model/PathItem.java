package dev.goalpost.model;

import java.util.ArrayList;
import java.util.List;

/** A Path Item (after {@code $ref}) and the operations written on it. */
public final class PathItem {

    /** The HTTP methods OpenAPI names as fixed fields of a Path Item, in the order the spec lists them. */
    public static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

    private final String path;
    private final SpecNode declaration;
    private final SpecNode node;
    private final List<Operation> operations = new ArrayList<>();

    PathItem(String path, SpecNode declaration, SpecNode node) {
        this.path = path;
        this.declaration = declaration;
        this.node = node;
    }

    public String path() {
        return path;
    }

    /** The member under {@code paths}, which may be a {@code $ref}. */
    public SpecNode declaration() {
        return declaration;
    }

    /** The Path Item Object, resolved. */
    public SpecNode node() {
        return node;
    }

    public List<Operation> operations() {
        return operations;
    }

    void add(Operation operation) {
        operations.add(operation);
    }
}
