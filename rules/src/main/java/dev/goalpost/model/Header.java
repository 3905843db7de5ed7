package dev.goalpost.model;

/** A response header (after {@code $ref}); in Swagger 2.0 its schema keywords sit on the header itself. */
public record Header(String name, SpecNode node, SpecVersion version) {

    public Schema schema() {
        return version.isSwagger2() ? Schema.of(node) : Schema.of(node.get("schema"));
    }
}
