package dev.goalpost.model;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDocumentTest {

    @TempDir
    Path dir;

    private IndexedDocument document(String name, String yaml) {
        return IndexedDocument.of(new SpecLoader(LoadOptions.defaults()).load(write(dir, name, yaml)));
    }

    @Test
    void swagger2IsPresentedThroughOpenApi3ViewsButPointsIntoTheSource() {
        IndexedDocument document = document("swagger.yaml", """
                swagger: "2.0"
                info: {title: t, version: "1"}
                host: api.example.com
                basePath: /v1
                schemes: [https, http]
                produces: [application/json]
                securityDefinitions:
                  basicAuth: {type: basic}
                  partner: {type: oauth2, flow: application, tokenUrl: https://auth.example.com/token}
                paths:
                  /pets:
                    post:
                      consumes: [application/xml]
                      parameters:
                        - name: limit
                          in: query
                          type: integer
                          maximum: 100
                        - name: body
                          in: body
                          schema:
                            type: object
                      responses:
                        '200':
                          description: ok
                          headers:
                            X-Rate-Limit: {type: integer}
                          schema:
                            type: array
                          examples:
                            application/json: [1, 2]
                """);
        assertThat(document.version()).isEqualTo(SpecVersion.SWAGGER_2_0);
        assertThat(document.servers()).extracting(Server::url)
                .containsExactly("https://api.example.com/v1", "http://api.example.com/v1");
        assertThat(document.servers().get(0).node().line()).isEqualTo(3);
        Operation post = document.operations().get(0);
        assertThat(post.parameters()).extracting(Parameter::name).containsExactly("limit");
        assertThat(post.parameters().get(0).schema().get("maximum").integer().intValue()).isEqualTo(100);
        assertThat(post.requestBody().mediaTypes()).extracting(MediaType::name).containsExactly("application/xml");
        assertThat(post.requestBody().mediaTypes().get(0).schema().isObject()).isTrue();
        Response ok = post.response("200");
        assertThat(ok.mediaTypes()).extracting(MediaType::name).containsExactly("application/json");
        assertThat(ok.json().schema().isArray()).isTrue();
        assertThat(ok.json().example().pointer()).isEqualTo("/paths/~1pets/post/responses/200/examples/application~1json");
        assertThat(ok.header("x-rate-limit").schema().hasType("integer")).isTrue();
        assertThat(document.securitySchemes().get("basicAuth").httpScheme()).isEqualTo("basic");
        assertThat(document.securitySchemes().get("partner").flows()).containsOnlyKeys("clientCredentials");
    }

    @Test
    void openApi32QueryAndAdditionalOperationsAreOperations() {
        IndexedDocument document = document("api.yaml", """
                openapi: 3.2.0
                info: {title: t, version: "1"}
                paths:
                  /search:
                    query:
                      operationId: search
                    additionalOperations:
                      COPY:
                        operationId: copy
                """);
        assertThat(document.version()).isEqualTo(SpecVersion.OPENAPI_3_2);
        assertThat(document.operations()).extracting(Operation::label).containsExactly("QUERY /search", "COPY /search");
    }

    @Test
    void pathItemReferencesAndParameterOverridesAreResolved() {
        write(dir, "paths/item.yaml", """
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  - {name: X-Trace, in: header, schema: {type: string}}
                get:
                  parameters:
                    - {name: x-trace, in: header, required: true, schema: {type: string}}
                    - $ref: '../api.yaml#/components/parameters/Limit'
                  responses:
                    '200': {$ref: '../api.yaml#/components/responses/Ok'}
                """);
        IndexedDocument document = document("api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /items/{id}:
                    $ref: 'paths/item.yaml'
                components:
                  parameters:
                    Limit: {name: limit, in: query, schema: {type: integer, maximum: 50}}
                  responses:
                    Ok:
                      description: ok
                      headers:
                        ETag: {schema: {type: string}}
                      content:
                        application/json:
                          schema: {type: array, items: {type: string}}
                """);
        Operation get = document.operations().get(0);
        assertThat(get.endsWithPathParameter()).isTrue();
        assertThat(get.parameters()).extracting(Parameter::name).containsExactly("id", "x-trace", "limit");
        assertThat(get.parameter("header", "X-TRACE").required()).isTrue();
        assertThat(get.parameter("query", "limit").node().fileName()).endsWith("api.yaml");
        assertThat(get.response("200").hasHeader("etag")).isTrue();
        assertThat(get.response("200").json().schema().isArray()).isTrue();
    }

    @Test
    void schemasAreEachVisitedOnceWhereWritten() {
        IndexedDocument document = document("api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Node'}
                components:
                  schemas:
                    Node:
                      type: object
                      properties:
                        children:
                          type: array
                          items: {$ref: '#/components/schemas/Node'}
                        tag:
                          allOf:
                            - {$ref: '#/components/schemas/Tag'}
                    Tag: {type: string}
                """);
        assertThat(document.schemas()).extracting(s -> s.node().pointer()).containsExactlyInAnyOrder(
                "/components/schemas/Node", "/components/schemas/Node/properties/children",
                "/components/schemas/Node/properties/tag", "/components/schemas/Tag");
    }

    @Test
    void serverVariablesTakeTheirDefaults() {
        IndexedDocument document = document("api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                servers:
                  - url: '{scheme}://{host}:8443/v2'
                    variables:
                      scheme: {default: https}
                      host: {default: API.example.com}
                paths: {}
                """);
        Server server = document.servers().get(0);
        assertThat(server.url()).isEqualTo("https://API.example.com:8443/v2");
        assertThat(server.scheme()).isEqualTo("https");
        assertThat(server.host()).isEqualTo("api.example.com");
        assertThat(server.path()).isEqualTo("/v2");
    }

    @Test
    void webhooksAndCallbacksAreOperationsEachCallbackPerOperationThatUsesIt() {
        IndexedDocument document = document("events.yaml", """
                openapi: 3.1.0
                info: {title: t, version: "1"}
                paths:
                  /subscriptions:
                    post:
                      callbacks:
                        onEvent: {$ref: '#/components/callbacks/Event'}
                      responses: {'201': {description: created}}
                  /hooks:
                    put:
                      callbacks:
                        onEvent: {$ref: '#/components/callbacks/Event'}
                      responses: {'200': {description: replaced}}
                webhooks:
                  order.created:
                    post:
                      responses: {'200': {description: received}}
                components:
                  callbacks:
                    Event:
                      '{$request.body#/url}':
                        post:
                          callbacks:
                            again:
                              '{$request.body#/next}':
                                get:
                                  responses: {'200': {description: ok}}
                          responses: {'200': {description: received}}
                """);
        assertThat(document.operations()).extracting(Operation::label).containsExactly(
                "POST /subscriptions", "POST callback {$request.body#/url}", "GET callback {$request.body#/next}",
                "PUT /hooks", "POST callback {$request.body#/url}", "GET callback {$request.body#/next}",
                "POST webhook order.created");
        assertThat(document.operations()).extracting(Operation::kind).containsExactly(Operation.Kind.PATH,
                Operation.Kind.CALLBACK, Operation.Kind.CALLBACK, Operation.Kind.PATH, Operation.Kind.CALLBACK,
                Operation.Kind.CALLBACK, Operation.Kind.WEBHOOK);
        Operation first = document.operations().get(1);
        Operation second = document.operations().get(4);
        assertThat(first.parent().label()).isEqualTo("POST /subscriptions");
        assertThat(second.parent().label()).isEqualTo("PUT /hooks");
        assertThat(document.operations().get(2).parent()).isSameAs(first);
        assertThat(first.node().pointer()).isEqualTo("/components/callbacks/Event/{$request.body#~1url}/post");
        assertThat(document.operations().get(6).parent()).isNull();
        assertThat(document.webhooks()).hasSize(1);
        assertThat(document.pathItems()).hasSize(2);
    }

    @Test
    void aCallbackThatLeadsBackToItselfIsFollowedOnce() {
        IndexedDocument document = document("loop.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    post:
                      callbacks:
                        loop: {$ref: '#/components/callbacks/Loop'}
                      responses: {'200': {description: ok}}
                components:
                  callbacks:
                    Loop:
                      '{$url}':
                        post:
                          callbacks:
                            loop: {$ref: '#/components/callbacks/Loop'}
                          responses: {'200': {description: ok}}
                """);
        assertThat(document.operations()).extracting(Operation::label)
                .containsExactly("POST /a", "POST callback {$url}");
    }

    @Test
    void callbacksThatFanOutAreBoundedInDepthAndNumber() {
        // Each level's operations all use the next level's callback: 9 methods to the power of the depth.
        StringBuilder yaml = new StringBuilder("""
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    post:
                      callbacks: {c: {$ref: '#/components/callbacks/L0'}}
                      responses: {'200': {description: ok}}
                components:
                  callbacks:
                """);
        for (int level = 0; level < 12; level++) {
            yaml.append("    L").append(level).append(":\n      '{$url").append(level).append("}':\n");
            for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
                yaml.append("        ").append(method).append(": {callbacks: {c: {$ref: '#/components/callbacks/L")
                        .append(level + 1).append("'}}, responses: {'200': {description: ok}}}\n");
            }
        }
        yaml.append("    L12: {}\n");
        IndexedDocument document = document("fan.yaml", yaml.toString());
        long callbacks = document.operations().stream().filter(o -> o.kind() == Operation.Kind.CALLBACK).count();
        assertThat(callbacks).isGreaterThan(1000).isLessThanOrEqualTo(IndexedDocument.MAX_CALLBACK_OPERATIONS + 8);
        assertThat(document.operations()).allSatisfy(operation -> {
            int depth = 0;
            for (Operation parent = operation.parent(); parent != null; parent = parent.parent()) {
                depth++;
            }
            assertThat(depth).isLessThanOrEqualTo(8);
        });
    }
}
