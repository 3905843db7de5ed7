package dev.goalpost.openapi;

import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.model.TreeNode;
import dev.goalpost.text.DidYouMean;
import java.util.List;
import java.util.Map;

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
    private final ObjectType implicitFlow = new ObjectType("OAuth Flow");
    private final ObjectType passwordFlow = new ObjectType("OAuth Flow");
    private final ObjectType clientCredentialsFlow = new ObjectType("OAuth Flow");
    private final ObjectType authorizationCodeFlow = new ObjectType("OAuth Flow");
    private final ObjectType deviceAuthorizationFlow = new ObjectType("OAuth Flow");
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
            root.optional("paths").field("jsonSchemaDialect", STRING).field("webhooks", mapOf(pathItem))
                    .check(Constraints.atLeastOne("add `paths`, `components` or `webhooks` (`paths: {}` if there "
                            + "are no paths yet)", "paths", "components", "webhooks"));
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
            license.field("identifier", STRING).check(Constraints.exclusive("identifier", "url"));
        }

        server.required("url", STRING).field("description", STRING).field("variables", mapOf(serverVariable));
        if (v32) {
            server.field("name", STRING);
        }
        serverVariable.field("enum", STRINGS).required("default", STRING).field("description", STRING);
        if (v31) {
            // 3.1: "The array MUST NOT be empty."
            serverVariable.check(Constraints.notEmpty("enum", "list the values the variable may take, or remove "
                    + "`enum`"));
        }

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
            // "MUST NOT contain any entry for the methods that can be defined by other fixed fields"
            KeyPattern otherMethods = new KeyPattern("a method without a fixed field of its own (write `get`, "
                    + "`post`, … `query` as fields of the path item)", key -> Constraints.TOKEN.matcher(key).matches()
                    && !List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY")
                            .contains(key));
            pathItem.field("query", operation).field("additionalOperations", new Shape.MapOf(operation, otherMethods));
        }
        pathItem.field("servers", listOf(server)).field("parameters", listOf(parameter));
        if (v32) {
            pathItem.check(OpenApi3Grammar::oneQuerystring);
            operation.check(OpenApi3Grammar::oneQuerystring);
        }

        operation.field("tags", STRINGS).field("summary", STRING).field("description", STRING)
                .field("externalDocs", externalDocs).field("operationId", STRING)
                .field("parameters", listOf(parameter)).field("requestBody", requestBody)
                .required("responses", new Shape.MapOf(response, KeyPattern.STATUS_OR_RANGE)).field("callbacks", mapOf(callback))
                .field("deprecated", BOOLEAN).field("security", listOf(securityRequirement))
                .field("servers", listOf(server));
        if (v31) {
            operation.optional("responses");
        }
        operation.check(Constraints.notEmpty("responses", "add at least one, such as `'200': {description: OK}`"));

        externalDocs.field("description", STRING).required("url", STRING);

        List<String> locations = v32 ? List.of("query", "querystring", "header", "path", "cookie")
                : List.of("query", "header", "path", "cookie");
        List<String> styles = v32
                ? List.of("matrix", "label", "simple", "form", "spaceDelimited", "pipeDelimited", "deepObject", "cookie")
                : List.of("matrix", "label", "simple", "form", "spaceDelimited", "pipeDelimited", "deepObject");
        parameter.allowReference().required("name", STRING).required("in", named("a parameter location", locations))
                .field("description", STRING).field("required", BOOLEAN).field("deprecated", BOOLEAN)
                .field("allowEmptyValue", BOOLEAN).field("style", named("a parameter style", styles))
                .field("explode", BOOLEAN).field("allowReserved", BOOLEAN).field("schema", schema)
                .field("example", ANY).field("examples", mapOf(example)).field("content", mapOf(mediaType))
                .check(Constraints.exactlyOne("schema", "content", "describe its value with `schema`, such as "
                        + "`schema: {type: string}`"))
                .check(OpenApi3Grammar::contentHasOneEntry).check(Constraints.exclusive("example", "examples"))
                .check((object, out) -> parameterByLocation(object, out, version))
                .applicability((object, field) -> parameterField(object, field, version));

        requestBody.allowReference().field("description", STRING).required("content", mapOf(mediaType))
                .field("required", BOOLEAN);

        mediaType.field("schema", schema).field("example", ANY).field("examples", mapOf(example))
                .field("encoding", mapOf(encoding)).check(Constraints.exclusive("example", "examples"));
        if (v32) {
            mediaType.allowReference().field("description", STRING).field("itemSchema", schema)
                    .field("prefixEncoding", listOf(encoding)).field("itemEncoding", encoding)
                    .check(Constraints.exclusive("encoding", "prefixEncoding"))
                    .check(Constraints.exclusive("encoding", "itemEncoding"));
        }
        // 3.2 restricts header names to RFC 9110 tokens; earlier versions say nothing of their form.
        Shape headers = v32 ? new Shape.MapOf(header, new KeyPattern("a header name (letters, digits and "
                + "!#$%&'*+.^_`|~-)", key -> Constraints.TOKEN.matcher(key).matches())) : mapOf(header);
        encoding.field("contentType", STRING).field("headers", headers)
                .field("style", named("an encoding style", List.of("form", "spaceDelimited", "pipeDelimited",
                        "deepObject")))
                .field("explode", BOOLEAN).field("allowReserved", BOOLEAN);
        if (v32) {
            encoding.field("encoding", mapOf(encoding)).field("prefixEncoding", listOf(encoding))
                    .field("itemEncoding", encoding).check(Constraints.exclusive("encoding", "prefixEncoding"))
                    .check(Constraints.exclusive("encoding", "itemEncoding"));
        }

        response.allowReference().required("description", STRING).field("headers", headers)
                .field("content", mapOf(mediaType)).field("links", mapOf(link));
        if (v32) {
            response.optional("description").field("summary", STRING);
        }

        callback.allowReference().pattern(KeyPattern.ANY, pathItem);

        example.allowReference().field("summary", STRING).field("description", STRING).field("value", ANY)
                .field("externalValue", STRING).check(Constraints.exclusive("value", "externalValue"));
        if (v32) {
            example.field("dataValue", ANY).field("serializedValue", STRING)
                    .check(Constraints.exclusive("value", "dataValue"))
                    .check(Constraints.exclusive("value", "serializedValue"))
                    .check(Constraints.exclusive("serializedValue", "externalValue"));
        }

        link.allowReference().field("operationRef", STRING).field("operationId", STRING)
                .field("parameters", mapOf(ANY)).field("requestBody", ANY).field("description", STRING)
                .field("server", server)
                .check(Constraints.exactlyOne("operationRef", "operationId", "name the linked operation with "
                        + "`operationId` (or `operationRef`)"));

        header.allowReference().field("description", STRING).field("required", BOOLEAN).field("deprecated", BOOLEAN)
                .field("allowEmptyValue", BOOLEAN).field("style", named("a header style", List.of("simple")))
                .field("explode", BOOLEAN).field("allowReserved", BOOLEAN).field("schema", schema)
                .field("example", ANY).field("examples", mapOf(example)).field("content", mapOf(mediaType))
                .check(Constraints.exactlyOne("schema", "content", "describe its value with `schema`, such as "
                        + "`schema: {type: string}`"))
                .check(OpenApi3Grammar::contentHasOneEntry).check(Constraints.exclusive("example", "examples"))
                .applicability(OpenApi3Grammar::serializationField);
        if (v31) {
            // 3.1 and 3.2 describe a header's serialization by style and explode only; the official schemas
            // accept neither field.
            header.remove("allowEmptyValue").remove("allowReserved");
        }

        tag.required("name", STRING).field("description", STRING).field("externalDocs", externalDocs);
        if (v32) {
            tag.field("summary", STRING).field("parent", STRING).field("kind", STRING);
        }

        List<String> schemeTypes = v31 ? List.of("apiKey", "http", "mutualTLS", "oauth2", "openIdConnect")
                : List.of("apiKey", "http", "oauth2", "openIdConnect");
        securityScheme.allowReference().required("type", named("a security scheme type", schemeTypes))
                .field("description", STRING).field("name", STRING)
                .field("in", named("an API key location", List.of("query", "header", "cookie")))
                .field("scheme", STRING).field("bearerFormat", STRING).field("flows", oauthFlows)
                .field("openIdConnectUrl", STRING)
                .check(Constraints.requiredWhen("type", "apiKey", "name", "in"))
                .check(Constraints.requiredWhen("type", "http", "scheme"))
                .check(Constraints.requiredWhen("type", "oauth2", "flows"))
                .check(Constraints.requiredWhen("type", "openIdConnect", "openIdConnectUrl"))
                .check(OpenApi3Grammar::httpScheme);
        if (v32) {
            securityScheme.field("oauth2MetadataUrl", STRING).field("deprecated", BOOLEAN);
        }
        oauthFlows.field("implicit", implicitFlow).field("password", passwordFlow)
                .field("clientCredentials", clientCredentialsFlow).field("authorizationCode", authorizationCodeFlow);
        if (v32) {
            oauthFlows.field("deviceAuthorization", deviceAuthorizationFlow);
        }
        // Each flow has the fields of the OAuth Flow Object; which URLs it requires depends on the flow.
        for (ObjectType flow : List.of(implicitFlow, passwordFlow, clientCredentialsFlow, authorizationCodeFlow,
                deviceAuthorizationFlow)) {
            flow.field("authorizationUrl", STRING).field("tokenUrl", STRING).field("refreshUrl", STRING)
                    .required("scopes", mapOf(STRING));
            if (v32) {
                flow.field("deviceAuthorizationUrl", STRING);
            }
        }
        implicitFlow.required("authorizationUrl", STRING);
        passwordFlow.required("tokenUrl", STRING);
        clientCredentialsFlow.required("tokenUrl", STRING);
        authorizationCodeFlow.required("authorizationUrl", STRING).required("tokenUrl", STRING);
        deviceAuthorizationFlow.required("deviceAuthorizationUrl", STRING).required("tokenUrl", STRING);

        discriminator.required("propertyName", STRING).field("mapping", mapOf(STRING));
        if (v32) {
            discriminator.field("defaultMapping", STRING);
        }
        xml.field("name", STRING).field("namespace", STRING).field("prefix", STRING).field("attribute", BOOLEAN)
                .field("wrapped", BOOLEAN);
        if (v32) {
            xml.field("nodeType", named("an XML node type", List.of("element", "attribute", "text", "cdata", "none")))
                    .check(Constraints.exclusive("nodeType", "attribute"))
                    .check(Constraints.exclusive("nodeType", "wrapped"));
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
                .field("type", named("a schema type", List.of("array", "boolean", "integer", "number", "object",
                        "string")))
                .field("allOf", listOf(schema)).field("oneOf", listOf(schema)).field("anyOf", listOf(schema))
                .field("not", schema).field("items", schema).field("properties", mapOf(schema))
                .field("additionalProperties", either(BOOLEAN, schema)).field("description", STRING)
                .field("format", STRING).field("default", ANY).field("nullable", BOOLEAN)
                .field("discriminator", discriminator).field("readOnly", BOOLEAN).field("writeOnly", BOOLEAN)
                .field("xml", xml).field("externalDocs", externalDocs).field("example", ANY)
                .field("deprecated", BOOLEAN)
                // "items MUST be present if the type is array."
                .check(Constraints.requiredWhen("type", "array", "items"));
    }

    /**
     * OpenAPI 3.1 and 3.2: a Schema Object is a JSON Schema 2020-12 schema with the OpenAPI vocabulary; a schema
     * may be a boolean, and keywords the dialect does not name are annotations, not errors.
     */
    private void describeJsonSchema2020() {
        Shape anySchema = either(BOOLEAN, schema);
        Shape types = named("a schema type", List.of("array", "boolean", "integer", "null", "number", "object",
                "string"));
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

    // ---- constraints that read several fields ----------------------------------------------------------

    /** "The map MUST only contain one entry." (the {@code content} of a parameter or header) */
    private static void contentHasOneEntry(TreeNode object, Constraint.Problems out) {
        TreeNode content = object.get("content");
        if (content != null && content.isObject() && !content.isRef() && content.value().size() != 1) {
            out.report(content, "`content` of " + out.subject() + " must hold exactly one media type; it has "
                    + content.value().size());
        }
    }

    /** {@code style}, {@code explode} and {@code allowReserved} are the fields "for use with {@code schema}". */
    private static String serializationField(TreeNode object, String field) {
        if (object.has("content") && !object.has("schema")
                && (field.equals("style") || field.equals("explode") || field.equals("allowReserved"))) {
            return "`" + field + "` applies only to a value described by `schema`; this one is described by "
                    + "`content`, whose media type says how it is serialized";
        }
        return null;
    }

    /** What depends on a parameter's location: allowReserved and allowEmptyValue (3.1 and 3.2). */
    private static String parameterField(TreeNode object, String field, SpecVersion version) {
        String serialization = serializationField(object, field);
        if (serialization != null || !version.atLeast31()) {
            return serialization;
        }
        String in = object.text("in");
        if (in == null) {
            return null;
        }
        boolean v32 = version == SpecVersion.OPENAPI_3_2;
        if (field.equals("allowReserved") && object.has("schema")) {
            String style = object.text("style") != null ? object.text("style") : "form";
            boolean applies = "query".equals(in)
                    || v32 && ("path".equals(in) || "cookie".equals(in) && "form".equals(style));
            return applies ? null : "`allowReserved` does not apply to a " + in + " parameter"
                    + (v32 ? "; it applies to query, path and form-style cookie parameters"
                    : "; it applies only to query parameters");
        }
        if (field.equals("allowEmptyValue") && !"query".equals(in)) {
            return "`allowEmptyValue` applies only to query parameters; remove it from this " + in + " parameter";
        }
        return null;
    }

    private static final Map<String, List<String>> STYLES_BY_LOCATION = Map.of(
            "path", List.of("matrix", "label", "simple"),
            "query", List.of("form", "spaceDelimited", "pipeDelimited", "deepObject"),
            "header", List.of("simple"),
            "cookie", List.of("form"));

    /** What depends on a parameter's location: its style, allowReserved, allowEmptyValue, name. */
    private static void parameterByLocation(TreeNode object, Constraint.Problems out, SpecVersion version) {
        String in = object.text("in");
        if (in == null) {
            return;
        }
        boolean v32 = version == SpecVersion.OPENAPI_3_2;
        List<String> styles = "cookie".equals(in) && v32 ? List.of("form", "cookie") : STYLES_BY_LOCATION.get(in);
        String style = object.text("style");
        boolean known = style != null && STYLES_BY_LOCATION.values().stream().anyMatch(list -> list.contains(style))
                || v32 && "cookie".equals(style);
        if (known && styles != null && !styles.contains(style) && object.has("schema")) {
            out.report(object.get("style"), "`style: " + style + "` does not apply to a " + in + " parameter; use "
                    + String.join(", ", styles));
        }
        if (v32) {
            TreeNode name = object.get("name");
            String text = object.text("name");
            if ("querystring".equals(in) && object.has("schema") && !object.has("content")) {
                out.report(object.get("schema"), "a `querystring` parameter is described by `content`, not `schema`; "
                        + "write `content: {application/x-www-form-urlencoded: {schema: …}}`");
            }
            if (text != null && "path".equals(in) && (text.contains("{") || text.contains("}"))) {
                out.report(name, "a path parameter's name cannot contain `{` or `}`; write `" + text.replaceAll("[{}]",
                        "") + "`");
            }
            if (text != null && "header".equals(in) && !Constraints.TOKEN.matcher(text).matches()) {
                out.report(name, "`" + text + "` is not a header name; use letters, digits and !#$%&'*+.^_`|~-");
            }
        }
    }

    /** 3.2: one {@code querystring} parameter at most, and none beside {@code query} parameters. */
    private static void oneQuerystring(TreeNode object, Constraint.Problems out) {
        TreeNode parameters = object.get("parameters");
        if (parameters == null || !parameters.isArray()) {
            return;
        }
        TreeNode querystring = null;
        TreeNode query = null;
        for (TreeNode declared : parameters.elements()) {
            TreeNode parameter = declared.resolve();
            String in = parameter == null ? null : parameter.text("in");
            if ("querystring".equals(in)) {
                if (querystring != null) {
                    out.report(declared, out.subject() + " has a second `querystring` parameter; there may be only "
                            + "one, which describes the whole query string");
                }
                querystring = querystring == null ? declared : querystring;
            } else if ("query".equals(in) && query == null) {
                query = declared;
            }
        }
        if (querystring != null && query != null) {
            out.report(query, out.subject() + " has both `query` parameters and a `querystring` parameter; describe "
                    + "the whole query string with the `querystring` parameter");
        }
    }

    private static final List<String> HTTP_SCHEMES = List.of("Basic", "Bearer", "Concealed", "Digest", "DPoP",
            "GNAP", "HOBA", "Mutual", "Negotiate", "OAuth", "PrivateToken", "SCRAM-SHA-1", "SCRAM-SHA-256", "vapid");

    /**
     * The {@code scheme} of an {@code http} security scheme "SHOULD be registered in the IANA Authentication Scheme
     * registry": only a near miss of a registered name ({@code bearr}) is reported, as a typo.
     */
    private static void httpScheme(TreeNode object, Constraint.Problems out) {
        String scheme = object.text("scheme");
        if (!"http".equals(object.text("type")) || scheme == null
                || HTTP_SCHEMES.stream().anyMatch(known -> known.equalsIgnoreCase(scheme))) {
            return;
        }
        String suggestion = DidYouMean.closest(scheme, HTTP_SCHEMES);
        if (suggestion != null) {
            out.report(object.get("scheme"), "`" + scheme + "` is not a registered HTTP authentication scheme; did "
                    + "you mean `" + suggestion + "`?");
        }
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
