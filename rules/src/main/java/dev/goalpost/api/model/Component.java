package dev.goalpost.api.model;

/**
 * A reusable declaration: one member of {@code components.<section>} (Swagger 2.0: of {@code definitions},
 * {@code parameters}, {@code responses} or {@code securityDefinitions}), as written there (perhaps a {@code $ref}).
 *
 * @param section where it is declared, as messages name it: {@code components.schemas}, {@code definitions}
 * @param name its name in that map
 * @param node the member itself, where its name is written
 */
public record Component(String section, String name, SpecNode node) {

    /** How messages name it: {@code `components.schemas.Pet`}, {@code `definitions.Pet`}. */
    public String label() {
        return "`" + section + "." + name + "`";
    }

    /** Whether it is a security scheme ({@code components.securitySchemes}, 2.0 {@code securityDefinitions}). */
    public boolean isSecurityScheme() {
        return section.equals("components.securitySchemes") || section.equals("securityDefinitions");
    }
}
