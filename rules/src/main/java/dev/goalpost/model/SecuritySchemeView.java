package dev.goalpost.model;

import dev.goalpost.api.model.SecurityScheme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A security scheme, read in one place for every version: Swagger 2.0 names are mapped to 3.x ones ({@code basic}
 * → {@code http}/{@code basic}, {@code application} → {@code clientCredentials}, {@code accessCode} →
 * {@code authorizationCode}), and a 2.0 scheme's single flow sits on the scheme itself.
 */
record SecuritySchemeView(String name, TreeNode declaration, TreeNode node, String type, String httpScheme,
        Map<String, OAuthFlow> flows) implements SecurityScheme {

    /** One OAuth 2 flow; in Swagger 2.0 its node is the scheme itself. */
    record Flow(String name, TreeNode node) implements OAuthFlow {
        @Override
        public String authorizationUrl() {
            return node.text("authorizationUrl");
        }

        @Override
        public String tokenUrl() {
            return node.text("tokenUrl");
        }

        @Override
        public String refreshUrl() {
            return node.text("refreshUrl");
        }

        @Override
        public Set<String> scopes() {
            TreeNode scopes = node.get("scopes");
            return scopes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(scopes.keys()));
        }
    }

    static SecuritySchemeView of(String name, TreeNode declaration, TreeNode node, boolean swagger2) {
        String type = node.text("type");
        String scheme = node.text("scheme") == null ? null : node.text("scheme").toLowerCase(Locale.ROOT);
        Map<String, OAuthFlow> flows = new LinkedHashMap<>();
        if (swagger2) {
            if ("basic".equals(type)) {
                type = "http";
                scheme = "basic";
            }
            String flow = node.text("flow");
            if (flow != null) {
                String renamed = switch (flow) {
                    case "application" -> "clientCredentials";
                    case "accessCode" -> "authorizationCode";
                    default -> flow;
                };
                flows.put(renamed, new Flow(renamed, node));
            }
        } else if (node.get("flows") != null) {
            node.get("flows").members().forEach((flow, value) -> {
                if (value.isObject() && !flow.startsWith("x-")) {
                    flows.put(flow, new Flow(flow, value));
                }
            });
        }
        return new SecuritySchemeView(name, declaration, node, type, scheme, Collections.unmodifiableMap(flows));
    }
}
