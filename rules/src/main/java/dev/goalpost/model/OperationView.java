package dev.goalpost.model;

import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.RequestBody;
import dev.goalpost.api.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One operation. Its node is the Operation Object after {@code $ref} (DigitalOcean writes operations as bare
 * references to other files), so findings land where the operation is written.
 */
final class OperationView implements Operation {

    private final IndexedDocument document;
    private final PathItemView pathItem;
    private final String method;
    private final TreeNode declaration;
    private final TreeNode node;

    // Computed on first use and then shared: rules may ask from two threads at once, so each value is
    // published through a volatile field (at worst two threads compute the same immutable value).
    private volatile List<Parameter> parameters;
    private volatile Optional<RequestBody> requestBody;
    private volatile List<Response> responses;

    OperationView(IndexedDocument document, PathItemView pathItem, String method, TreeNode declaration,
            TreeNode node) {
        this.document = document;
        this.pathItem = pathItem;
        this.method = method;
        this.declaration = declaration;
        this.node = node;
    }

    @Override
    public IndexedDocument document() {
        return document;
    }

    @Override
    public PathItemView pathItem() {
        return pathItem;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String label() {
        String verb = method.toUpperCase(Locale.ROOT);
        return switch (pathItem.kind()) {
            case PATH -> verb + " " + path();
            case WEBHOOK -> verb + " webhook " + path();
            case CALLBACK -> verb + " callback " + path();
        };
    }

    @Override
    public TreeNode node() {
        return node;
    }

    @Override
    public TreeNode declaration() {
        return declaration;
    }

    @Override
    public TreeNode get(String name) {
        return node.get(name);
    }

    @Override
    public List<String> tags() {
        TreeNode tags = node.get("tags");
        if (tags == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (TreeNode tag : tags.elements()) {
            if (tag.isText()) {
                names.add(tag.text());
            }
        }
        return names;
    }

    @Override
    public boolean endsWithPathParameter() {
        String path = path();
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        String last = trimmed.substring(slash + 1);
        return last.startsWith("{") && last.endsWith("}");
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> list = parameters;
        if (list == null) {
            Map<String, Parameter> merged = new LinkedHashMap<>();
            for (Parameter parameter : pathItem.parameters()) {
                merged.put(key(parameter), parameter);
            }
            for (Parameter parameter : document.parametersOf(node.get("parameters"))) {
                merged.put(key(parameter), parameter);
            }
            list = List.copyOf(merged.values());
            parameters = list;
        }
        return list;
    }

    /** A parameter is identified by its location and name (header names in any case). */
    private static String key(Parameter parameter) {
        String in = parameter.in() == null ? "" : parameter.in().toLowerCase(Locale.ROOT);
        String name = parameter.name() == null ? "" : parameter.name();
        return in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
    }

    @Override
    public RequestBody requestBody() {
        Optional<RequestBody> body = requestBody;
        if (body == null) {
            body = Optional.ofNullable(document.version().isSwagger2() ? swagger2Body() : openApi3Body());
            requestBody = body;
        }
        return body.orElse(null);
    }

    private RequestBody openApi3Body() {
        TreeNode declared = node.get("requestBody");
        TreeNode body = declared == null ? null : declared.resolve();
        if (body == null || !body.isObject()) {
            return null;
        }
        return new RequestBodyView(declared, body, document.contentOf(body.get("content"), Example.Direction.REQUEST));
    }

    private RequestBody swagger2Body() {
        for (TreeNode list : new TreeNode[] {node.get("parameters"), pathItem.node().get("parameters")}) {
            if (list == null) {
                continue;
            }
            for (TreeNode element : list.elements()) {
                TreeNode resolved = element.resolve();
                if (resolved != null && "body".equals(resolved.text("in"))) {
                    List<MediaType> media = new ArrayList<>();
                    for (String type : document.swagger2MediaTypes(node, "consumes")) {
                        media.add(new MediaTypeView(type, element, resolved, resolved.get("schema"), null,
                                document.version(), Example.Direction.REQUEST));
                    }
                    return new RequestBodyView(element, resolved, media);
                }
            }
        }
        return null;
    }

    @Override
    public List<Response> responses() {
        List<Response> cached = responses;
        if (cached == null) {
            List<Response> list = new ArrayList<>();
            TreeNode declared = node.get("responses");
            if (declared != null) {
                declared.members().forEach((status, value) -> {
                    TreeNode resolved = value.resolve();
                    if (resolved != null && resolved.isObject() && !status.startsWith("x-")) {
                        list.add(document.response(status, value, resolved, node));
                    }
                });
            }
            cached = List.copyOf(list);
            responses = cached;
        }
        return cached;
    }

    @Override
    public List<MediaType> mediaTypes() {
        List<MediaType> media = new ArrayList<>();
        RequestBody body = requestBody();
        if (body != null) {
            media.addAll(body.mediaTypes());
        }
        for (Response response : responses()) {
            media.addAll(response.mediaTypes());
        }
        return media;
    }

    @Override
    public TreeNode security() {
        TreeNode own = node.get("security");
        return own != null ? own : document.root().get("security");
    }

    @Override
    public TreeNode nearest(String name) {
        TreeNode own = node.get(name);
        return own != null ? own : pathItem.nearest(name);
    }

    @Override
    public String toString() {
        return label();
    }
}
