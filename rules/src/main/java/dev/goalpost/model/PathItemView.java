package dev.goalpost.model;

import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.SpecVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A Path Item where it is written, and the operations on it in the order the specification lists methods. */
final class PathItemView implements PathItem {

    private final IndexedDocument document;
    private final String path;
    private final Operation.Kind kind;
    private final TreeNode declaration;
    private final TreeNode node;
    private final Operation parent;
    private final List<Operation> operations = new ArrayList<>();
    private volatile List<Parameter> parameters;

    PathItemView(IndexedDocument document, String path, Operation.Kind kind, TreeNode declaration, TreeNode node,
            Operation parent) {
        this.document = document;
        this.parent = parent;
        this.path = path;
        this.kind = kind;
        this.declaration = declaration;
        this.node = node;
        for (String method : METHODS) {
            if (!method.equals("query") || document.version() == SpecVersion.OPENAPI_3_2) {
                add(method, node.get(method));
            }
        }
        TreeNode additional = node.get("additionalOperations");
        if (additional != null && document.version() == SpecVersion.OPENAPI_3_2) {
            additional.members().forEach((method, operation) -> add(method.toLowerCase(Locale.ROOT), operation));
        }
    }

    private void add(String method, TreeNode declared) {
        if (declared == null) {
            return;
        }
        TreeNode resolved = declared.resolve();
        if (resolved != null && resolved.isObject()) {
            operations.add(new OperationView(document, this, method, declared, resolved));
        }
    }

    IndexedDocument document() {
        return document;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Operation.Kind kind() {
        return kind;
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
    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }

    @Override
    public Operation parent() {
        return parent;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> list = parameters;
        if (list == null) {
            list = List.copyOf(document.parametersOf(node.get("parameters")));
            parameters = list;
        }
        return list;
    }

    @Override
    public TreeNode nearest(String name) {
        TreeNode own = node.get(name);
        return own != null ? own : document.extension(name);
    }

    @Override
    public String toString() {
        return path;
    }
}
