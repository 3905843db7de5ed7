package dev.goalpost.openapi;

import dev.goalpost.api.model.SpecVersion;
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
        root.required("swagger", oneOf("2.0")).required("info", info).field("host", STRING)
                .field("basePath", STRING).field("schemes", listOf(oneOf("http", "https", "ws", "wss")))
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
                .required("responses", new Shape.MapOf(response, KeyPattern.STATUS)).field("schemes", listOf(oneOf("http", "https", "ws", "wss")))
                .field("deprecated", BOOLEAN).field("security", listOf(securityRequirement));

        externalDocs.field("description", STRING).required("url", STRING);

        // A body parameter carries a schema; the others describe their value inline, as Items do.
        parameter.allowReference().required("name", STRING)
                .required("in", oneOf("query", "header", "path", "formData", "body"))
                .field("description", STRING).field("required", BOOLEAN).field("schema", schema)
                .field("type", oneOf("string", "number", "integer", "boolean", "array", "file"))
                .field("allowEmptyValue", BOOLEAN)
                .field("collectionFormat", oneOf("csv", "ssv", "tsv", "pipes", "multi"));
        inlineValue(parameter);
        items.required("type", oneOf("string", "number", "integer", "boolean", "array"))
                .field("collectionFormat", oneOf("csv", "ssv", "tsv", "pipes"));
        inlineValue(items);
        header.field("description", STRING)
                .required("type", oneOf("string", "number", "integer", "boolean", "array"))
                .field("collectionFormat", oneOf("csv", "ssv", "tsv", "pipes"));
        inlineValue(header);

        response.allowReference().required("description", STRING).field("schema", schema)
                .field("headers", mapOf(header)).field("examples", mapOf(ANY));

        tag.required("name", STRING).field("description", STRING).field("externalDocs", externalDocs);

        securityScheme.required("type", oneOf("basic", "apiKey", "oauth2")).field("description", STRING)
                .field("name", STRING).field("in", oneOf("query", "header"))
                .field("flow", oneOf("implicit", "password", "application", "accessCode"))
                .field("authorizationUrl", STRING).field("tokenUrl", STRING).field("scopes", mapOf(STRING));

        xml.field("name", STRING).field("namespace", STRING).field("prefix", STRING).field("attribute", BOOLEAN)
                .field("wrapped", BOOLEAN);

        // A subset of JSON Schema draft 4, with a few fields of its own; no oneOf, anyOf or not.
        Shape types = oneOf("array", "boolean", "integer", "number", "null", "object", "string", "file");
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

    /** The keywords that describe a value inline (parameters other than body, items, headers). */
    private void inlineValue(ObjectType type) {
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
