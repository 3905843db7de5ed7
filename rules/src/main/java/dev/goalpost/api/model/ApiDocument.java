package dev.goalpost.api.model;

import java.util.List;
import java.util.Map;

/**
 * A loaded spec indexed for the rules: its version, path items, operations, servers, security schemes, tags and
 * every schema, each addressed where it is written. Swagger 2.0 documents are presented through the same views as
 * OpenAPI 3 (body parameters as request bodies, {@code produces} as response media types, {@code host} as a
 * server, {@code securityDefinitions} as security schemes), but every node still points into the 2.0 source.
 */
public interface ApiDocument {

    SpecVersion version();

    /** The version text as written: {@code 3.1.0}, {@code 2.0}. */
    String versionText();

    /** The document's root object. */
    SpecNode root();

    /** The Info Object, or null when the document has none. */
    Info info();

    /**
     * A document-wide declaration, written on the root or on {@code info}: root first, each where it is written.
     * Extensions such as {@code x-compliance} and {@code x-business-goal} may stand in either place.
     */
    List<? extends SpecNode> rootOrInfo(String name);

    /** The nearest document-wide declaration of {@code name}: the root's, else {@code info}'s; null when neither. */
    default SpecNode extension(String name) {
        List<? extends SpecNode> found = rootOrInfo(name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The path items under {@code paths}, in written order. */
    List<PathItem> pathItems();

    /** The path items under {@code webhooks} (OpenAPI 3.1 and later), in written order. */
    List<PathItem> webhooks();

    /**
     * Every operation, in written order: those under {@code paths} and {@code webhooks}, and the operations of each
     * operation's {@code callbacks} right after it. {@link Operation#kind()} says which.
     */
    List<Operation> operations();

    /**
     * Every server the API declares: root servers, then those on path items and operations. For Swagger 2.0, one
     * server per scheme built from {@code host} and {@code basePath}.
     */
    List<Server> servers();

    /** The declared security schemes by name, each resolved. */
    Map<String, SecurityScheme> securitySchemes();

    /**
     * Where the security schemes are declared: {@code components.securitySchemes} (2.0 {@code securityDefinitions});
     * null when the document declares none.
     */
    SpecNode securitySchemesNode();

    /** How messages name that place: {@code `components.securitySchemes`} or {@code `securityDefinitions`}. */
    default String securitySchemesPlace() {
        return version().isSwagger2() ? "`securityDefinitions`" : "`components.securitySchemes`";
    }

    /** The Tag Objects declared at the root, by name (the first of a repeated name). */
    Map<String, Tag> tags();

    /** The named schemas: {@code components.schemas} (2.0: {@code definitions}), each as written. */
    Map<String, ? extends SpecNode> schemaDefinitions();

    /**
     * Every Schema Object reachable from the document (named schemas, parameters, bodies, responses, headers and
     * everything nested in them), each once and addressed where it is written.
     */
    List<Schema> schemas();

    /**
     * Every {@code security} list written in the document, each once: the root's, then each operation's (under
     * {@code paths}, {@code webhooks} and callbacks), where it is written.
     */
    List<? extends SpecNode> securityLists();

    /**
     * Every component the document declares, in written order: the members of each {@code components} map
     * (Swagger 2.0: {@code definitions}, {@code parameters}, {@code responses}, {@code securityDefinitions}).
     */
    List<Component> components();

    /**
     * Whether the document uses a component: a {@code $ref} reaches it (or something inside it) from outside the
     * components (paths, webhooks, …) or from another used component, directly or through a chain of
     * {@code $ref}s and files; a security requirement names it (security schemes); or a discriminator of a used
     * schema names it, by its {@code mapping} or by the component including that schema through {@code allOf}.
     * References written in sample data ({@code example}, {@code default}, {@code enum}) and extensions do not count.
     */
    boolean isUsed(Component component);

    /**
     * The security scheme a security requirement names: the one declared under that name, else (OpenAPI 3.2) the
     * Security Scheme Object the name reaches as a URI reference, resolved against the file where
     * {@code requirement} is written; null when neither.
     */
    SecurityScheme securityScheme(String name, SpecNode requirement);
}
