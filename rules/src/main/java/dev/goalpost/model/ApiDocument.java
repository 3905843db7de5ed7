package dev.goalpost.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A loaded spec indexed for the rules: its version, path items, operations, servers, security schemes and every
 * schema, each addressed where it is written. Swagger 2.0 documents are presented through the same views as
 * OpenAPI 3 (body parameters as request bodies, {@code produces} as response media types, {@code host} as a
 * server), but every node still points into the 2.0 source.
 */
public final class ApiDocument {

    private static final List<String> DEFAULT_MEDIA_TYPES = List.of("application/json");

    private final Workspace workspace;
    private final SpecNode root;
    private final SpecVersion version;
    private final List<PathItem> pathItems = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();
    /** Guarded by this document: schema rules on two threads wait for one walk rather than doing two. */
    private List<Schema> schemas;

    private ApiDocument(Workspace workspace, SpecNode root, SpecVersion version) {
        this.workspace = workspace;
        this.root = root;
        this.version = version;
        index();
    }

    /** Indexes a workspace whose root is an OpenAPI or Swagger object. */
    public static ApiDocument of(Workspace workspace) {
        SourceFile file = workspace.root();
        SpecNode root = SpecNode.root(workspace, file);
        SpecVersion version = SpecVersion.of(versionText(root.get("openapi")), versionText(root.get("swagger")));
        if (version == null) {
            // An unknown version is reported by core/spec-valid; read the document as the newest known one.
            version = root.has("swagger") && !root.has("openapi") ? SpecVersion.SWAGGER_2_0 : SpecVersion.OPENAPI_3_2;
        }
        return new ApiDocument(workspace, root, version);
    }

    /** The version as written; YAML may give {@code openapi: 3.0} as a number. */
    static String versionText(SpecNode node) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.value();
        return value.isTextual() ? value.textValue() : value.isNumber() ? value.asText() : null;
    }

    public Workspace workspace() {
        return workspace;
    }

    public SpecNode root() {
        return root;
    }

    public SpecVersion version() {
        return version;
    }

    /** The version text as written: {@code 3.1.0}, {@code 2.0}. */
    public String versionText() {
        String text = versionText(root.get("openapi"));
        return text != null ? text : versionText(root.get("swagger"));
    }

    /** The Info Object, or null. */
    public SpecNode info() {
        return root.resolved("info");
    }

    /**
     * A member written on the root or on {@code info}, root first, each where it is written: document-wide
     * extensions such as {@code x-compliance} may stand in either place.
     */
    public List<SpecNode> rootOrInfo(String name) {
        List<SpecNode> found = new ArrayList<>(2);
        SpecNode own = root.get(name);
        if (own != null) {
            found.add(own);
        }
        SpecNode info = info();
        SpecNode inInfo = info == null ? null : info.get(name);
        if (inInfo != null) {
            found.add(inInfo);
        }
        return found;
    }

    public List<PathItem> pathItems() {
        return Collections.unmodifiableList(pathItems);
    }

    /** Every operation under {@code paths}, in written order (webhooks and callbacks are not operations the API serves). */
    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }

    private void index() {
        SpecNode paths = root.get("paths");
        if (paths == null || !paths.isObject()) {
            return;
        }
        for (Map.Entry<String, SpecNode> entry : paths.members().entrySet()) {
            if (entry.getKey().startsWith("x-")) {
                continue;
            }
            SpecNode resolved = entry.getValue().resolve();
            if (resolved == null || !resolved.isObject()) {
                continue;
            }
            PathItem item = new PathItem(entry.getKey(), entry.getValue(), resolved);
            pathItems.add(item);
            for (String method : PathItem.METHODS) {
                if (method.equals("query") && version != SpecVersion.OPENAPI_3_2) {
                    continue;
                }
                addOperation(item, method, resolved.get(method));
            }
            SpecNode additional = resolved.get("additionalOperations");
            if (additional != null && version == SpecVersion.OPENAPI_3_2) {
                additional.members().forEach((method, declaration) ->
                        addOperation(item, method.toLowerCase(Locale.ROOT), declaration));
            }
        }
    }

    private void addOperation(PathItem item, String method, SpecNode declaration) {
        if (declaration == null) {
            return;
        }
        SpecNode node = declaration.resolve();
        if (node == null || !node.isObject()) {
            return;
        }
        Operation operation = new Operation(this, item, method, declaration, node);
        item.add(operation);
        operations.add(operation);
    }

    // ---- servers ----------------------------------------------------------------------------------------

    /**
     * Every server the API declares: root servers, then those on path items and operations. For Swagger 2.0,
     * one server per scheme built from {@code host} and {@code basePath}; without {@code host} the API is served
     * from the host that serves the spec, so {@code basePath} alone is a relative server URL.
     */
    public List<Server> servers() {
        List<Server> servers = new ArrayList<>();
        if (version.isSwagger2()) {
            SpecNode host = root.get("host");
            if (host != null && host.isText()) {
                String basePath = root.text("basePath") == null ? "" : root.text("basePath");
                List<String> schemes = new ArrayList<>();
                SpecNode declared = root.get("schemes");
                if (declared != null) {
                    declared.elements().forEach(s -> {
                        if (s.isText()) {
                            schemes.add(s.text().toLowerCase(Locale.ROOT));
                        }
                    });
                }
                if (schemes.isEmpty()) {
                    schemes.add("https");
                }
                for (String scheme : schemes) {
                    servers.add(new Server(scheme + "://" + host.text() + basePath, null, host));
                }
            } else if (root.text("basePath") != null) {
                servers.add(new Server(root.text("basePath"), null, root.get("basePath")));
            }
            return servers;
        }
        addServers(servers, root.get("servers"));
        for (PathItem item : pathItems) {
            addServers(servers, item.node().get("servers"));
            for (Operation operation : item.operations()) {
                addServers(servers, operation.node().get("servers"));
            }
        }
        return servers;
    }

    private static void addServers(List<Server> servers, SpecNode list) {
        if (list == null) {
            return;
        }
        for (SpecNode element : list.elements()) {
            SpecNode resolved = element.resolveOrSelf();
            if (resolved.isObject()) {
                Server server = Server.of(resolved);
                if (server != null) {
                    servers.add(server);
                }
            }
        }
    }

    // ---- security ---------------------------------------------------------------------------------------

    /** The declared security schemes by name ({@code components.securitySchemes}, 2.0 {@code securityDefinitions}). */
    public Map<String, SecurityScheme> securitySchemes() {
        SpecNode declared = version.isSwagger2() ? root.get("securityDefinitions")
                : root.path("components", "securitySchemes");
        if (declared == null) {
            return Map.of();
        }
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        declared.members().forEach((name, value) -> {
            SpecNode node = value.resolve();
            if (node != null && node.isObject()) {
                schemes.put(name, securityScheme(name, node));
            }
        });
        return schemes;
    }

    private SecurityScheme securityScheme(String name, SpecNode node) {
        String type = node.text("type");
        String scheme = node.text("scheme") == null ? null : node.text("scheme").toLowerCase(Locale.ROOT);
        Set<String> flows = new LinkedHashSet<>();
        if (version.isSwagger2()) {
            if ("basic".equals(type)) {
                type = "http";
                scheme = "basic";
            }
            String flow = node.text("flow");
            if (flow != null) {
                flows.add(switch (flow) {
                    case "application" -> "clientCredentials";
                    case "accessCode" -> "authorizationCode";
                    default -> flow;
                });
            }
        } else if (node.get("flows") != null) {
            flows.addAll(node.get("flows").keys());
        }
        return new SecurityScheme(name, node, type, scheme, flows);
    }

    // ---- tags -------------------------------------------------------------------------------------------

    /** The Tag Objects declared at the root, by name. */
    public Map<String, SpecNode> tagDeclarations() {
        SpecNode tags = root.get("tags");
        if (tags == null) {
            return Map.of();
        }
        Map<String, SpecNode> declared = new LinkedHashMap<>();
        for (SpecNode tag : tags.elements()) {
            SpecNode resolved = tag.resolveOrSelf();
            String name = resolved.text("name");
            if (name != null) {
                declared.putIfAbsent(name, resolved);
            }
        }
        return declared;
    }

    // ---- responses and media types ----------------------------------------------------------------------

    Response response(String status, SpecNode node, SpecNode operation) {
        Map<String, Header> headers = new LinkedHashMap<>();
        SpecNode declared = node.get("headers");
        if (declared != null) {
            declared.members().forEach((name, value) -> {
                SpecNode resolved = value.resolve();
                if (resolved != null) {
                    headers.put(name, new Header(name, resolved, version));
                }
            });
        }
        List<MediaType> media;
        if (version.isSwagger2()) {
            media = new ArrayList<>();
            SpecNode schema = node.get("schema");
            if (schema != null) {
                SpecNode examples = node.get("examples");
                for (String type : swagger2MediaTypes(operation, "produces")) {
                    media.add(new MediaType(type, node, schema, examples == null ? null : examples.get(type), version));
                }
            }
        } else {
            media = contentOf(node.get("content"));
        }
        return new Response(status, node, Collections.unmodifiableMap(headers), List.copyOf(media));
    }

    /** The media types of a {@code content} map (of a request body, response, parameter or header), each resolved. */
    public List<MediaType> contentOf(SpecNode content) {
        if (content == null || !content.isObject()) {
            return List.of();
        }
        List<MediaType> media = new ArrayList<>();
        content.members().forEach((type, value) -> {
            SpecNode resolved = value.resolveOrSelf();
            if (resolved.isObject()) {
                media.add(new MediaType(type, resolved, resolved.get("schema"), null, version));
            }
        });
        return media;
    }

    /** A Swagger 2.0 operation's {@code consumes} or {@code produces}, else the root's, else JSON. */
    List<String> swagger2MediaTypes(SpecNode operation, String field) {
        for (SpecNode declared : new SpecNode[] {operation.get(field), root.get(field)}) {
            if (declared != null && declared.isArray() && declared.value().size() > 0) {
                List<String> types = new ArrayList<>();
                declared.elements().forEach(t -> {
                    if (t.isText()) {
                        types.add(t.text());
                    }
                });
                return types;
            }
        }
        return DEFAULT_MEDIA_TYPES;
    }

    // ---- schemas ----------------------------------------------------------------------------------------

    /** The named schemas: {@code components.schemas} (2.0: {@code definitions}), each as written. */
    public Map<String, SpecNode> schemaDefinitions() {
        SpecNode declared = version.isSwagger2() ? root.get("definitions") : root.path("components", "schemas");
        return declared == null ? Map.of() : declared.members();
    }

    /**
     * Every Schema Object reachable from the document (named schemas, parameters, bodies, responses, headers and
     * everything nested in them), each once and addressed where it is written.
     */
    public synchronized List<Schema> schemas() {
        if (schemas == null) {
            schemas = new SchemaWalk(this).run();
        }
        return schemas;
    }

    /** Collects schemas iteratively, so deep or cyclic schemas cannot overflow the stack. */
    private static final class SchemaWalk {
        private static final Set<String> SINGLE = Set.of("items", "additionalProperties", "not", "if", "then",
                "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems");
        private static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
        private static final Set<String> MAPS = Set.of("properties", "patternProperties", "dependentSchemas",
                "$defs", "definitions");

        private final ApiDocument document;
        private final Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Deque<SpecNode> pending = new ArrayDeque<>();
        private final List<Schema> found = new ArrayList<>();

        SchemaWalk(ApiDocument document) {
            this.document = document;
        }

        List<Schema> run() {
            document.schemaDefinitions().values().forEach(this::offer);
            SpecNode root = document.root;
            if (document.version.isSwagger2()) {
                SpecNode parameters = root.get("parameters");
                if (parameters != null) {
                    parameters.members().values().forEach(p -> offer(p.resolveOrSelf().get("schema")));
                }
                SpecNode responses = root.get("responses");
                if (responses != null) {
                    responses.members().values().forEach(r -> offer(r.resolveOrSelf().get("schema")));
                }
            } else {
                SpecNode components = root.get("components");
                if (components != null) {
                    eachMember(components.get("parameters"), this::offerParameterOrHeader);
                    eachMember(components.get("headers"), this::offerParameterOrHeader);
                    eachMember(components.get("requestBodies"), body -> offerContent(body.get("content")));
                    eachMember(components.get("responses"), this::offerResponse);
                }
            }
            for (Operation operation : document.operations) {
                for (Parameter parameter : operation.parameters()) {
                    if (!document.version.isSwagger2()) {
                        offerParameterOrHeader(parameter.node());
                    }
                }
                RequestBody body = operation.requestBody();
                if (body != null) {
                    body.mediaTypes().forEach(m -> offer(m.schemaNode()));
                }
                for (Response response : operation.responses()) {
                    response.mediaTypes().forEach(m -> offer(m.schemaNode()));
                    if (!document.version.isSwagger2()) {
                        response.headers().values().forEach(h -> offer(h.node().get("schema")));
                    }
                }
            }
            while (!pending.isEmpty()) {
                visit(pending.pop());
            }
            return Collections.unmodifiableList(found);
        }

        private void eachMember(SpecNode map, java.util.function.Consumer<SpecNode> action) {
            if (map != null) {
                map.members().values().forEach(member -> {
                    SpecNode resolved = member.resolve();
                    if (resolved != null) {
                        action.accept(resolved);
                    }
                });
            }
        }

        private void offerParameterOrHeader(SpecNode node) {
            offer(node.get("schema"));
            offerContent(node.get("content"));
        }

        private void offerResponse(SpecNode response) {
            offerContent(response.get("content"));
            eachMember(response.get("headers"), this::offerParameterOrHeader);
        }

        private void offerContent(SpecNode content) {
            eachMember(content, media -> offer(media.get("schema")));
        }

        private void offer(SpecNode node) {
            if (node != null) {
                pending.push(node);
            }
        }

        private void visit(SpecNode declared) {
            Schema schema = Schema.of(declared);
            if (schema == null || !seen.add(schema.node().value())) {
                return;
            }
            found.add(schema);
            SpecNode node = schema.node();
            // One pass over the schema's members: a schema has a handful, the keyword lists have twenty.
            Iterator<String> names = node.value().fieldNames();
            while (names.hasNext()) {
                String keyword = names.next();
                if (SINGLE.contains(keyword)) {
                    SpecNode child = node.get(keyword);
                    if (child.isObject()) {
                        pending.push(child);
                    } else if (child.isArray() && keyword.equals("items")) {
                        child.elements().forEach(pending::push);
                    }
                } else if (LISTS.contains(keyword)) {
                    node.get(keyword).elements().forEach(pending::push);
                } else if (MAPS.contains(keyword)) {
                    SpecNode map = node.get(keyword);
                    if (map.isObject()) {
                        map.members().values().forEach(pending::push);
                    }
                }
            }
        }
    }
}
