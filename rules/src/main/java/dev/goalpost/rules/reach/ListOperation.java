package dev.goalpost.rules.reach;

import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the reach rules call a list operation, and the pagination vocabulary they share: a GET on a collection path
 * (not a webhook or callback; its path does not end in a path parameter) whose 200 JSON response is an array, or an
 * object whose items array is its main content. See {@link #collection(Schema, String)} for which arrays are.
 */
final class ListOperation {

    /**
     * The names, then those real APIs use (Bitbucket, Google, SCIM, JSON:API, OData, OSIsoft, DataTables,
     * Kinto), in order of preference, so that {@code pagesize} wins over Stack Exchange's {@code max}, a filter.
     */
    static final List<String> PAGE_SIZE_NAMES = List.of("limit", "page_size", "pageSize", "per_page", "perPage",
            "size", "page[size]", "page[limit]", "max_results", "maxResults", "top", "$top", "first", "max-results",
            "pagelen", "count", "maxCount", "max_count", "length", "_limit", "max");
    /** The names, then those real APIs use (Kubernetes, Azure DevOps, AWS, Google, SCIM, Box, OData). */
    static final List<String> POSITION_NAMES = List.of("cursor", "page_token", "pageToken", "after", "before",
            "starting_after", "ending_before", "page", "offset", "skip", "$skip", "$skiptoken", "page[after]",
            "page[before]", "page[cursor]", "page[number]", "page[offset]", "continuation_token", "marker",
            "continue", "continuationToken", "pageNumber", "page_number", "next_token", "nextToken", "next-token",
            "startIndex", "start_index", "stream_position", "sync_token", "syncToken", "currentPage", "current_page",
            "pageIndex", "page_index", "_token");

    /** Names of the array that holds a collection, whatever the collection is (normalized, see {@link #words}). */
    private static final Set<String> COLLECTION_NAMES = Set.of("data", "items", "results", "entries", "records",
            "values", "value", "elements", "list", "collection", "hits", "resources", "objects", "rows", "nodes",
            "edges", "content", "contents");

    /** Envelopes that may hold the collection one level down ({@code {data: {items: [...]}}}). */
    private static final Set<String> ENVELOPE_NAMES = Set.of("data", "result", "response", "payload", "body",
            "embedded");

    /**
     * Envelope and paging fields that sit beside a collection without making the object a resource of its own
     * (normalized). More than {@link #MAX_OWN_FIELDS} other fields make the object one resource holding an array.
     */
    private static final Set<String> METADATA_NAMES = Set.of("count", "total", "totalcount", "totalresults",
            "totalitems", "totalsize", "totalrecords", "resultcount", "numresults", "size", "length", "limit",
            "offset", "page", "pages", "pagesize", "perpage", "pagenumber", "pagecount", "totalpages", "hasmore",
            "more", "cursor", "links", "link", "meta", "metadata", "pagination", "paging", "status", "success", "ok",
            "message", "errors", "error", "kind", "apiversion", "object", "url", "type", "self", "href",
            "requestid", "warnings", "done", "iterator", "sum");

    /** Words that make a field paging or envelope metadata ({@code nextUri}, {@code totalSetSize}, …). */
    private static final List<String> METADATA_WORDS = List.of("total", "count", "page", "next", "prev", "offset",
            "limit", "cursor", "position", "link", "uri", "url", "href", "token", "marker", "size", "meta", "error",
            "warning");

    private static final int MAX_OWN_FIELDS = 4;

    /** Arrays beside the content: hypermedia links, errors and warnings (normalized). */
    private static final Set<String> NOT_CONTENT = Set.of("links", "link", "errors", "warnings", "messages");

    private ListOperation() {}

    /** The 200 JSON schema of a list operation, resolved; null when the operation is no list operation. */
    static Schema body(Operation operation) {
        if (operation.kind() != Operation.Kind.PATH || !operation.isMethod("get")
                || operation.endsWithPathParameter()) {
            return null;
        }
        Response ok = operation.response("200");
        MediaType json = ok == null ? null : ok.json();
        Schema schema = json == null ? null : json.schema();
        if (schema == null) {
            return null;
        }
        if (schema.isArray()) {
            return atMostOne(schema) ? null : schema;
        }
        String plural = lastStaticSegment(operation.path());
        if (schema.isObject() && collection(schema, plural) != null) {
            return schema;
        }
        return null;
    }

    static boolean is(Operation operation) {
        return body(operation) != null;
    }

    /**
     * The name of the property holding the collection in an object response, or null when the object is one
     * resource: an array named like a collection ({@code data}, {@code items}, {@code results}, {@code entries}, …)
     * or like the path's last segment ({@code installations} for {@code /user/installations}) whose items are not
     * plain values or arrays, beside at most {@value #MAX_OWN_FIELDS} fields of the object's own; else the only
     * array, when it holds objects and every other field is paging or envelope metadata ({@code total_count},
     * {@code links}, {@code kind}, …). An object with an array beside fields of its own is one resource. Arrays of
     * links, errors or warnings and arrays of at most one item are no collection. One envelope ({@code data},
     * {@code result}, …) is looked through for an array named like a collection ({@code {data: {items: [...]}}}).
     */
    static String collection(Schema object, String plural) {
        String found = collectionHere(object.allProperties(), plural, false);
        if (found != null) {
            return found;
        }
        for (Map.Entry<String, Schema> property : object.allProperties().entrySet()) {
            Schema value = property.getValue();
            if (ENVELOPE_NAMES.contains(words(property.getKey())) && !value.isArray() && value.isObject()) {
                String inner = collectionHere(value.allProperties(), plural, true);
                if (inner != null) {
                    return property.getKey() + "." + inner;
                }
            }
        }
        return null;
    }

    /** The collection among these fields; in an envelope ({@code inEnvelope}) only an array named like one. */
    private static String collectionHere(Map<String, Schema> properties, String plural, boolean inEnvelope) {
        List<String> arrays = new ArrayList<>();
        String named = null;
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            String name = words(property.getKey());
            Schema value = property.getValue();
            if (value.isArray() && !NOT_CONTENT.contains(name) && !atMostOne(value)) {
                arrays.add(property.getKey());
                if (named == null && (COLLECTION_NAMES.contains(name) || plural != null && pluralOf(name, plural))
                        && !holdsValues(value)) {
                    named = property.getKey();
                }
            }
        }
        String main = named != null ? named : arrays.size() == 1 && !inEnvelope ? arrays.get(0) : null;
        if (main == null || properties.size() == 1) {
            return main;
        }
        if (named == null && (!holdsObjects(properties.get(main)) || metadata(words(main)))) {
            return null; // language_counts beside totals is a breakdown of one resource, not its content
        }
        long own = properties.entrySet().stream().filter(property -> !arrays.contains(property.getKey()))
                .filter(property -> !metadata(words(property.getKey()))).count();
        return own <= (named != null ? MAX_OWN_FIELDS : 0) ? main : null;
    }

    /** Whether a field (normalized name) is paging or envelope metadata rather than the resource's own. */
    private static boolean metadata(String name) {
        return METADATA_NAMES.contains(name) || METADATA_WORDS.stream().anyMatch(name::contains);
    }

    /** Whether a name is the plural of the path's last segment ({@code /user/installations}, {@code /repo}). */
    private static boolean pluralOf(String name, String segment) {
        return name.endsWith("s") && (name.equals(segment) || name.equals(segment + "s")
                || name.length() >= 5 && segment.endsWith(name)
                || name.equals(segment + "es") || segment.endsWith("y")
                        && name.equals(segment.substring(0, segment.length() - 1) + "ies"));
    }

    /** Whether an array's items are objects, looking through {@code allOf} for where {@code items} is written. */
    private static boolean holdsObjects(Schema array) {
        boolean[] objects = {false};
        array.forEachInAllOf(part -> {
            Schema items = part.items();
            objects[0] |= items != null && items.isObject();
        });
        return objects[0];
    }

    /**
     * Whether an array's items are plain values or arrays ({@code keys: [string]}, a byte array, a table's rows):
     * a property bag or a value of one resource, not a collection of resources.
     */
    private static boolean holdsValues(Schema array) {
        boolean[] values = {false};
        array.forEachInAllOf(part -> {
            Schema items = part.items();
            values[0] |= items != null && !items.types().isEmpty() && !items.hasType("object")
                    && !items.isObject();
        });
        return values[0];
    }

    /** An array that holds at most one item ({@code maxItems: 1}): one resource in an envelope, not a list. */
    private static boolean atMostOne(Schema array) {
        boolean[] single = {false};
        array.forEachInAllOf(part -> {
            SpecNode max = part.get("maxItems");
            single[0] |= max != null && max.isNumber() && max.doubleValue() <= 1;
        });
        return single[0];
    }

    /** The path's last segment that is not a parameter, normalized; null for {@code /}. */
    static String lastStaticSegment(String path) {
        String[] segments = path == null ? new String[0] : path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                int dot = segment.indexOf('.');
                return words(dot > 0 ? segment.substring(0, dot) : segment);
            }
        }
        return null;
    }

    /** A name in lower case without separators: {@code next_page_token}, {@code nextPageToken} → nextpagetoken. */
    static String words(String name) {
        StringBuilder letters = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /**
     * The page-size query parameter: the one named by the earliest of {@code names} (compared in any case); a
     * boolean is never a page size.
     */
    static Parameter pageSize(Operation operation, List<String> names) {
        return named(operation, names, "query");
    }

    /** The position parameter (query or header), by the earliest of {@code names}, or null. */
    static Parameter position(Operation operation, List<String> names) {
        return named(operation, names, "query", "header");
    }

    private static Parameter named(Operation operation, List<String> names, String... locations) {
        for (String name : names) {
            for (Parameter parameter : operation.parameters()) {
                if (name.equalsIgnoreCase(parameter.name()) && List.of(locations).stream().anyMatch(parameter::isIn)
                        && !isBoolean(parameter)) {
                    return parameter;
                }
            }
        }
        return null;
    }

    /** Whether a list takes a page-size or a position parameter: it is paginated. */
    static boolean paginated(Operation operation, List<String> pageSizeNames, List<String> positionNames) {
        return pageSize(operation, pageSizeNames) != null || position(operation, positionNames) != null;
    }

    private static boolean isBoolean(Parameter parameter) {
        Schema schema = parameter.schema();
        return schema != null && schema.hasType("boolean") && schema.types().size() == 1;
    }
}
