package dev.goalpost.rules.core;

import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.SchemaRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.text.DidYouMean;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Schema Object holds only keywords its version's schema defines, and the constraints it writes can be met: enum
 * values of its type and each once, required properties it declares, lower bounds not above upper bounds.
 */
@RuleInfo(id = "core/schema-keywords", severity = Severity.WARNING,
        summary = "Schemas use only keywords of their OpenAPI version, and their enum, required and bounds can be met.")
public final class SchemaKeywords implements SchemaRule {

    /** Swagger 2.0: a subset of JSON Schema draft 4 with a few fields of its own. */
    static final Set<String> SWAGGER_2 = Set.of("$ref", "format", "title", "description", "default", "multipleOf",
            "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
            "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "enum", "type",
            "items", "allOf", "properties", "additionalProperties", "discriminator", "readOnly", "xml",
            "externalDocs", "example");

    /** OpenAPI 3.0: an extended subset of JSON Schema Wright draft 00. */
    static final Set<String> OPENAPI_3_0 = Set.of("$ref", "title", "multipleOf", "maximum", "exclusiveMaximum",
            "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
            "maxProperties", "minProperties", "required", "enum", "type", "allOf", "oneOf", "anyOf", "not", "items",
            "properties", "additionalProperties", "description", "format", "default", "nullable", "discriminator",
            "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated");

    /** OpenAPI 3.1 and 3.2: the JSON Schema 2020-12 vocabularies and the OpenAPI one. */
    static final Set<String> JSON_SCHEMA_2020 = Set.of("$schema", "$id", "$ref", "$anchor", "$dynamicRef",
            "$dynamicAnchor", "$vocabulary", "$comment", "$defs", "allOf", "anyOf", "oneOf", "not", "if", "then",
            "else", "dependentSchemas", "prefixItems", "items", "contains", "properties", "patternProperties",
            "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "type", "const",
            "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
            "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired", "title", "description", "default",
            "deprecated", "readOnly", "writeOnly", "examples", "format", "contentEncoding", "contentMediaType",
            "contentSchema", "discriminator", "xml", "externalDocs", "example");

    /** Lower and upper bounds that contradict each other when the lower one is the greater. */
    private static final List<String[]> BOUNDS = List.of(new String[] {"minimum", "maximum"},
            new String[] {"minLength", "maxLength"}, new String[] {"minItems", "maxItems"},
            new String[] {"minProperties", "maxProperties"}, new String[] {"minContains", "maxContains"});

    /** Keywords whose value is one schema, which may be a bare reference. */
    private static final List<String> SCHEMA_VALUED = List.of("items", "not", "additionalProperties");
    /** Keywords whose value holds schemas (a map or a list of them), each of which may be a bare reference. */
    private static final List<String> SCHEMAS_VALUED = List.of("properties", "allOf", "anyOf", "oneOf");
    /** Keywords that combine schemas. */
    private static final List<String> COMPOSITIONS = List.of("allOf", "anyOf", "oneOf");

    /** Keywords that let an object hold properties that {@code properties} does not name. */
    private static final List<String> OPEN_OBJECT = List.of("patternProperties", "allOf", "anyOf", "oneOf", "not",
            "if", "then", "else", "dependentSchemas", "$ref", "$dynamicRef", "discriminator");

    @Override
    public void check(Schema schema, RuleContext context) {
        SpecVersion version = context.document().version();
        if (version == null) {
            return;
        }
        SpecNode node = schema.node();
        Set<String> keywords = version.isSwagger2() ? SWAGGER_2
                : version == SpecVersion.OPENAPI_3_0 ? OPENAPI_3_0 : JSON_SCHEMA_2020;
        unknownKeywords(node, keywords, version, context);
        if (version == SpecVersion.OPENAPI_3_0) {
            refSiblings(schema, context);
        }
        enumValues(schema, context);
        requiredProperties(schema, context);
        bounds(node, context);
    }

    // ---- keywords -----------------------------------------------------------------------------------------

    private static void unknownKeywords(SpecNode node, Set<String> keywords, SpecVersion version,
            RuleContext context) {
        List<String> unknown = new java.util.ArrayList<>();
        String type = node.text("type") != null ? node.text("type") : "string";
        boolean anyKnown = false;
        int hinted = 0;
        for (String key : node.keys()) {
            if (key.startsWith("x-")) {
                continue;
            }
            if (keywords.contains(key)) {
                anyKnown = true;
            } else {
                unknown.add(key);
                if (special(key, version, type) != null || DidYouMean.closest(key, keywords) != null) {
                    hinted++;
                }
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        if (!anyKnown && unknown.size() >= 2 && hinted * 2 <= unknown.size()) {
            // No keyword at all, and most members not misspelt keywords (`id` is close to `if`): the members are
            // data, an example written where the schema belongs.
            context.report(node, "this schema has no " + versionName(version) + " schema keyword, only "
                    + quoted(unknown) + ", which look like sample data; describe the value with `type` and "
                    + "`properties`, and put sample data in `example`");
            return;
        }
        for (String key : unknown) {
            String special = special(key, version, type);
            if (version.atLeast31() && special == null && DidYouMean.closest(key, keywords) == null) {
                // JSON Schema 2020-12 admits keywords of one's own as annotations (the OpenAPI schema's own tests
                // use one); only a misspelt or foreign keyword is reported.
                continue;
            }
            context.report(node.get(key), "`" + key + "` is not a keyword of " + versionName(version) + " schemas"
                    + (special != null ? "; " + special : DidYouMean.hint(key, keywords)
                    + "; tools ignore it"));
        }
    }

    /** Advice for a keyword that belongs to another version or another schema language. */
    private static String special(String key, SpecVersion version, String type) {
        switch (key) {
            case "nullable":
                return version.atLeast31() ? "write `type: [" + type + ", 'null']` instead"
                        : "write `x-nullable: true`";
            case "regex":
                return "write `pattern`";
            case "examples":
                return "write one example as `example`";
            case "const":
                return "write `enum: [value]`";
            case "$defs":
            case "definitions":
                return version.atLeast31() ? "write `$defs`" : "put shared schemas in "
                        + (version.isSwagger2() ? "`definitions` at the root" : "`components.schemas`");
            case "oneOf":
            case "anyOf":
            case "not":
                return version.isSwagger2() ? "Swagger 2.0 has `allOf` only; describe alternatives in the "
                        + "`description` or move to OpenAPI 3" : null;
            case "writeOnly":
            case "deprecated":
                return version.isSwagger2() ? "write `x-" + key + "`" : null;
            case "dependencies":
                return version.atLeast31() ? "write `dependentRequired` or `dependentSchemas`" : null;
            default:
                return null;
        }
    }

    /** OpenAPI 3.0 ignores whatever is written beside {@code $ref} in a schema. */
    private static void refSiblings(Schema schema, RuleContext context) {
        SpecNode declaration = schema.declaration();
        SpecNode parent = declaration.parent();
        boolean inSchema = parent != null && (isOneOf(declaration.key(), SCHEMA_VALUED)
                || "properties".equals(parent.key()) || isOneOf(parent.key(), COMPOSITIONS));
        if (!inSchema) {
            refSiblingsOf(declaration, context);
        }
        SpecNode node = schema.node();
        // By index: this runs for every schema, and an iterator each time adds up.
        for (int i = 0; i < SCHEMA_VALUED.size(); i++) {
            refSiblingsOf(node.get(SCHEMA_VALUED.get(i)), context);
        }
        for (int i = 0; i < SCHEMAS_VALUED.size(); i++) {
            SpecNode holder = node.get(SCHEMAS_VALUED.get(i));
            if (holder != null) {
                holder.members().values().forEach(member -> refSiblingsOf(member, context));
                holder.elements().forEach(element -> refSiblingsOf(element, context));
            }
        }
    }

    private static void refSiblingsOf(SpecNode node, RuleContext context) {
        if (node == null || !node.isRef()) {
            return;
        }
        for (String key : node.keys()) {
            if (!key.equals("$ref") && !key.startsWith("x-")) {
                context.report(node.get(key), "`" + key + "` beside `$ref` is ignored in OpenAPI 3.0 (\"any "
                        + "properties added SHALL be ignored\"); wrap the reference as `allOf: [{$ref: …}]` and put `"
                        + key + "` beside `allOf`");
            }
        }
    }

    // ---- constraints --------------------------------------------------------------------------------------

    private static void enumValues(Schema schema, RuleContext context) {
        SpecNode values = schema.node().get("enum");
        if (values == null || !values.isArray()) {
            return;
        }
        Set<String> types = schema.types();
        Set<String> seen = new HashSet<>();
        for (SpecNode value : values.elements()) {
            if (!seen.add(kind(value) + ":" + value.written())) {
                context.reportValue(value, "`" + value.written() + "` is listed twice in `enum`");
                continue;
            }
            if (!types.isEmpty() && !fits(value, types, schema.isNullable())) {
                Schema items = schema.items();
                boolean forItems = types.contains("array") && !value.isArray() && items != null
                        && (items.types().isEmpty() || fits(value, items.types(), items.isNullable()));
                context.reportValue(value, "`enum` value `" + value.written() + "` is " + article(kind(value))
                        + ", not of the schema's type " + quoted(types)
                        + (forItems ? "; to limit the array's elements, move `enum` into `items`" : ""));
            }
        }
    }

    private static boolean fits(SpecNode value, Set<String> types, boolean nullable) {
        if (value.isNull()) {
            // 3.0 nullable: true admits null; 3.1 says so with type 'null' (isNullable covers both).
            return nullable;
        }
        if (value.isText()) {
            return types.contains("string");
        }
        if (value.isBoolean()) {
            return types.contains("boolean");
        }
        if (value.isNumber()) {
            return types.contains("number") || types.contains("integer") && isWhole(value);
        }
        if (value.isArray()) {
            return types.contains("array");
        }
        return value.isObject() && types.contains("object");
    }

    private static boolean isWhole(SpecNode value) {
        BigDecimal decimal = value.decimal();
        return value.isIntegral() || decimal != null && decimal.stripTrailingZeros().scale() <= 0;
    }

    private static String kind(SpecNode value) {
        return value.isNull() ? "null" : value.isText() ? "string" : value.isBoolean() ? "boolean"
                : value.isNumber() ? "number" : value.isArray() ? "array" : "object";
    }

    private static String article(String kind) {
        return kind.equals("null") ? "null" : (kind.equals("array") || kind.equals("object") ? "an " : "a ") + kind;
    }

    /**
     * {@code required} names a property that {@code properties} does not declare, where nothing else (additional or
     * pattern properties, composition, a reference) can supply it and the schema is not itself part of an
     * {@code allOf}.
     */
    private static void requiredProperties(Schema schema, RuleContext context) {
        SpecNode node = schema.node();
        SpecNode required = node.get("required");
        SpecNode properties = node.get("properties");
        if (required == null || !required.isArray() || properties == null || !properties.isObject()) {
            return;
        }
        SpecNode additional = node.get("additionalProperties");
        if (additional != null && !Boolean.FALSE.equals(additional.bool())) {
            return;
        }
        boolean closed = additional != null;
        SpecNode unevaluated = node.get("unevaluatedProperties");
        if (unevaluated != null && !Boolean.FALSE.equals(unevaluated.bool())) {
            return;
        }
        for (String keyword : OPEN_OBJECT) {
            if (node.has(keyword)) {
                return;
            }
        }
        if (partOfComposition(schema.declaration()) || partOfComposition(node)) {
            return;
        }
        for (SpecNode name : required.elements()) {
            if (name.isText() && !properties.has(name.text())) {
                context.reportValue(name, "`required` names `" + name.text() + "`, which `properties` does not "
                        + "declare" + DidYouMean.hint(name.text(), properties.keys()) + (closed
                        ? "; with `additionalProperties: false` no valid value can have it"
                        : ", so nothing describes the property a valid value must have") + "; declare it or remove it"
                        + " from `required`");
            }
        }
    }

    private static boolean partOfComposition(SpecNode node) {
        SpecNode parent = node.parent();
        return parent != null && isOneOf(parent.key(), COMPOSITIONS);
    }

    /** Whether a key (null for an array element, which List.of's contains would refuse) is one of the names. */
    private static boolean isOneOf(String key, List<String> names) {
        return key != null && names.contains(key);
    }

    private static void bounds(SpecNode node, RuleContext context) {
        for (String[] bound : BOUNDS) {
            SpecNode low = node.get(bound[0]);
            SpecNode high = node.get(bound[1]);
            if (low == null || high == null || low.decimal() == null || high.decimal() == null) {
                continue;
            }
            if (low.decimal().compareTo(high.decimal()) > 0) {
                context.reportValue(low, "`" + bound[0] + ": " + low.written() + "` is above `" + bound[1] + ": "
                        + high.written() + "`, so no value is valid; swap them or correct one");
            }
        }
    }

    // ---- wording ------------------------------------------------------------------------------------------

    private static String versionName(SpecVersion version) {
        return switch (version) {
            case SWAGGER_2_0 -> "Swagger 2.0";
            case OPENAPI_3_0 -> "OpenAPI 3.0";
            case OPENAPI_3_1 -> "OpenAPI 3.1";
            case OPENAPI_3_2 -> "OpenAPI 3.2";
        };
    }

    private static String quoted(java.util.Collection<String> words) {
        Set<String> shown = new LinkedHashSet<>();
        for (String word : words) {
            if (shown.size() == 5) {
                shown.add("…");
                break;
            }
            shown.add("`" + word + "`");
        }
        return String.join(", ", shown);
    }
}
