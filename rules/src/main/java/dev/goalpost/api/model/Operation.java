package dev.goalpost.api.model;

import java.util.List;

/**
 * One operation: a method on a path, a webhook or a callback. Its node is the Operation Object after {@code $ref},
 * so findings land where the operation is written.
 */
public interface Operation extends SpecElement {

    /** Where an operation is declared. */
    enum Kind { PATH, WEBHOOK, CALLBACK }

    ApiDocument document();

    PathItem pathItem();

    default Kind kind() {
        return pathItem().kind();
    }

    /** For a callback's operation, the operation whose {@code callbacks} declare it; null otherwise. */
    default Operation parent() {
        return pathItem().parent();
    }

    /** The path template of the operation's path item (a webhook's name, a callback's expression). */
    default String path() {
        return pathItem().path();
    }

    /** The method in lower case, as OpenAPI writes it ({@code get}, {@code post}, …). */
    String method();

    /** Whether the method is one of {@code methods} (any case). */
    default boolean isMethod(String... methods) {
        for (String m : methods) {
            if (m.equalsIgnoreCase(method())) {
                return true;
            }
        }
        return false;
    }

    /** How messages name the operation: {@code GET /v1/orders}, {@code POST webhook orderCreated}. */
    String label();

    /** The {@code operationId} when it is a string, else null. */
    default String operationId() {
        return node().text("operationId");
    }

    /** The tag names, in written order. */
    List<String> tags();

    default boolean deprecated() {
        return node().isTrue("deprecated");
    }

    /** True when the last segment of the path is a path parameter ({@code /orders/{id}}). */
    boolean endsWithPathParameter();

    /**
     * The parameters that apply: those of the path item and of the operation, the operation's winning when both
     * name the same parameter; each resolved. Swagger 2.0 body parameters are the {@link #requestBody()}.
     */
    List<Parameter> parameters();

    /** The parameter in {@code in} with that name (header names compared case-insensitively), or null. */
    default Parameter parameter(String in, String name) {
        for (Parameter parameter : parameters()) {
            if (parameter.isIn(in) && parameter.name() != null && (in.equalsIgnoreCase("header")
                    ? parameter.name().equalsIgnoreCase(name) : parameter.name().equals(name))) {
                return parameter;
            }
        }
        return null;
    }

    /** The request body, or null when the operation takes none. */
    RequestBody requestBody();

    /** The responses in written order, each resolved. */
    List<Response> responses();

    /** The response for a status code as written ({@code "200"}), or null. */
    default Response response(String status) {
        for (Response response : responses()) {
            if (response.status().equals(status)) {
                return response;
            }
        }
        return null;
    }

    /** The media types of the request body, then of each response, in written order. */
    List<MediaType> mediaTypes();

    /**
     * The security requirements that apply: the operation's {@code security} when written, else the root's; null
     * when neither declares any.
     */
    SpecNode security();

    /**
     * The nearest declaration of {@code name} (an extension such as {@code x-lifecycle}) for this operation: its
     * own, else its path item's, else the document's (root, then {@code info}); null when none declares it.
     */
    SpecNode nearest(String name);
}
