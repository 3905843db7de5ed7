package dev.goalpost.model;

import java.util.Set;

/**
 * A security scheme, with Swagger 2.0 names mapped to 3.x ones ({@code basic} → {@code http}/{@code basic},
 * {@code application} → {@code clientCredentials}, {@code accessCode} → {@code authorizationCode}).
 *
 * @param type {@code apiKey}, {@code http}, {@code oauth2}, {@code openIdConnect} or {@code mutualTLS}
 * @param httpScheme the {@code scheme} of an {@code http} scheme, lower case, or null
 * @param flows the OAuth 2 flows it offers
 */
public record SecurityScheme(String name, SpecNode node, String type, String httpScheme, Set<String> flows) {

    public boolean isType(String t) {
        return t.equalsIgnoreCase(type);
    }
}
