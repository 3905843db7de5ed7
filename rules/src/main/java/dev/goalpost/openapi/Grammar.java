package dev.goalpost.openapi;

import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.openapi.Shape.Any;
import dev.goalpost.openapi.Shape.Choice;
import dev.goalpost.openapi.Shape.Kind;
import dev.goalpost.openapi.Shape.ListOf;
import dev.goalpost.openapi.Shape.MapOf;
import dev.goalpost.openapi.Shape.Scalar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed description of one OpenAPI version: every kind of object, its fields and their shapes, starting from
 * the document's root. The walk, the structure checks and the model all read it, so they agree on what each node
 * is. Made once per version and shared; immutable once made.
 */
public abstract class Grammar {

    private static final Map<SpecVersion, Grammar> BY_VERSION = new EnumMap<>(SpecVersion.class);

    /** The grammar of a version. */
    public static Grammar of(SpecVersion version) {
        synchronized (BY_VERSION) {
            return BY_VERSION.computeIfAbsent(version,
                    v -> v.isSwagger2() ? new Swagger2Grammar() : new OpenApi3Grammar(v));
        }
    }

    private final SpecVersion version;

    // The kinds of object the model builds views of; every grammar names them (absent ones stay null).
    final ObjectType root = new ObjectType("OpenAPI");
    final ObjectType info = new ObjectType("Info");
    final ObjectType pathItem = new ObjectType("Path Item");
    final ObjectType operation = new ObjectType("Operation");
    final ObjectType parameter = new ObjectType("Parameter");
    final ObjectType response = new ObjectType("Response");
    final ObjectType schema = new ObjectType("Schema");
    final ObjectType securityScheme = new ObjectType("Security Scheme");
    final ObjectType tag = new ObjectType("Tag");

    Grammar(SpecVersion version) {
        this.version = version;
    }

    public SpecVersion version() {
        return version;
    }

    /** The type of the document's root. */
    public ObjectType root() {
        return root;
    }

    public ObjectType info() {
        return info;
    }

    public ObjectType pathItem() {
        return pathItem;
    }

    public ObjectType operation() {
        return operation;
    }

    public ObjectType parameter() {
        return parameter;
    }

    public ObjectType response() {
        return response;
    }

    public ObjectType schema() {
        return schema;
    }

    public ObjectType securityScheme() {
        return securityScheme;
    }

    public ObjectType tag() {
        return tag;
    }

    /** The Server Object (OpenAPI 3), or null (Swagger 2.0 has none). */
    public abstract ObjectType server();

    /** The Request Body Object (OpenAPI 3), or null. */
    public abstract ObjectType requestBody();

    /** The Media Type Object (OpenAPI 3), or null. */
    public abstract ObjectType mediaType();

    /** The Header Object. */
    public abstract ObjectType header();

    /** The Callback Object (OpenAPI 3), or null. */
    public abstract ObjectType callback();

    /** The Example Object (OpenAPI 3), or null. */
    public abstract ObjectType example();

    // ---- shapes, for the descriptions -------------------------------------------------------------------

    static final Any ANY = new Any();
    static final Scalar STRING = new Scalar(Set.of(Kind.STRING), List.of());
    static final Scalar BOOLEAN = new Scalar(Set.of(Kind.BOOLEAN), List.of());
    static final Scalar NUMBER = new Scalar(Set.of(Kind.NUMBER, Kind.INTEGER), List.of());
    static final Scalar INTEGER = new Scalar(Set.of(Kind.INTEGER), List.of());
    static final ListOf STRINGS = new ListOf(STRING);

    static Scalar oneOf(String... values) {
        return new Scalar(Set.of(Kind.STRING), List.of(values));
    }

    /** One of a fixed set of strings, which messages call {@code noun}: "`querry` is not a parameter location". */
    static Scalar named(String noun, List<String> values) {
        return new Scalar(Set.of(Kind.STRING), values, noun);
    }

    static MapOf mapOf(Shape values) {
        return new MapOf(values, KeyPattern.ANY);
    }

    static MapOf components(Shape values) {
        return new MapOf(values, KeyPattern.COMPONENT_NAME);
    }

    static ListOf listOf(Shape items) {
        return new ListOf(items);
    }

    static Choice either(Shape... options) {
        return new Choice(List.of(options));
    }
}
