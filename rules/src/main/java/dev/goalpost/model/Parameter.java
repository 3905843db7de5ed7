package dev.goalpost.model;

/**
 * A parameter of an operation (after {@code $ref}). Swagger 2.0 body parameters are not parameters here; they
 * are the operation's {@link RequestBody}.
 */
public final class Parameter {

    private final SpecNode node;
    private final SpecVersion version;

    Parameter(SpecNode node, SpecVersion version) {
        this.node = node;
        this.version = version;
    }

    public SpecNode node() {
        return node;
    }

    public String name() {
        return node.text("name");
    }

    /** {@code query}, {@code header}, {@code path}, {@code cookie} (or 2.0 {@code formData}). */
    public String in() {
        return node.text("in");
    }

    public boolean isIn(String location) {
        return location.equalsIgnoreCase(in());
    }

    public boolean required() {
        return node.isTrue("required");
    }

    /**
     * The schema of the parameter's value: {@code schema}, or the schema of its single {@code content} entry;
     * in Swagger 2.0 the parameter itself, which carries {@code type}, {@code maximum}, {@code default}.
     */
    public Schema schema() {
        if (version.isSwagger2()) {
            return Schema.of(node);
        }
        SpecNode schema = node.get("schema");
        if (schema == null && node.get("content") != null) {
            for (SpecNode media : node.get("content").members().values()) {
                SpecNode resolved = media.resolveOrSelf();
                schema = resolved.get("schema");
                break;
            }
        }
        return Schema.of(schema);
    }

    /** Where this parameter is written (its declaration may be a {@code $ref} elsewhere). */
    public SpecNode declaration() {
        return node;
    }

    @Override
    public String toString() {
        return in() + " parameter " + name();
    }
}
