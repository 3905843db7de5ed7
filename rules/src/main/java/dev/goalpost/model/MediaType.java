package dev.goalpost.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One media type of a request body or response. In Swagger 2.0, where media types are listed in
 * {@code consumes}/{@code produces}, {@link #node()} is the body parameter or the response, and the example is
 * the response's {@code examples} entry for this media type.
 *
 * @param name the media type, such as {@code application/json}
 * @param node the Media Type Object (3.x) or the object carrying the schema (2.0)
 * @param schemaNode the {@code schema} member as written (may be a {@code $ref}), or null
 * @param exampleNode the example for this media type in 2.0, or null
 */
public record MediaType(String name, SpecNode node, SpecNode schemaNode, SpecNode exampleNode, SpecVersion version) {

    /** The schema of this media type, resolved; null when there is none. */
    public Schema schema() {
        return Schema.of(schemaNode);
    }

    /** JSON and JSON-based types: {@code application/json}, {@code application/problem+json}, … */
    public boolean isJson() {
        String base = name.toLowerCase();
        int semicolon = base.indexOf(';');
        if (semicolon >= 0) {
            base = base.substring(0, semicolon).strip();
        }
        return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*")
                || base.equals("application/*") || base.equals("text/json");
    }

    /** The single {@code example} of this media type, or null. */
    public SpecNode example() {
        return version.isSwagger2() ? exampleNode : node.get("example");
    }

    /** The named Example Objects of this media type (resolved), empty when there are none. */
    public Map<String, SpecNode> examples() {
        if (version.isSwagger2()) {
            return Map.of();
        }
        SpecNode examples = node.get("examples");
        if (examples == null || !examples.isObject()) {
            return Map.of();
        }
        Map<String, SpecNode> result = new LinkedHashMap<>();
        examples.members().forEach((name, example) -> result.put(name, example.resolveOrSelf()));
        return result;
    }

    public boolean hasExample() {
        return example() != null || !examples().isEmpty();
    }
}
