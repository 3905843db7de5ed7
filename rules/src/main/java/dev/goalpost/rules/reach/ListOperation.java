package dev.goalpost.rules.reach;

import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import java.util.List;
import java.util.Map;

/**
 * What the reach rules call a list operation: a GET on a collection (its path does not end in a path parameter)
 * whose 200 JSON response is an array, or an object wrapping one ({@code allOf} merged): a top-level array of
 * objects other than hypermedia {@code links}, or an array that is its only property. Arrays of strings beside
 * other fields ({@code GET /me} with {@code emails}) or of links do not make a single resource a list.
 */
final class ListOperation {

    static final List<String> PAGE_SIZE_NAMES = List.of("limit", "page_size", "pageSize", "per_page", "perPage",
            "size", "page[size]", "max_results", "maxResults", "top", "$top", "first", "max-results", "pagelen");
    /** The names, then those real APIs use (Kubernetes, Azure DevOps, AWS, Google, Bitbucket). */
    static final List<String> POSITION_NAMES = List.of("cursor", "page_token", "pageToken", "after", "before",
            "starting_after", "ending_before", "page", "offset", "skip", "$skip", "page[after]", "page[number]",
            "continuation_token", "marker", "continue", "continuationToken", "pageNumber", "page_number",
            "next_token", "nextToken", "next-token");

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
            return schema;
        }
        if (schema.isObject() && wrapsCollection(schema.allProperties())) {
            return schema;
        }
        return null;
    }

    private static boolean wrapsCollection(Map<String, Schema> properties) {
        if (properties.size() == 1 && properties.values().iterator().next().isArray()) {
            return true;
        }
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            String name = property.getKey();
            if (property.getValue().isArray() && !name.equalsIgnoreCase("links") && !name.equalsIgnoreCase("_links")
                    && holdsObjects(property.getValue())) {
                return true;
            }
        }
        return false;
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

    static boolean is(Operation operation) {
        return body(operation) != null;
    }

    /** The first parameter in one of {@code locations} whose name is among {@code names} (any case), or null. */
    static Parameter parameter(Operation operation, List<String> names, String... locations) {
        for (Parameter parameter : operation.parameters()) {
            if (parameter.name() == null) {
                continue;
            }
            for (String location : locations) {
                if (parameter.isIn(location) && names.stream().anyMatch(parameter.name()::equalsIgnoreCase)) {
                    return parameter;
                }
            }
        }
        return null;
    }
}
