package dev.goalpost.rules.monetization;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SecurityScheme;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A paid call must know who pays: its security is required, and no requirement makes it optional. The calls that
 * hand out or take back credentials are the exception.
 */
@RuleInfo(id = "monetization/consumer-identified", severity = Severity.ERROR,
        summary = "The operation's effective security is required (not empty, no {}); "
                + "operations that issue or revoke credentials may be open.")
@Vocabulary(members = "security", missing = "no operation declares `security`, so no paid call can tell who pays",
        advice = "declare a scheme (`components.securitySchemes`, or `securityDefinitions` in Swagger 2.0) and require "
                + "it for every operation at the root: `security: [{apiKey: []}]`")
public final class ConsumerIdentified implements OperationRule {

    /** The marker a spec puts on an operation that issues, refreshes or revokes credentials. */
    static final String TOKEN_ENDPOINT = "x-token-endpoint";

    /** Properties of a response that hands out a credential: RFC 6749's token response, and the common shorter ones. */
    private static final Set<String> CREDENTIAL_PROPERTIES = Set.of("access_token", "accessToken", "refresh_token",
            "refreshToken", "id_token", "idToken", "token", "jwt");

    /** Only calls clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH;
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        String declaredIn = operation.document().securitySchemesPlace();
        SpecNode security = operation.security();
        if (security == null) {
            context.report(operation.node(), operation.label() + " declares no `security`, so a paid call cannot "
                    + "tell who pays; add `security: [{apiKey: []}]` (at the root or on the operation) naming a "
                    + "scheme declared in " + declaredIn);
            return;
        }
        if (!security.isArray()) {
            return;
        }
        if (security.elements().isEmpty()) {
            if (!handlesCredentials(operation)) {
                context.reportValue(security, "`security: []` lets anyone call without saying who they are, so no "
                        + "one can be billed; name a scheme declared in " + declaredIn + ", such as `[{apiKey: []}]` "
                        + "(an operation that issues or revokes the credentials themselves is marked `"
                        + TOKEN_ENDPOINT + ": true`)");
            }
            return;
        }
        // A requirement naming an undeclared scheme is core/security-scheme-defined's finding, on every spec.
        boolean optionalAllowed = security.elements().stream().anyMatch(ConsumerIdentified::isAnonymous)
                && handlesCredentials(operation);
        for (SpecNode requirement : security.elements()) {
            if (isAnonymous(requirement) && !optionalAllowed) {
                context.reportValue(requirement, "`{}` makes authentication optional, so anonymous calls cannot "
                        + "be billed; remove it");
            }
        }
    }

    private static boolean isAnonymous(SpecNode requirement) {
        return requirement.isObject() && requirement.keys().isEmpty();
    }

    /**
     * Whether the operation issues, refreshes or revokes credentials, which a caller cannot present yet (or any
     * more): it is marked {@code x-token-endpoint: true}, its URL is a declared OAuth flow's {@code tokenUrl},
     * {@code authorizationUrl} or {@code refreshUrl}, or a successful response returns a token.
     */
    private static boolean handlesCredentials(Operation operation) {
        SpecNode marker = operation.get(TOKEN_ENDPOINT);
        if (marker != null) {
            return Boolean.TRUE.equals(marker.bool());
        }
        return isOAuthEndpoint(operation) || returnsToken(operation);
    }

    private static boolean isOAuthEndpoint(Operation operation) {
        List<String> flowPaths = new ArrayList<>();
        List<Server> servers = operation.document().servers();
        for (SecurityScheme scheme : operation.document().securitySchemes().values()) {
            for (SecurityScheme.OAuthFlow flow : scheme.flows().values()) {
                for (String url : new String[] {flow.tokenUrl(), flow.authorizationUrl(), flow.refreshUrl()}) {
                    addPaths(url, servers, flowPaths);
                }
            }
        }
        if (flowPaths.isEmpty()) {
            return false;
        }
        String path = normalized(operation.path());
        if (flowPaths.contains(path)) {
            return true;
        }
        for (Server server : servers) {
            if (server.path() != null && flowPaths.contains(normalized(server.path() + "/" + operation.path()))) {
                return true;
            }
        }
        return false;
    }

    /** The path a flow URL names: its own when absolute, else resolved against each server (and the host root). */
    private static void addPaths(String url, List<Server> servers, List<String> paths) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.isAbsolute() || url.strip().startsWith("/")) {
                paths.add(normalized(uri.getPath()));
                return;
            }
            paths.add(normalized(uri.getPath()));
            for (Server server : servers) {
                String base = server.path() == null ? "/" : server.path();
                paths.add(normalized(URI.create("http://base" + (base.endsWith("/") ? base : base + "/"))
                        .resolve(uri).getPath()));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a URL the operation could be at; core/spec-valid reports malformed URLs.
        }
    }

    /** Paths compare as written (case matters); only repeated and trailing slashes are normalised. */
    private static String normalized(String path) {
        if (path == null) {
            return "/";
        }
        String collapsed = path.replaceAll("/{2,}", "/");
        if (!collapsed.startsWith("/")) {
            collapsed = "/" + collapsed;
        }
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private static boolean returnsToken(Operation operation) {
        for (Response response : operation.responses()) {
            if (!response.isSuccess()) {
                continue;
            }
            for (MediaType mediaType : response.mediaTypes()) {
                Schema schema = mediaType.isJson() ? mediaType.schema() : null;
                if (schema != null && schema.allProperties().keySet().stream()
                        .anyMatch(CREDENTIAL_PROPERTIES::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
