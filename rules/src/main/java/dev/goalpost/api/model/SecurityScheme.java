package dev.goalpost.api.model;

import java.util.Map;

/**
 * A security scheme, with Swagger 2.0 names mapped to 3.x ones ({@code basic} → {@code http}/{@code basic},
 * {@code application} → {@code clientCredentials}, {@code accessCode} → {@code authorizationCode}).
 */
public interface SecurityScheme extends SpecElement {

    /** One OAuth 2 flow a scheme offers, under its 3.x name. */
    interface OAuthFlow {
        /** {@code implicit}, {@code password}, {@code clientCredentials}, {@code authorizationCode}, … */
        String name();

        SpecNode node();

        String authorizationUrl();

        String tokenUrl();

        String refreshUrl();

        /** The declared scope names. */
        java.util.Set<String> scopes();
    }

    /** The name it is declared under. */
    String name();

    /** {@code apiKey}, {@code http}, {@code oauth2}, {@code openIdConnect} or {@code mutualTLS}. */
    String type();

    /** The {@code scheme} of an {@code http} scheme, lower case, or null. */
    String httpScheme();

    /** The OAuth 2 flows it offers, by 3.x name, in written order. */
    Map<String, OAuthFlow> flows();

    default boolean isType(String t) {
        return t.equalsIgnoreCase(type());
    }

    default String description() {
        return node().text("description");
    }
}
