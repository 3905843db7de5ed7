package dev.goalpost.openapi;

import dev.goalpost.api.model.SpecVersion;
import java.util.List;

/**
 * OpenAPI 3.0, 3.1 and 3.2, described from the specification text of each: the 3.0 objects, with what 3.1 and 3.2
 * add or change written where they do, so the differences between versions can be read in one place.
 */
final class OpenApi3Grammar extends Grammar {

    private final ObjectType contact = new ObjectType("Contact");
    private final ObjectType license = new ObjectType("License");
    private final ObjectType server = new ObjectType("Server");
    private final ObjectType serverVariable = new ObjectType("Server Variable");
    private final ObjectType components = new ObjectType("Components");
    private final ObjectType externalDocs = new ObjectType("External Documentation");
    private final ObjectType requestBody = new ObjectType("Request Body");
    private final ObjectType mediaType = new ObjectType("Media Type");
    private final ObjectType encoding = new ObjectType("Encoding");
    private final ObjectType callback = new ObjectType("Callback");
    private final ObjectType example = new ObjectType("Example");
    private final ObjectType link = new ObjectType("Link");
    private final ObjectType header = new ObjectType("Header");
    private final ObjectType discriminator = new ObjectType("Discriminator");
    private final ObjectType xml = new ObjectType("XML");
    private final ObjectType oauthFlows = new ObjectType("OAuth Flows");
    private final ObjectType oauthFlow = new ObjectType("OAuth Flow");
    private final Shape securityRequirement = mapOf(STRINGS);

    OpenApi3Grammar(SpecVersion version) {
        super(version);
        boolean v31 = version.atLeast31();
        boolean v32 = version == SpecVersion.OPENAPI_3_2;

        root.required("openapi", STRING).required("info", info).field("servers", listOf(server))
                .required("paths", new Shape.MapOf(pathItem, KeyPattern.PATH)).field("components", components)
                .field("security", listOf(securityRequirement)).field("tags", listOf(tag))
                .field("externalDocs", externalDocs);
        if (v31) {
            // 3.1: a document needs one of paths, components and webhooks (checked by the structure rule).
            root.optional("paths").field("jsonSchemaDialect", STRING).field("webhooks", mapOf(pathItem));
        }
        if (v32) {
            root.field("$self", STRING);
        }

        info.required("title", STRING).field("description", STRING).field("termsOfService", STRING)
                .field("contact", contact).field("license", license).required("version", STRING);
        if (v31) {
            info.field("summary", STRING);
        }
        contact.field("name", STRING).field("url", STRING).field("email", STRING);
        license.required("name", STRING).field("url", STRING);
        if (v31) {
            license.field("identifier", STRING);
        }

        server.required("url", STRING).field("description", STRING).field("variables", mapOf(serverVariable));
        if (v32) {
            server.field("name", STRING);
        }
        serverVariable.field("enum", STRINGS).required("default", STRING).field("description", STRING);

        components.field("schemas", components(schema)).field("responses", components(response))
                .field("parameters", components(parameter)).field("examples", components(example))
                .field("requestBodies", components(requestBody)).field("headers", components(header))
                .field("securitySchemes", components(securityScheme)).field("links", components(link))
                .field("callbacks", components(callback));
        if (v31) {
            components.field("pathItems", components(pathItem));
        }
        if (v32) {
            components.field("mediaTypes", components(mediaType));
        }

        pathItem.allowReference().field("$ref", STRING).field("summary", STRING).field("description", STRING);
        for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
            pathItem.field(method, operation);
        }
        if (v32) {
            pathItem.field("query", operation).field("additionalOperations", mapOf(operation));
        }
        pathItem.field("servers", listOf(server)).field("parameters", listOf(parameter));

        operation.field("tags", STRINGS).field("summary", STRING).field("description", STRING)
                .field("externalDocs", externalDocs).field("operationId", STRING)
                .field("parameters", listOf(parameter)).field("requestBody", requestBody)
                .required("responses", new Shape.MapOf(response, KeyPattern.STATUS_OR_RANGE)).field("callbacks", mapOf(callback))
                .field("deprecated", BOOLEAN).field("security", listOf(securityRequirement))
                .field("servers", listOf(server));
        if (v31) {
            operation.optional("responses");
        }

        externalDocs.field("description", STRING).required("url", STRING);

        List<String> locations = v32 ? List.of("query", "querystring", "header", "path", "cookie")
                : List.of("query", "header", "path", "cookie");
        List<String> styles = v32
                ? List.of("matrix", "label", "simple", "form", "spaceDelimited", "pipeDelimited", "deepObject", "cookie")
                : List.of("matrix", "label", "simple", "form", "spaceDelimited", "pipeDelimited", "deepObject");
        parameter.allowReference().required("name", STRING).required("in", oneOf(locations.toArray(String[]::new)))
                .field("description", STRING).field("required", BOOLEAN).field("deprecated", BOOLEAN)
                .field("allowEmptyValue", BOOLEAN).field("style", oneOf(styles.toArray(String[]::new)))
                .field("explode", BOOLEAN).field("allowReserved", BOOLEAN).field("schema", schema)
                .field("example", ANY).field("examples", mapOf(example)).field("content", mapOf(mediaType));

        requestBody.allowReference().field("description", STRING).required("content", mapOf(mediaType))
                .field("required", BOOLEAN);

        mediaType.field("schema", schema).field("example", ANY).field("examples", mapOf(example))
                .field("encoding", mapOf(encoding));
        if (v32) {
            mediaType.allowReference().field("description", STRING).field("itemSchema", schema)
                    .field("prefixEncoding", listOf(encoding)).field("itemEncoding", encoding);
        }
        encoding.field("contentType", STRING).field("headers", mapOf(header))
                .field("style", oneOf("form", "spaceDelimited", "pipeDelimited", "deepObject"))
                .field("explode", BOOLEAN).field("allowReserved", BOOLEAN);
        if (v32) {
            encoding.field("encoding", mapOf(encoding)).field("prefixEncoding", listOf(encoding))
                    .field("itemEncoding", encoding);
        }

        response.allowReference().required("description", STRING).field("headers", mapOf(header))
                .field("content", mapOf(mediaType)).field("links", mapOf(link));
        if (v32) {
            response.optional("description").field("summary", STRING);
        }

        callback.allowReference().pattern(KeyPattern.ANY, pathItem);

        example.allowReference().field("summary", STRING).field("description", STRING).field("value", ANY)
                .field("externalValue", STRING);
        if (v32) {
            example.field("dataValue", ANY).field("serializedValue", STRING);
        }

        link.allowReference().field("operationRef", STRING).field("operationId", STRING)
                .field("parameters", mapOf(ANY)).field("requestBody", ANY).field("description", STRING)
                .field("server", server);

        header.allowReference().field("description", STRING).field("required", BOOLEAN).field("deprecated", BOOLEAN)
                .field("allowEmptyValue", BOOLEAN).field("style", oneOf("simple")).field("explode", BOOLEAN)
                .field("allowReserved", BOOLEAN).field("schema", schema).field("example", ANY)
                .field("examples", mapOf(example)).field("content", mapOf(mediaType));

        tag.required("name", STRING).field("description", STRING).field("externalDocs", externalDocs);
        if (v32) {
            tag.field("summary", STRING).field("parent", STRING).field("kind", STRING);
        }

        List<String> schemeTypes = v31 ? List.of("apiKey", "http", "mutualTLS", "oauth2", "openIdConnect")
                : List.of("apiKey", "http", "oauth2", "openIdConnect");
        securityScheme.allowReference().required("type", oneOf(schemeTypes.toArray(String[]::new)))
                .field("description", STRING).field("name", STRING).field("in", oneOf("query", "header", "cookie"))
                .field("scheme", STRING).field("bearerFormat", STRING).field("flows", oauthFlows)
                .field("openIdConnectUrl", STRING);
        if (v32) {
            securityScheme.field("oauth2MetadataUrl", STRING).field("deprecated", BOOLEAN);
        }
        for (String flow : List.of("implicit", "password", "clientCredentials", "authorizationCode")) {
            oauthFlows.field(flow, oauthFlow);
        }
        if (v32) {
            oauthFlows.field("deviceAuthorization", oauthFlow);
        }
        oauthFlow.field("authorizationUrl", STRING).field("tokenUrl", STRING).field("refreshUrl", STRING)
                .required("scopes", mapOf(STRING));
        if (v32) {
            oauthFlow.field("deviceAuthorizationUrl", STRING);
        }

        discriminator.required("propertyName", STRING).field("mapping", mapOf(STRING));
        if (v32) {
            discriminator.field("defaultMapping", STRING);
        }
        xml.field("name", STRING).field("namespace", STRING).field("prefix", STRING).field("attribute", BOOLEAN)
                .field("wrapped", BOOLEAN);
        if (v32) {
            xml.field("nodeType", oneOf("element", "attribute", "text", "cdata", "none"));
        }

        if (v31) {
            describeJsonSchema2020();
        } else {
            describeSchema30();
        }
    }

    /** OpenAPI 3.0's Schema Object: an extended subset of JSON Schema Wright draft 00, with {@code nullable}. */
    private void describeSchema30() {
        schema.allowReference().field("title", STRING).field("multipleOf", NUMBER).field("maximum", NUMBER)
                .field("exclusiveMaximum", BOOLEAN).field("minimum", NUMBER).field("exclusiveMinimum", BOOLEAN)
                .field("maxLength", INTEGER).field("minLength", INTEGER).field("pattern", STRING)
                .field("maxItems", INTEGER).field("minItems", INTEGER).field("uniqueItems", BOOLEAN)
                .field("maxProperties", INTEGER).field("minProperties", INTEGER).field("required", STRINGS)
                .field("enum", listOf(ANY))
                .field("type", oneOf("array", "boolean", "integer", "number", "object", "string"))
                .field("allOf", listOf(schema)).field("oneOf", listOf(schema)).field("anyOf", listOf(schema))
                .field("not", schema).field("items", schema).field("properties", mapOf(schema))
                .field("additionalProperties", either(BOOLEAN, schema)).field("description", STRING)
                .field("format", STRING).field("default", ANY).field("nullable", BOOLEAN)
                .field("discriminator", discriminator).field("readOnly", BOOLEAN).field("writeOnly", BOOLEAN)
                .field("xml", xml).field("externalDocs", externalDocs).field("example", ANY)
                .field("deprecated", BOOLEAN);
    }

    /**
     * OpenAPI 3.1 and 3.2: a Schema Object is a JSON Schema 2020-12 schema with the OpenAPI vocabulary; a schema
     * may be a boolean, and keywords the dialect does not name are annotations, not errors.
     */
    private void describeJsonSchema2020() {
        Shape anySchema = either(BOOLEAN, schema);
        Shape types = oneOf("array", "boolean", "integer", "null", "number", "object", "string");
        schema.allowReference().openKeywords(true)
                .field("$schema", STRING).field("$id", STRING).field("$ref", STRING).field("$anchor", STRING)
                .field("$dynamicRef", STRING).field("$dynamicAnchor", STRING).field("$vocabulary", mapOf(BOOLEAN))
                .field("$comment", STRING).field("$defs", mapOf(anySchema))
                .field("allOf", listOf(anySchema)).field("anyOf", listOf(anySchema)).field("oneOf", listOf(anySchema))
                .field("not", anySchema).field("if", anySchema).field("then", anySchema).field("else", anySchema)
                .field("dependentSchemas", mapOf(anySchema)).field("prefixItems", listOf(anySchema))
                .field("items", anySchema).field("contains", anySchema).field("properties", mapOf(anySchema))
                .field("patternProperties", mapOf(anySchema)).field("additionalProperties", anySchema)
                .field("propertyNames", anySchema).field("unevaluatedItems", anySchema)
                .field("unevaluatedProperties", anySchema)
                .field("type", either(types, listOf(types))).field("const", ANY).field("enum", listOf(ANY))
                .field("multipleOf", NUMBER).field("maximum", NUMBER).field("exclusiveMaximum", NUMBER)
                .field("minimum", NUMBER).field("exclusiveMinimum", NUMBER).field("maxLength", INTEGER)
                .field("minLength", INTEGER).field("pattern", STRING).field("maxItems", INTEGER)
                .field("minItems", INTEGER).field("uniqueItems", BOOLEAN).field("maxContains", INTEGER)
                .field("minContains", INTEGER).field("maxProperties", INTEGER).field("minProperties", INTEGER)
                .field("required", STRINGS).field("dependentRequired", mapOf(STRINGS))
                .field("title", STRING).field("description", STRING).field("default", ANY)
                .field("deprecated", BOOLEAN).field("readOnly", BOOLEAN).field("writeOnly", BOOLEAN)
                .field("examples", listOf(ANY)).field("format", STRING).field("contentEncoding", STRING)
                .field("contentMediaType", STRING).field("contentSchema", anySchema)
                .field("discriminator", discriminator).field("xml", xml).field("externalDocs", externalDocs)
                .field("example", ANY);
    }

    @Override
    public ObjectType server() {
        return server;
    }

    @Override
    public ObjectType requestBody() {
        return requestBody;
    }

    @Override
    public ObjectType mediaType() {
        return mediaType;
    }

    @Override
    public ObjectType header() {
        return header;
    }

    @Override
    public ObjectType callback() {
        return callback;
    }

    @Override
    public ObjectType example() {
        return example;
    }
}
