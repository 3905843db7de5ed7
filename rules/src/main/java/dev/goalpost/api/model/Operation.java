package dev.goalpost.api.model;

import java.util.List;
import java.util.Locale;

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

    /** Last path segments that name a read: {@code POST /orders/search}, {@code POST /v1/orders:query}. */
    List<String> READ_SEGMENTS = List.of("get", "list", "search", "query", "lookup", "validate", "estimate", "preview",
            "count");

    /**
     * First words of an {@code operationId} or {@code summary} that name a read: {@code searchOrders}, "List…"; and
     * those that compute an answer without keeping anything: {@code checkNameAvailability}, "Calculate…".
     */
    List<String> READ_VERBS = List.of("get", "list", "search", "query", "retrieve", "fetch", "validate", "lookup",
            "check", "calculate", "compute", "evaluate", "find", "infer", "detect", "parse", "render");

    /**
     * Why this POST only reads although its method could change state, as a message can say it ("its path ends in
     * `/search`", "its operationId `listOrders` begins with `list`", "its summary begins with \"Retrieve\""); null
     * when it is not a POST or nothing says it only reads. The path is read first (a read segment at its end, or an
     * OData function called by its qualified name under {@code functions}), then the operationId, then the summary.
     */
    default String readOnlyReason() {
        if (!isMethod("post")) {
            return null;
        }
        String path = path();
        if (path != null) {
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
            String last = trimmed.substring(cut + 1).toLowerCase(Locale.ROOT);
            if (cut >= 0 && READ_SEGMENTS.contains(last)) {
                return "its path ends in `" + trimmed.substring(cut) + "`";
            }
            // OData calls a bound function by its namespace-qualified name: /workbook/functions/microsoft.graph.abs.
            String parent = cut > 0 ? trimmed.substring(0, cut) : "";
            if (last.indexOf('.') > 0 && !last.startsWith("{")
                    && parent.toLowerCase(Locale.ROOT).endsWith("/functions")) {
                return "its path calls the function `" + trimmed.substring(cut + 1) + "`";
            }
        }
        String id = operationId();
        String verb = leadingReadVerb(verbPart(id), false);
        if (verb != null) {
            return "its operationId `" + id + "` " + (id.startsWith(verb) ? "begins with" : "names the verb") + " `"
                    + verb + "`";
        }
        String summary = node().text("summary");
        verb = leadingReadVerb(summary == null ? null : summary.strip(), true);
        if (verb != null) {
            return "its summary begins with \"" + verb + "\"";
        }
        return null;
    }

    /**
     * Whether the operation may change state: a POST, PUT, PATCH or DELETE, except a POST that only reads (see
     * {@link #readOnlyReason()}).
     */
    default boolean changesState() {
        return isMethod("put", "patch", "delete") || isMethod("post") && readOnlyReason() == null;
    }

    /**
     * The read verb {@code text} begins with as a whole word ({@code listOrders}, {@code list_orders},
     * {@code List orders}, but not {@code listenTo} or {@code getaway}), as written; null when none.
     */
    private static String leadingReadVerb(String text, boolean thirdPerson) {
        if (text == null) {
            return null;
        }
        for (String verb : READ_VERBS) {
            // "Lists orders", "Searches", "Queries": summaries often say what the operation does in the third person;
            // an operationId that begins with "Lists" or "Queries" names a resource (Lists_Create).
            List<String> forms = !thirdPerson ? List.of(verb) : List.of(verb.endsWith("y")
                    ? verb.substring(0, verb.length() - 1) + "ies" : verb + "es", verb + "s", verb);
            for (String form : forms) {
                if (startsWithWord(text, form)) {
                    return text.substring(0, form.length());
                }
            }
        }
        return null;
    }

    /**
     * The part of an operationId that holds its verb: after the last {@code .} of a namespaced id
     * ({@code users.user.getMemberGroups}, as Microsoft Graph and Google write them), and after the {@code _} of
     * Azure's {@code Noun_Verb} convention ({@code QueryKeys_Create} creates, {@code BackupStatus_Get} reads); else
     * all of it.
     */
    private static String verbPart(String operationId) {
        if (operationId == null) {
            return null;
        }
        String last = operationId.substring(operationId.lastIndexOf('.') + 1);
        int underscore = last.indexOf('_');
        return underscore > 0 && Character.isUpperCase(last.charAt(0)) && underscore + 1 < last.length()
                && Character.isUpperCase(last.charAt(underscore + 1)) ? last.substring(underscore + 1) : last;
    }

    private static boolean startsWithWord(String text, String word) {
        if (!text.regionMatches(true, 0, word, 0, word.length())) {
            return false;
        }
        if (text.length() == word.length()) {
            return true;
        }
        char next = text.charAt(word.length());
        return Character.isUpperCase(next) && !Character.isUpperCase(text.charAt(word.length() - 1))
                || next == '_' || next == '-' || next == ' ' || next == '.' || Character.isDigit(next);
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
