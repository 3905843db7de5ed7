package dev.goalpost.rules.innovation;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SecurityScheme;
import dev.goalpost.api.model.SpecNode;
import java.util.Collection;
import java.util.Map;

/**
 * Developers can get credentials themselves, so trying an idea does not wait for someone to hand out a password. A
 * document rule: one self-service scheme among all of them is enough.
 */
@RuleInfo(id = "innovation/self-service-auth", severity = Severity.WARNING,
        summary = "Some security scheme lets developers onboard themselves: apiKey, openIdConnect, or OAuth 2 client "
                + "credentials or authorization code.")
public final class SelfServiceAuth implements DocumentRule {

    private static final String SELF_SERVICE = "`apiKey`, `openIdConnect`, or `oauth2` with a `clientCredentials` or "
            + "`authorizationCode` flow";

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Map<String, SecurityScheme> schemes = document.securitySchemes();
        if (schemes.isEmpty() || schemes.values().stream().anyMatch(SelfServiceAuth::isSelfService)) {
            return;
        }
        SpecNode where = document.securitySchemesNode();
        String message = onlyBasic(schemes.values())
                ? "the only way in is HTTP basic: a username and password someone has to hand out; "
                : "none of the security schemes (" + String.join(", ", schemes.keySet()) + ") lets developers sign "
                        + "themselves up; ";
        context.report(where, message + "add a scheme they can get credentials for on their own: " + SELF_SERVICE);
    }

    private static boolean isSelfService(SecurityScheme scheme) {
        return scheme.isType("apiKey") || scheme.isType("openIdConnect") || scheme.isType("oauth2")
                && (scheme.flows().containsKey("clientCredentials") || scheme.flows().containsKey("authorizationCode"));
    }

    private static boolean onlyBasic(Collection<SecurityScheme> schemes) {
        return schemes.stream().allMatch(s -> s.isType("http") && "basic".equals(s.httpScheme()));
    }
}
