package dev.goalpost.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Component;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.Header;
import dev.goalpost.api.model.Link;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SecurityScheme;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.api.model.Tag;
import dev.goalpost.load.JsonPointers;
import dev.goalpost.load.PositionedObjectNode;
import dev.goalpost.load.RefSite;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import dev.goalpost.openapi.Grammar;
import dev.goalpost.openapi.TypedWalk;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded spec indexed for the rules by one {@link TypedWalk} over its version's {@link Grammar}: path items,
 * webhooks and callbacks with their operations, and every schema, each addressed where it is written. Other
 * listeners (the structure checks) hear the same walk. Swagger 2.0 documents are presented through the same views
 * as OpenAPI 3, but every node still points into the 2.0 source.
 */
public final class IndexedDocument implements ApiDocument {

    private static final List<String> DEFAULT_MEDIA_TYPES = List.of("application/json");

    private final Workspace workspace;
    private final TreeNode root;
    private final SpecVersion version;
    private final Grammar grammar;
    private final List<PathItem> pathItems = new ArrayList<>();
    private final List<PathItem> webhooks = new ArrayList<>();
    private final List<PathItem> callbacks = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();
    private final List<Schema> schemas = new ArrayList<>();
    /** The member names written on the objects the walk met (keywords and extensions), for vocabulary checks. */
    private final Set<String> memberNames = new HashSet<>();
    private volatile List<Server> servers;
    private volatile Map<String, SecurityScheme> securitySchemes;
    private volatile Map<String, Tag> tags;
    private volatile Usage usage;
    /**
     * {@link #rootOrInfo} by name: a schema rule asks for the document's declarations once per schema, tens of
     * thousands of times on a large spec.
     */
    private final Map<String, List<TreeNode>> rootOrInfo = new ConcurrentHashMap<>();

    private IndexedDocument(Workspace workspace, TreeNode root, SpecVersion version) {
        this.workspace = workspace;
        this.root = root;
        this.version = version;
        this.grammar = Grammar.of(version);
    }

    /** Indexes a workspace whose root is an OpenAPI or Swagger object. */
    public static IndexedDocument of(Workspace workspace) {
        return of(workspace, List.of());
    }

    /** Indexes a workspace, letting {@code listeners} hear the same walk that builds the index. */
    public static IndexedDocument of(Workspace workspace, List<TypedWalk.Listener> listeners) {
        return of(workspace, grammar -> listeners);
    }

    /**
     * Indexes a workspace, letting the listeners that {@code listeners} makes for the document's grammar hear the
     * same walk that builds the index.
     */
    public static IndexedDocument of(Workspace workspace,
            java.util.function.Function<Grammar, List<TypedWalk.Listener>> listeners) {
        SourceFile file = workspace.root();
        TreeNode root = TreeNode.root(workspace, file);
        SpecVersion version = SpecVersion.of(versionText(root.get("openapi")), versionText(root.get("swagger")));
        if (version == null) {
            // An unknown version is reported by core/spec-valid; read the document as the newest known one.
            version = root.has("swagger") && !root.has("openapi") ? SpecVersion.SWAGGER_2_0 : SpecVersion.OPENAPI_3_2;
        }
        IndexedDocument document = new IndexedDocument(workspace, root, version);
        List<TypedWalk.Listener> all = new ArrayList<>();
        all.add(document.new Indexer());
        all.addAll(listeners.apply(document.grammar));
        new TypedWalk(document.grammar, all).walk(root);
        return document;
    }

    /** Collects what the rules are handed: path items (with their operations) and schemas. */
    private final class Indexer implements TypedWalk.Listener {
        @Override
        public void object(TypedWalk.Visit visit) {
            JsonNode object = visit.node().value();
            if (object instanceof PositionedObjectNode positioned) {
                for (int i = 0; i < positioned.size(); i++) {
                    memberNames.add(positioned.keyAt(i));
                }
            } else {
                object.fieldNames().forEachRemaining(memberNames::add);
            }
            if (visit.type() == grammar.schema()) {
                schemas.add(SchemaView.of(visit.declaration(), visit.node(), version.atLeast31()));
            } else if (visit.type() == grammar.pathItem()) {
                pathItem(visit);
            }
        }

        private void pathItem(TypedWalk.Visit visit) {
            TreeNode declaration = visit.declaration();
            TreeNode holder = declaration.parent();
            String place = holder == null ? null : holder.key();
            if (visit.parent().type() == grammar.root() && "paths".equals(place)) {
                PathItemView item = new PathItemView(IndexedDocument.this, declaration.key(), Operation.Kind.PATH,
                        declaration, visit.node(), null);
                pathItems.add(item);
                addOperations(item, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
            } else if (visit.parent().type() == grammar.root() && "webhooks".equals(place)) {
                PathItemView item = new PathItemView(IndexedDocument.this, declaration.key(), Operation.Kind.WEBHOOK,
                        declaration, visit.node(), null);
                webhooks.add(item);
                addOperations(item, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
    }

    /** Callbacks nested deeper than this are not indexed (a chain of callbacks that deep is a mistake). */
    private static final int MAX_CALLBACK_DEPTH = 8;
    /**
     * At most this many callback operations per document: callbacks shared through {@code $ref} are read once per
     * operation that uses them, so nesting could otherwise multiply them without end.
     */
    static final int MAX_CALLBACK_OPERATIONS = 10_000;

    private int callbackOperations;

    /**
     * Adds a path item's operations, each followed by the operations of its callbacks (read per operation that
     * declares them, so a callback shared through {@code $ref} belongs to each operation that uses it). A callback
     * that leads back to a path item already on the chain is not followed again.
     */
    private void addOperations(PathItemView item, int depth, Set<JsonNode> chain) {
        for (Operation operation : item.operations()) {
            operations.add(operation);
            if (depth >= MAX_CALLBACK_DEPTH || version == SpecVersion.SWAGGER_2_0) {
                continue;
            }
            TreeNode declared = ((TreeNode) operation.node()).get("callbacks");
            TreeNode map = declared == null ? null : declared.resolve();
            if (map == null || !map.isObject()) {
                continue;
            }
            for (TreeNode callbackDeclaration : map.members().values()) {
                TreeNode callback = callbackDeclaration.resolve();
                if (callback == null || !callback.isObject()) {
                    continue;
                }
                callback.members().forEach((expression, itemDeclaration) -> {
                    TreeNode itemNode = expression.startsWith("x-") ? null : itemDeclaration.resolve();
                    if (itemNode == null || !itemNode.isObject() || chain.contains(itemNode.value())
                            || callbackOperations >= MAX_CALLBACK_OPERATIONS) {
                        return;
                    }
                    PathItemView callbackItem = new PathItemView(this, expression, Operation.Kind.CALLBACK,
                            itemDeclaration, itemNode, operation);
                    callbackOperations += callbackItem.operations().size();
                    callbacks.add(callbackItem);
                    chain.add(itemNode.value());
                    addOperations(callbackItem, depth + 1, chain);
                    chain.remove(itemNode.value());
                });
            }
        }
    }

    /** The version as written; YAML may give {@code openapi: 3.0} as a number. */
    static String versionText(TreeNode node) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.value();
        return value.isTextual() ? value.textValue() : value.isNumber() ? value.asText() : null;
    }

    /**
     * Whether any object of the document (root, {@code info}, path item, operation, parameter, schema, …; not the
     * content of examples or extensions) has a member of that name.
     */
    public boolean hasMemberNamed(String name) {
        return memberNames.contains(name);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Grammar grammar() {
        return grammar;
    }

    @Override
    public TreeNode root() {
        return root;
    }

    @Override
    public SpecVersion version() {
        return version;
    }

    @Override
    public String versionText() {
        String text = versionText(root.get("openapi"));
        return text != null ? text : versionText(root.get("swagger"));
    }

    @Override
    public InfoView info() {
        TreeNode declared = root.get("info");
        TreeNode info = declared == null ? null : declared.resolve();
        return info == null || !info.isObject() ? null : new InfoView(declared, info);
    }

    @Override
    public List<TreeNode> rootOrInfo(String name) {
        List<TreeNode> known = rootOrInfo.get(name);
        if (known == null) {
            known = findRootOrInfo(name);
            rootOrInfo.putIfAbsent(name, known);
        }
        return known;
    }

    private List<TreeNode> findRootOrInfo(String name) {
        List<TreeNode> found = new ArrayList<>(2);
        TreeNode own = root.get(name);
        if (own != null) {
            found.add(own);
        }
        TreeNode declared = root.get("info");
        TreeNode info = declared == null ? null : declared.resolve();
        TreeNode inInfo = info == null ? null : info.get(name);
        if (inInfo != null) {
            found.add(inInfo);
        }
        return List.copyOf(found);
    }

    @Override
    public TreeNode extension(String name) {
        List<TreeNode> found = rootOrInfo(name);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<PathItem> pathItems() {
        return Collections.unmodifiableList(pathItems);
    }

    @Override
    public List<PathItem> webhooks() {
        return Collections.unmodifiableList(webhooks);
    }

    /** The path items of every operation's callbacks, once per operation that declares them, in written order. */
    public List<PathItem> callbacks() {
        return Collections.unmodifiableList(callbacks);
    }

    /** Every operation: of paths, of webhooks and of callbacks (each after the operation declaring it). */
    @Override
    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }

    @Override
    public List<Schema> schemas() {
        return Collections.unmodifiableList(schemas);
    }

    // ---- servers ----------------------------------------------------------------------------------------

    @Override
    public List<Server> servers() {
        List<Server> cached = servers;
        if (cached == null) {
            cached = List.copyOf(findServers());
            servers = cached;
        }
        return cached;
    }

    /**
     * Root servers, then those on path items and operations. For Swagger 2.0, one server per scheme built from
     * {@code host} and {@code basePath}; without {@code host} the API is served from the host that serves the spec,
     * so {@code basePath} alone is a relative server URL.
     */
    private List<Server> findServers() {
        List<Server> found = new ArrayList<>();
        if (version.isSwagger2()) {
            TreeNode host = root.get("host");
            String basePath = root.text("basePath") == null ? "" : root.text("basePath");
            if (host != null && host.isText()) {
                List<String> schemes = new ArrayList<>();
                TreeNode declared = root.get("schemes");
                if (declared != null) {
                    for (TreeNode scheme : declared.elements()) {
                        if (scheme.isText()) {
                            schemes.add(scheme.text().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                if (schemes.isEmpty()) {
                    schemes.add("https");
                }
                for (String scheme : schemes) {
                    found.add(new ServerView(scheme + "://" + host.text() + basePath, null, host, host));
                }
            } else if (root.text("basePath") != null) {
                found.add(new ServerView(basePath, null, root.get("basePath"), root.get("basePath")));
            }
            return found;
        }
        addServers(found, root.get("servers"));
        for (PathItem item : pathItems) {
            addServers(found, ((TreeNode) item.node()).get("servers"));
            for (Operation operation : item.operations()) {
                addServers(found, ((TreeNode) operation.node()).get("servers"));
            }
        }
        return found;
    }

    private static void addServers(List<Server> found, TreeNode list) {
        if (list == null) {
            return;
        }
        for (TreeNode element : list.elements()) {
            TreeNode resolved = element.resolveOrSelf();
            if (resolved.isObject()) {
                ServerView server = ServerView.of(element, resolved);
                if (server != null) {
                    found.add(server);
                }
            }
        }
    }

    // ---- security ---------------------------------------------------------------------------------------

    @Override
    public TreeNode securitySchemesNode() {
        return version.isSwagger2() ? root.get("securityDefinitions") : root.path("components", "securitySchemes");
    }

    @Override
    public Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> cached = securitySchemes;
        if (cached == null) {
            Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
            TreeNode declared = securitySchemesNode();
            if (declared != null) {
                declared.members().forEach((name, value) -> {
                    TreeNode node = value.resolve();
                    if (node != null && node.isObject() && !name.startsWith("x-")) {
                        schemes.put(name, SecuritySchemeView.of(name, value, node, version.isSwagger2()));
                    }
                });
            }
            cached = Collections.unmodifiableMap(schemes);
            securitySchemes = cached;
        }
        return cached;
    }

    // ---- tags -------------------------------------------------------------------------------------------

    @Override
    public Map<String, Tag> tags() {
        Map<String, Tag> cached = tags;
        if (cached == null) {
            Map<String, Tag> declared = new LinkedHashMap<>();
            TreeNode list = root.get("tags");
            if (list != null) {
                for (TreeNode tag : list.elements()) {
                    TreeNode resolved = tag.resolveOrSelf();
                    String name = resolved.text("name");
                    if (name != null) {
                        declared.putIfAbsent(name, new TagView(name, tag, resolved));
                    }
                }
            }
            cached = Collections.unmodifiableMap(declared);
            tags = cached;
        }
        return cached;
    }

    // ---- parameters, responses and media types ----------------------------------------------------------

    /** The parameters of a {@code parameters} list, each resolved; Swagger 2.0 body parameters left out. */
    List<Parameter> parametersOf(TreeNode list) {
        if (list == null) {
            return List.of();
        }
        List<Parameter> parameters = new ArrayList<>();
        for (TreeNode element : list.elements()) {
            TreeNode resolved = element.resolve();
            if (resolved == null || !resolved.isObject()
                    || version.isSwagger2() && "body".equals(resolved.text("in"))) {
                continue;
            }
            parameters.add(new ParameterView(element, resolved, this));
        }
        return parameters;
    }

    ResponseView response(String status, TreeNode declaration, TreeNode node, TreeNode operation) {
        Map<String, Header> headers = new LinkedHashMap<>();
        TreeNode declared = node.get("headers");
        if (declared != null) {
            declared.members().forEach((name, value) -> {
                TreeNode resolved = value.resolve();
                if (resolved != null) {
                    headers.put(name, new HeaderView(name, value, resolved, this));
                }
            });
        }
        List<MediaType> media;
        if (version.isSwagger2()) {
            media = new ArrayList<>();
            TreeNode schema = node.get("schema");
            if (schema != null) {
                TreeNode examples = node.get("examples");
                for (String type : swagger2MediaTypes(operation, "produces")) {
                    media.add(new MediaTypeView(type, node, node, schema, examples == null ? null : examples.get(type),
                            version, Example.Direction.RESPONSE));
                }
            }
        } else {
            media = contentOf(node.get("content"), Example.Direction.RESPONSE);
        }
        Map<String, Link> links = new LinkedHashMap<>();
        TreeNode linked = version.isSwagger2() ? null : node.get("links");
        if (linked != null) {
            linked.members().forEach((name, value) -> {
                TreeNode resolved = value.resolve();
                if (resolved != null && resolved.isObject()) {
                    links.put(name, new LinkView(name, value, resolved));
                }
            });
        }
        return new ResponseView(status, declaration, node, Collections.unmodifiableMap(headers), List.copyOf(media),
                Collections.unmodifiableMap(links));
    }

    /** The media types of a {@code content} map, each resolved. */
    List<MediaType> contentOf(TreeNode content, Example.Direction direction) {
        if (content == null || !content.isObject()) {
            return List.of();
        }
        List<MediaType> media = new ArrayList<>();
        content.members().forEach((type, value) -> {
            TreeNode resolved = value.resolveOrSelf();
            if (resolved.isObject()) {
                media.add(new MediaTypeView(type, value, resolved, resolved.get("schema"), null, version, direction));
            }
        });
        return media;
    }

    /** A Swagger 2.0 operation's {@code consumes} or {@code produces}, else the root's, else JSON. */
    List<String> swagger2MediaTypes(TreeNode operation, String field) {
        for (TreeNode declared : new TreeNode[] {operation.get(field), root.get(field)}) {
            if (declared != null && declared.isArray() && declared.value().size() > 0) {
                List<String> types = new ArrayList<>();
                for (TreeNode type : declared.elements()) {
                    if (type.isText()) {
                        types.add(type.text());
                    }
                }
                return types;
            }
        }
        return DEFAULT_MEDIA_TYPES;
    }

    // ---- schemas ----------------------------------------------------------------------------------------

    @Override
    public Map<String, TreeNode> schemaDefinitions() {
        TreeNode declared = version.isSwagger2() ? root.get("definitions") : root.path("components", "schemas");
        return declared == null ? Map.of() : declared.members();
    }

    // ---- security requirements and components ----------------------------------------------------------

    @Override
    public List<TreeNode> securityLists() {
        List<TreeNode> lists = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        TreeNode own = root.get("security");
        if (own != null) {
            lists.add(own);
            seen.add(own.contentKey());
        }
        List<PathItem> items = new ArrayList<>(pathItems);
        items.addAll(webhooks);
        items.addAll(callbacks);
        for (PathItem item : items) {
            for (Operation operation : item.operations()) {
                TreeNode security = ((TreeNode) operation.node()).get("security");
                if (security != null && seen.add(security.contentKey())) {
                    lists.add(security);
                }
            }
        }
        return lists;
    }

    @Override
    public SecurityScheme securityScheme(String name, SpecNode requirement) {
        SecurityScheme declared = securitySchemes().get(name);
        if (declared != null || version != SpecVersion.OPENAPI_3_2 || !(requirement instanceof TreeNode at)) {
            return declared;
        }
        TreeNode target = schemeByUri(name, at);
        return target == null ? null : SecuritySchemeView.of(name, target, target, false);
    }

    /** OpenAPI 3.2: the Security Scheme Object a requirement's name reaches as a URI reference, or null. */
    private TreeNode schemeByUri(String name, TreeNode requirement) {
        if (name.isEmpty() || version != SpecVersion.OPENAPI_3_2) {
            return null;
        }
        Workspace.Target target = workspace.follow(requirement.file(), name);
        TreeNode node = target == null ? null : TreeNode.at(workspace, target.file(), target.tokens());
        node = node == null ? null : node.resolve();
        return node != null && node.isObject() && node.has("type") ? node : null;
    }

    /** The maps that hold components, by their pointer in the root document, and how messages name them. */
    private Map<String, String> componentSections() {
        Map<String, String> sections = new LinkedHashMap<>();
        if (version.isSwagger2()) {
            for (String section : List.of("definitions", "parameters", "responses", "securityDefinitions")) {
                sections.put("/" + section, section);
            }
        } else {
            TreeNode components = root.get("components");
            if (components != null) {
                for (String section : components.keys()) {
                    if (!section.startsWith("x-")) {
                        sections.put("/components/" + JsonPointers.escape(section), "components." + section);
                    }
                }
            }
        }
        return sections;
    }

    @Override
    public List<Component> components() {
        List<Component> found = new ArrayList<>();
        componentSections().forEach((pointer, section) -> {
            TreeNode map = TreeNode.at(workspace, workspace.root(), JsonPointers.split(pointer));
            if (map != null && map.isObject()) {
                map.members().forEach((name, node) -> {
                    if (!name.startsWith("x-")) {
                        found.add(new Component(section, name, node));
                    }
                });
            }
        });
        return found;
    }

    @Override
    public boolean isUsed(Component component) {
        Usage known = usage;
        if (known == null) {
            known = new Usage();
            usage = known;
        }
        if (component.isSecurityScheme() && known.schemeNames.contains(component.name())) {
            return true;
        }
        TreeNode node = (TreeNode) component.node();
        return known.reaches(node.file(), node.pointer());
    }

    /**
     * What the document uses: every place reached from outside the components by following {@code $ref}s, and the
     * security schemes its requirements name. Every {@code $ref} inside reached content counts, also one written in
     * an example or an extension: a component someone refers to is not dead, whatever the place. Computed once, on
     * first use, in time linear in the size of the reached content.
     */
    private final class Usage {
        /** A place in a file: its pointer and its content. */
        private record Place(SourceFile file, String pointer, JsonNode node) {}

        /** Reached places, by file. */
        private final Map<SourceFile, TreeSet<String>> reached = new IdentityHashMap<>();
        /** The schemas that include a schema through {@code allOf}, by the place of the included schema. */
        private final Map<String, List<Place>> includedBy = new HashMap<>();
        private final Set<String> schemeNames = new HashSet<>();
        private final Deque<Place> queue = new ArrayDeque<>();
        /** The reference targets queued so far, by identity ({@link Workspace#follow} hands out one per reference). */
        private final Set<Workspace.Target> followed = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The containers of reached content still to visit, reused from place to place. */
        private final ContainerScan scan = new ContainerScan();

        Usage() {
            for (SourceFile file : workspace.files()) {
                for (RefSite site : file.refs()) {
                    Object[] path = site.holderPath();
                    if (path.length >= 2 && "allOf".equals(path[path.length - 2])) {
                        Place included = end(file, site.ref());
                        if (included != null) {
                            String holder = pointerOf(path, path.length - 2);
                            JsonNode schema = JsonPointers.split(holder).isEmpty() ? file.root()
                                    : file.root().at(holder);
                            includedBy.computeIfAbsent(key(included), k -> new ArrayList<>())
                                    .add(new Place(file, holder, schema));
                        }
                    }
                }
            }
            for (TreeNode security : securityLists()) {
                for (TreeNode requirement : security.elements()) {
                    for (String name : requirement.keys()) {
                        schemeNames.add(name);
                        if (!securitySchemes().containsKey(name)) {
                            TreeNode byUri = schemeByUri(name, requirement);
                            if (byUri != null) {
                                queue.add(new Place(byUri.file(), byUri.pointer(), byUri.value()));
                            }
                        }
                    }
                }
            }
            Set<String> sections = componentSections().keySet();
            SourceFile rootFile = workspace.root();
            for (String key : root.keys()) {
                String pointer = "/" + JsonPointers.escape(key);
                if (!sections.contains(pointer) && !(key.equals("components") && !version.isSwagger2())) {
                    queue.add(new Place(rootFile, pointer, rootFile.root().get(key)));
                }
            }
            while (!queue.isEmpty()) {
                reach(queue.poll());
            }
        }

        private static String pointerOf(Object[] path, int length) {
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < length; i++) {
                pointer.append('/');
                if (path[i] instanceof String key) {
                    JsonPointers.appendEscaped(pointer, key);
                } else {
                    pointer.append(path[i]);
                }
            }
            return pointer.toString();
        }

        private static String key(Place place) {
            return place.file().uri() + "#" + place.pointer();
        }

        private static Place place(Workspace.Target target) {
            StringBuilder pointer = new StringBuilder();
            for (String token : target.tokens()) {
                pointer.append('/');
                JsonPointers.appendEscaped(pointer, token);
            }
            return new Place(target.file(), pointer.toString(), target.node());
        }

        /** The end of a reference chain, or null when it leads nowhere. */
        private Place end(SourceFile from, String ref) {
            Place at = null;
            for (int hops = 0; hops < 64; hops++) {
                Workspace.Target target = workspace.follow(from, ref);
                if (target == null) {
                    return null;
                }
                at = place(target);
                JsonNode next = at.node() == null ? null : at.node().get("$ref");
                if (next == null || !next.isTextual()) {
                    return at;
                }
                from = at.file();
                ref = next.textValue();
            }
            return at;
        }

        /**
         * Marks a place reached and follows every {@code $ref} written inside it, sample data included (a component an
         * example refers to is not dead either); a place inside one already reached was scanned with it.
         */
        private void reach(Place place) {
            String pointer = place.pointer();
            TreeSet<String> places = reached.computeIfAbsent(place.file(), f -> new TreeSet<>());
            if (places.contains("") || places.contains(pointer)) {
                return;
            }
            for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
                if (places.contains(pointer.substring(0, slash))) {
                    return;
                }
            }
            places.add(pointer);
            if (place.node() == null) {
                return;
            }
            ContainerScan scan = this.scan;
            scan.push(place.node(), null, -1, 0);
            while (!scan.isEmpty()) {
                int depth = scan.pop();
                JsonNode node = scan.node();
                if (node instanceof PositionedObjectNode object) {
                    // One pass over the members finds $ref and discriminator too: looking them up by name would
                    // build a hash index on every large object of the reached content.
                    JsonNode ref = null;
                    boolean discriminator = false;
                    for (int i = 0; i < object.size(); i++) {
                        String key = object.keyAt(i);
                        JsonNode value = object.valueAt(i);
                        if (key.equals("$ref")) {
                            ref = value;
                        } else if (key.equals("discriminator")) {
                            discriminator = true;
                        }
                        if (value.isContainerNode()) {
                            scan.push(value, key, -1, depth + 1);
                        }
                    }
                    visit(place, node, depth, ref, discriminator);
                } else if (node.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext();) {
                        Map.Entry<String, JsonNode> member = members.next();
                        if (member.getValue().isContainerNode()) {
                            scan.push(member.getValue(), member.getKey(), -1, depth + 1);
                        }
                    }
                    visit(place, node, depth, node.get("$ref"), node.has("discriminator"));
                } else if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        if (node.get(i).isContainerNode()) {
                            scan.push(node.get(i), null, i, depth + 1);
                        }
                    }
                }
            }
        }

        /** Follows what an object of reached content uses: its {@code $ref}, and a discriminator's schemas. */
        private void visit(Place place, JsonNode object, int depth, JsonNode ref, boolean discriminator) {
            if (ref != null && ref.isTextual()) {
                follow(place.file(), ref.textValue());
            }
            if (discriminator) {
                discriminated(new Place(place.file(), scan.pointer(place.pointer(), depth), object));
            }
        }

        /**
         * Queues every hop of a reference chain: each is a place the document uses. A hop followed before was
         * queued with the rest of its chain then (big specs refer to the same few schemas thousands of times).
         */
        private void follow(SourceFile from, String ref) {
            for (int hops = 0; hops < 64; hops++) {
                Workspace.Target target = workspace.follow(from, ref);
                if (target == null || !followed.add(target)) {
                    return;
                }
                Place at = place(target);
                queue.add(at);
                JsonNode next = at.node() == null ? null : at.node().get("$ref");
                if (next == null || !next.isTextual()) {
                    return;
                }
                from = at.file();
                ref = next.textValue();
            }
        }

        /** A used schema with a discriminator uses the schemas its mapping names and those that include it. */
        private void discriminated(Place schema) {
            JsonNode mapping = schema.node().path("discriminator").path("mapping");
            JsonNode named = version.isSwagger2() ? root.value().path("definitions")
                    : root.value().path("components").path("schemas");
            for (JsonNode value : mapping) {
                if (!value.isTextual()) {
                    continue;
                }
                String text = value.textValue();
                if (named.has(text)) {
                    follow(workspace.root(), "#" + (version.isSwagger2() ? "/definitions/" : "/components/schemas/")
                            + JsonPointers.escape(text));
                } else {
                    follow(schema.file(), text);
                }
            }
            List<Place> including = includedBy.get(key(schema));
            if (including != null) {
                queue.addAll(including);
            }
        }

        /**
         * A depth-first scan over the containers of a tree, in arrays rather than one object per container: a
         * scan visits every container of the reached content, most of a large spec. A container's pointer is spelt
         * out only when one is needed (at a discriminator), from the names and indexes of the containers on the way
         * to it, which a depth-first scan has just visited.
         */
        private static final class ContainerScan {
            private JsonNode[] nodes = new JsonNode[64];
            private String[] keys = new String[64];
            private int[] indexes = new int[64];
            private int[] depths = new int[64];
            private int size;
            /** The member name (or array index, with a null name) of the container met last at each depth. */
            private String[] pathKeys = new String[16];
            private int[] pathIndexes = new int[16];
            private JsonNode current;

            boolean isEmpty() {
                return size == 0;
            }

            /** Queues a container: a member's value ({@code key}) or an array's element ({@code index}). */
            void push(JsonNode node, String key, int index, int depth) {
                if (size == nodes.length) {
                    nodes = Arrays.copyOf(nodes, size * 2);
                    keys = Arrays.copyOf(keys, size * 2);
                    indexes = Arrays.copyOf(indexes, size * 2);
                    depths = Arrays.copyOf(depths, size * 2);
                }
                nodes[size] = node;
                keys[size] = key;
                indexes[size] = index;
                depths[size] = depth;
                size++;
            }

            /** Takes the container queued last, which {@link #node()} then gives; returns its depth. */
            int pop() {
                size--;
                current = nodes[size];
                nodes[size] = null;
                int depth = depths[size];
                if (depth >= pathKeys.length) {
                    pathKeys = Arrays.copyOf(pathKeys, Math.max(depth + 1, pathKeys.length * 2));
                    pathIndexes = Arrays.copyOf(pathIndexes, pathKeys.length);
                }
                pathKeys[depth] = keys[size];
                pathIndexes[depth] = indexes[size];
                keys[size] = null;
                return depth;
            }

            JsonNode node() {
                return current;
            }

            /** The pointer of the container popped last, at {@code depth} below the place at {@code start}. */
            String pointer(String start, int depth) {
                StringBuilder pointer = new StringBuilder(start);
                for (int d = 1; d <= depth; d++) {
                    pointer.append('/');
                    if (pathKeys[d] != null) {
                        JsonPointers.appendEscaped(pointer, pathKeys[d]);
                    } else {
                        pointer.append(pathIndexes[d]);
                    }
                }
                return pointer.toString();
            }
        }

        boolean reaches(SourceFile file, String pointer) {
            TreeSet<String> places = reached.get(file);
            if (places == null) {
                return false;
            }
            for (String place : places.subSet(pointer, true, pointer + "0", false)) {
                if (place.equals(pointer) || place.startsWith(pointer + "/")) {
                    return true;
                }
            }
            return false;
        }
    }
}
