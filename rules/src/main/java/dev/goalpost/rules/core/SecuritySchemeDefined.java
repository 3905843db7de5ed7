package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SecurityScheme;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.api.model.SpecVersion;
import dev.goalpost.text.DidYouMean;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every security requirement names a declared scheme and, for OAuth 2, scopes that scheme declares. A document
 * rule: it compares the requirements written anywhere with the schemes declared in one place.
 */
@RuleInfo(id = "core/security-scheme-defined", severity = Severity.ERROR,
        summary = "Every security requirement names a declared security scheme, and only OAuth scopes its flows "
                + "declare.")
public final class SecuritySchemeDefined implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Set<String> declared = document.securitySchemes().keySet();
        for (SpecNode security : document.securityLists()) {
            for (SpecNode requirement : security.elements()) {
                requirement.members().forEach((name, scopes) -> {
                    SecurityScheme scheme = document.securityScheme(name, requirement);
                    if (scheme == null) {
                        context.report(scopes, "security scheme `" + name + "` is not declared in "
                                + document.securitySchemesPlace() + (document.version() == SpecVersion.OPENAPI_3_2
                                        ? ", and as a URI it reaches no Security Scheme Object" : "")
                                + "; declare it there"
                                + (declared.isEmpty() ? "" : DidYouMean.closest(name, declared) != null
                                        ? DidYouMean.hint(name, declared)
                                        : " or name one of " + list(declared)));
                    } else if (scheme.isType("oauth2") && scopes.isArray() && !scheme.flows().isEmpty()) {
                        checkScopes(scheme, scopes, context);
                    }
                });
            }
        }
    }

    private static void checkScopes(SecurityScheme scheme, SpecNode scopes, RuleContext context) {
        Set<String> offered = new LinkedHashSet<>();
        scheme.flows().values().forEach(flow -> offered.addAll(flow.scopes()));
        for (SpecNode scope : scopes.elements()) {
            String name = scope.text();
            if (name != null && !offered.contains(name)) {
                context.reportValue(scope, "scope `" + name + "` is not declared by any flow of the OAuth scheme `"
                        + scheme.name() + "`; add it to a flow's `scopes`"
                        + (offered.isEmpty() ? "" : DidYouMean.closest(name, offered) != null
                                ? DidYouMean.hint(name, offered) : " or use one of " + list(offered)));
            }
        }
    }

    private static String list(Set<String> names) {
        return String.join(", ", names.stream().limit(8).map(n -> "`" + n + "`").toList())
                + (names.size() > 8 ? ", …" : "");
    }
}
