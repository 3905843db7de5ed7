package dev.goalpost.rules.innovation;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SecurityScheme;
import dev.goalpost.api.model.SpecNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Developers can get credentials themselves, so trying an idea does not wait for someone to hand out a password. A
 * document rule: one self-service scheme among all of them is enough.
 */
@RuleInfo(id = "innovation/self-service-auth", severity = Severity.WARNING,
        summary = "Some security scheme lets developers onboard themselves: an API key, an HTTP bearer token, "
                + "openIdConnect, an OAuth 2 flow with a registered client, or HTTP basic carrying account keys.")
public final class SelfServiceAuth implements DocumentRule {

    private static final String SELF_SERVICE = "`apiKey`, `http` with `scheme: bearer`, `openIdConnect`, or `oauth2` "
            + "with a `clientCredentials`, `authorizationCode` or `implicit` flow";

    /** OAuth 2 flows in which a developer registers a client of their own; {@code password} takes a user's password. */
    private static final List<String> CLIENT_FLOWS = List.of("clientCredentials", "authorizationCode", "implicit",
            "deviceAuthorization");

    /**
     * Words in an HTTP basic scheme's description that say its credentials are keys or tokens an account holder
     * creates (Twilio's account SID and auth token, Stripe's secret key, a personal access token), not a password.
     */
    private static final Pattern ACCOUNT_KEYS = Pattern.compile("\\b(api[ _-]?keys?|api[ _-]?tokens?|account[ _-]?sid"
            + "|auth[ _-]?tokens?|access[ _-]?tokens?|personal access tokens?|secret[ _-]?keys?|(client|key|app)"
            + "[ _-]?(id|secret)|key and secret|tokens?)\\b");

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Map<String, SecurityScheme> schemes = document.securitySchemes();
        if (schemes.isEmpty() || schemes.values().stream().anyMatch(SelfServiceAuth::isSelfService)) {
            return;
        }
        // Webhooks are calls the API makes; a document of webhooks alone has nothing a developer signs in to.
        if (document.pathItems().isEmpty() && !document.webhooks().isEmpty()) {
            return;
        }
        SpecNode where = document.securitySchemesNode();
        String message = onlyBasic(schemes.values())
                ? "the only way in is HTTP basic, and no scheme's description says its credentials are keys a "
                        + "developer creates (an API key and secret, an account SID and token) rather than a user's "
                        + "password; "
                : "none of the security schemes (" + String.join(", ", schemes.keySet()) + ") lets developers get "
                        + "credentials on their own; ";
        context.report(where, message + "add a scheme they can get credentials for on their own: " + SELF_SERVICE
                + (onlyBasic(schemes.values()) ? ", or say in the basic scheme's `description` that it carries "
                        + "account keys" : ""));
    }

    private static boolean isSelfService(SecurityScheme scheme) {
        if (scheme.isType("apiKey") || scheme.isType("openIdConnect")) {
            return true;
        }
        if (scheme.isType("oauth2")) {
            return CLIENT_FLOWS.stream().anyMatch(scheme.flows()::containsKey);
        }
        if (scheme.isType("http")) {
            return "bearer".equals(scheme.httpScheme())
                    || "basic".equals(scheme.httpScheme()) && carriesAccountKeys(scheme.description());
        }
        return false;
    }

    private static boolean carriesAccountKeys(String description) {
        return description != null && ACCOUNT_KEYS.matcher(description.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean onlyBasic(Collection<SecurityScheme> schemes) {
        return schemes.stream().allMatch(s -> s.isType("http") && "basic".equals(s.httpScheme()));
    }
}
