package dev.goalpost.openapi;

import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.model.TreeNode;
import java.util.List;

/** Swagger 2.0, described from its specification text. */
final class Swagger2Grammar extends Grammar {

    private final ObjectType contact = new ObjectType("Contact");
    private final ObjectType license = new ObjectType("License");
    private final ObjectType externalDocs = new ObjectType("External Documentation");
    private final ObjectType items = new ObjectType("Items");
    private final ObjectType header = new ObjectType("Header");
    private final ObjectType xml = new ObjectType("XML");
    private final Shape securityRequirement = mapOf(STRINGS);

    Swagger2Grammar() {
        super(SpecVersion.SWAGGER_2_0);
        Shape mediaTypes = STRINGS;
        Shape schemes = listOf(named("a transfer protocol", List.of("http", "https", "ws", "wss")));
        root.required("swagger", oneOf("2.0")).required("info", info).field("host", STRING)
                .field("basePath", STRING).field("schemes", schemes)
                .field("consumes", mediaTypes).field("produces", mediaTypes).required("paths", new Shape.MapOf(pathItem, KeyPattern.PATH))
                .field("definitions", mapOf(schema)).field("parameters", mapOf(parameter))
                .field("responses", mapOf(response)).field("securityDefinitions", mapOf(securityScheme))
                .field("security", listOf(securityRequirement)).field("tags", listOf(tag))
                .field("externalDocs", externalDocs);

        info.required("title", STRING).field("description", STRING).field("termsOfService", STRING)
                .field("contact", contact).field("license", license).required("version", STRING);
        contact.field("name", STRING).field("url", STRING).field("email", STRING);
        license.required("name", STRING).field("url", STRING);

        pathItem.allowReference().field("$ref", STRING);
        for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch")) {
            pathItem.field(method, operation);
        }
        pathItem.field("parameters", listOf(parameter));

        operation.field("tags", STRINGS).field("summary", STRING).field("description", STRING)
                .field("externalDocs", externalDocs).field("operationId", STRING).field("consumes", mediaTypes)
                .field("produces", mediaTypes).field("parameters", listOf(parameter))
                .required("responses", new Shape.MapOf(response, KeyPattern.STATUS)).field("schemes", schemes)
                .field("deprecated", BOOLEAN).field("security", listOf(securityRequirement))
                .check(Constraints.notEmpty("responses", "add at least one, such as `'200': {description: OK}`"));

        externalDocs.field("description", STRING).required("url", STRING);

        // A body parameter carries a schema; the others describe their value inline, as Items do.
        List<String> valueTypes = List.of("string", "number", "integer", "boolean", "array");
        List<String> formats = List.of("csv", "ssv", "tsv", "pipes");
        parameter.allowReference().required("name", STRING)
                .required("in", named("a parameter location", List.of("query", "header", "path", "formData", "body")))
                .field("description", STRING).field("required", BOOLEAN).field("schema", schema)
                .field("type", named("a parameter type", List.of("string", "number", "integer", "boolean", "array",
                        "file")))
                .field("allowEmptyValue", BOOLEAN)
                .field("collectionFormat", named("a collection format", List.of("csv", "ssv", "tsv", "pipes",
                        "multi")))
                .check(Swagger2Grammar::parameterByLocation).applicability(Swagger2Grammar::fieldForLocation);
        inlineValue(parameter);
        items.required("type", named("an items type", valueTypes))
                .field("collectionFormat", named("a collection format", formats));
        inlineValue(items);
        header.field("description", STRING).required("type", named("a header type", valueTypes))
                .field("collectionFormat", named("a collection format", formats));
        inlineValue(header);

        response.allowReference().required("description", STRING).field("schema", schema)
                .field("headers", mapOf(header)).field("examples", mapOf(ANY));

        tag.required("name", STRING).field("description", STRING).field("externalDocs", externalDocs);

        securityScheme.required("type", named("a security scheme type", List.of("basic", "apiKey", "oauth2")))
                .field("description", STRING).field("name", STRING)
                .field("in", named("an API key location", List.of("query", "header")))
                .field("flow", named("an OAuth2 flow", List.of("implicit", "password", "application", "accessCode")))
                .field("authorizationUrl", STRING).field("tokenUrl", STRING).field("scopes", mapOf(STRING))
                .check(Constraints.requiredWhen("type", "apiKey", "name", "in"))
                .check(Constraints.requiredWhen("type", "oauth2", "flow", "scopes"))
                .check(Constraints.requiredWhen("flow", "implicit", "authorizationUrl"))
                .check(Constraints.requiredWhen("flow", "accessCode", "authorizationUrl", "tokenUrl"))
                .check(Constraints.requiredWhen("flow", "password", "tokenUrl"))
                .check(Constraints.requiredWhen("flow", "application", "tokenUrl"));

        xml.field("name", STRING).field("namespace", STRING).field("prefix", STRING).field("attribute", BOOLEAN)
                .field("wrapped", BOOLEAN);

        // A subset of JSON Schema draft 4, with a few fields of its own; no oneOf, anyOf or not.
        Shape types = named("a schema type", List.of("array", "boolean", "integer", "number", "null", "object",
                "string", "file"));
        schema.allowReference().field("$ref", STRING).field("format", STRING).field("title", STRING)
                .field("description", STRING).field("default", ANY).field("multipleOf", NUMBER)
                .field("maximum", NUMBER).field("exclusiveMaximum", BOOLEAN).field("minimum", NUMBER)
                .field("exclusiveMinimum", BOOLEAN).field("maxLength", INTEGER).field("minLength", INTEGER)
                .field("pattern", STRING).field("maxItems", INTEGER).field("minItems", INTEGER)
                .field("uniqueItems", BOOLEAN).field("maxProperties", INTEGER).field("minProperties", INTEGER)
                .field("required", STRINGS).field("enum", listOf(ANY)).field("type", either(types, listOf(types)))
                .field("items", either(schema, listOf(schema))).field("allOf", listOf(schema))
                .field("properties", mapOf(schema)).field("additionalProperties", either(BOOLEAN, schema))
                .field("discriminator", STRING).field("readOnly", BOOLEAN).field("xml", xml)
                .field("externalDocs", externalDocs).field("example", ANY);
    }

    /** The fields that describe a value inline, which a body parameter describes with {@code schema} instead. */
    private static final List<String> INLINE = List.of("type", "format", "items", "collectionFormat", "default",
            "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
            "maxItems", "minItems", "uniqueItems", "enum", "multipleOf", "allowEmptyValue");

    /**
     * A 2.0 parameter is one of two shapes, picked by {@code in}: a body parameter has a {@code schema}; any other
     * has a {@code type} (and {@code items} for arrays), and {@code file} and {@code multi} belong to some locations.
     */
    private static void parameterByLocation(TreeNode object, Constraint.Problems out) {
        String in = object.text("in");
        if (in == null) {
            return;
        }
        if (in.equals("body")) {
            if (!object.has("schema")) {
                out.report(object, out.subject() + " is a body parameter without `schema`; describe the body, "
                        + "such as `schema: {type: object}`");
            }
            return;
        }
        if (!object.has("type") && !object.has("schema")) {
            // With a schema in place of a type, the schema's finding says both (one problem, one finding).
            out.report(object, out.subject() + " has no `type`; add one, such as `type: string`");
        }
        if ("file".equals(object.text("type")) && !"formData".equals(in)) {
            out.report(object.get("type"), "`type: file` applies only to a formData parameter");
        }
        if ("multi".equals(object.text("collectionFormat")) && !"query".equals(in) && !"formData".equals(in)) {
            out.report(object.get("collectionFormat"), "`collectionFormat: multi` applies only to query and formData "
                    + "parameters");
        }
        if (object.has("allowEmptyValue") && !"query".equals(in) && !"formData".equals(in)) {
            out.report(object.get("allowEmptyValue"), "`allowEmptyValue` applies only to query and formData "
                    + "parameters");
        }
    }

    /** A body parameter has a {@code schema} and none of the inline fields; any other parameter the reverse. */
    private static String fieldForLocation(TreeNode object, String field) {
        String in = object.text("in");
        if ("body".equals(in) && INLINE.contains(field)) {
            return "`" + field + "` does not apply to a body parameter; describe the body in its `schema`";
        }
        if (in != null && !"body".equals(in) && "schema".equals(field)) {
            return "`schema` applies only to a body parameter; describe a " + in + " parameter with `type`, such "
                    + "as `type: string`";
        }
        return null;
    }

    /** The keywords that describe a value inline (parameters other than body, items, headers). */
    private void inlineValue(ObjectType type) {
        type.check(Constraints.requiredWhen("type", "array", "items"));
        type.field("format", STRING).field("items", items).field("default", ANY).field("maximum", NUMBER)
                .field("exclusiveMaximum", BOOLEAN).field("minimum", NUMBER).field("exclusiveMinimum", BOOLEAN)
                .field("maxLength", INTEGER).field("minLength", INTEGER).field("pattern", STRING)
                .field("maxItems", INTEGER).field("minItems", INTEGER).field("uniqueItems", BOOLEAN)
                .field("enum", listOf(ANY)).field("multipleOf", NUMBER);
    }

    @Override
    public ObjectType server() {
        return null;
    }

    @Override
    public ObjectType requestBody() {
        return null;
    }

    @Override
    public ObjectType mediaType() {
        return null;
    }

    @Override
    public ObjectType header() {
        return header;
    }

    @Override
    public ObjectType callback() {
        return null;
    }

    @Override
    public ObjectType example() {
        return null;
    }
}
