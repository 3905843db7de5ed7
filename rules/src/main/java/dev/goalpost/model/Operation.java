package dev.goalpost.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One operation: a method on a path. Its node is the Operation Object after {@code $ref} (DigitalOcean writes
 * operations as bare references to other files), so findings land where the operation is written.
 */
public final class Operation {

    private final ApiDocument document;
    private final PathItem pathItem;
    private final String method;
    private final SpecNode declaration;
    private final SpecNode node;

    // Computed on first use and then shared: rules may ask from two threads at once, so each value is
    // published through a volatile field (at worst two threads compute the same immutable value).
    private volatile List<Parameter> parameters;
    private volatile Optional<RequestBody> requestBody;
    private volatile List<Response> responses;

    Operation(ApiDocument document, PathItem pathItem, String method, SpecNode declaration, SpecNode node) {
        this.document = document;
        this.pathItem = pathItem;
        this.method = method;
        this.declaration = declaration;
        this.node = node;
    }

    public ApiDocument document() {
        return document;
    }

    public PathItem pathItem() {
        return pathItem;
    }

    public String path() {
        return pathItem.path();
    }

    /** The method in lower case, as OpenAPI writes it ({@code get}, {@code post}, …). */
    public String method() {
        return method;
    }

    public boolean isMethod(String... methods) {
        for (String m : methods) {
            if (m.equalsIgnoreCase(method)) {
                return true;
            }
        }
        return false;
    }

    /** How messages name the operation: {@code GET /v1/orders}. */
    public String label() {
        return method.toUpperCase(Locale.ROOT) + " " + path();
    }

    /** The Operation Object, resolved. */
    public SpecNode node() {
        return node;
    }

    /** The member under the path item ({@code get: ...}), which may be a {@code $ref} to the operation. */
    public SpecNode declaration() {
        return declaration;
    }

    public String operationId() {
        return node.text("operationId");
    }

    public List<String> tags() {
        SpecNode tags = node.get("tags");
        if (tags == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (SpecNode tag : tags.elements()) {
            if (tag.isText()) {
                names.add(tag.text());
            }
        }
        return names;
    }

    public boolean deprecated() {
        return node.isTrue("deprecated");
    }

    /** An extension or other member written on the operation, or null. */
    public SpecNode get(String name) {
        return node.get(name);
    }

    /** True when the last segment of the path is a path parameter ({@code /orders/{id}}). */
    public boolean endsWithPathParameter() {
        String path = path();
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        String last = trimmed.substring(slash + 1);
        return last.startsWith("{") && last.endsWith("}");
    }

    /**
     * The parameters that apply: those of the path item and of the operation, the operation's winning when both
     * name the same parameter; each resolved. Swagger 2.0 body parameters are the {@link #requestBody()}.
     */
    public List<Parameter> parameters() {
        List<Parameter> list = parameters;
        if (list == null) {
            Map<String, Parameter> merged = new LinkedHashMap<>();
            addParameters(merged, pathItem.node().get("parameters"));
            addParameters(merged, node.get("parameters"));
            list = List.copyOf(merged.values());
            parameters = list;
        }
        return list;
    }

    private void addParameters(Map<String, Parameter> merged, SpecNode list) {
        if (list == null) {
            return;
        }
        for (SpecNode element : list.elements()) {
            SpecNode resolved = element.resolve();
            if (resolved == null || !resolved.isObject()) {
                continue;
            }
            Parameter parameter = new Parameter(resolved, document.version());
            if (document.version().isSwagger2() && parameter.isIn("body")) {
                continue;
            }
            String in = parameter.in() == null ? "" : parameter.in().toLowerCase(Locale.ROOT);
            String name = parameter.name() == null ? "" : parameter.name();
            merged.put(in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name), parameter);
        }
    }

    /** The parameter in {@code in} with that name (header names compared case-insensitively), or null. */
    public Parameter parameter(String in, String name) {
        for (Parameter parameter : parameters()) {
            if (parameter.isIn(in) && parameter.name() != null && (in.equalsIgnoreCase("header")
                    ? parameter.name().equalsIgnoreCase(name) : parameter.name().equals(name))) {
                return parameter;
            }
        }
        return null;
    }

    /** The request body, or null when the operation takes none. */
    public RequestBody requestBody() {
        Optional<RequestBody> body = requestBody;
        if (body == null) {
            body = Optional.ofNullable(document.version().isSwagger2() ? swagger2Body() : openApi3Body());
            requestBody = body;
        }
        return body.orElse(null);
    }

    private RequestBody openApi3Body() {
        SpecNode body = node.resolved("requestBody");
        if (body == null || !body.isObject()) {
            return null;
        }
        return new RequestBody(body, document.contentOf(body.get("content")));
    }

    private RequestBody swagger2Body() {
        for (SpecNode list : new SpecNode[] {node.get("parameters"), pathItem.node().get("parameters")}) {
            if (list == null) {
                continue;
            }
            for (SpecNode element : list.elements()) {
                SpecNode resolved = element.resolve();
                if (resolved != null && "body".equals(resolved.text("in"))) {
                    List<MediaType> media = new ArrayList<>();
                    for (String type : document.swagger2MediaTypes(node, "consumes")) {
                        media.add(new MediaType(type, resolved, resolved.get("schema"), null, document.version()));
                    }
                    return new RequestBody(resolved, media);
                }
            }
        }
        return null;
    }

    /** The responses in written order, each resolved. */
    public List<Response> responses() {
        List<Response> cached = responses;
        if (cached == null) {
            List<Response> list = new ArrayList<>();
            SpecNode declared = node.get("responses");
            if (declared != null) {
                declared.members().forEach((status, value) -> {
                    SpecNode resolved = value.resolve();
                    if (resolved != null && resolved.isObject() && !status.startsWith("x-")) {
                        list.add(document.response(status, resolved, node));
                    }
                });
            }
            cached = List.copyOf(list);
            responses = cached;
        }
        return cached;
    }

    /** The response for a status code as written ({@code "200"}), or null. */
    public Response response(String status) {
        for (Response response : responses()) {
            if (response.status().equals(status)) {
                return response;
            }
        }
        return null;
    }

    /**
     * The security requirements that apply: the operation's {@code security} when written, else the root's;
     * null when neither declares any.
     */
    public SpecNode security() {
        SpecNode own = node.get("security");
        return own != null ? own : document.root().get("security");
    }

    @Override
    public String toString() {
        return label();
    }
}
