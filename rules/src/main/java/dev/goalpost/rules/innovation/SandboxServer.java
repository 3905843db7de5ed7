package dev.goalpost.rules.innovation;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Developers can try the API somewhere safe, without an agreement and without touching production data. A document
 * rule: one sandbox among all the servers is enough.
 */
@RuleInfo(id = "innovation/sandbox-server", severity = Severity.WARNING,
        summary = "At least one server is a sandbox: x-environment sandbox, test or mock, or says so in its description or host name.")
public final class SandboxServer implements DocumentRule {

    private static final Set<String> ENVIRONMENTS = Set.of("sandbox", "test", "mock");
    private static final Pattern SANDBOX_WORD =
            Pattern.compile("\\b(sandbox|mock|test)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_PART = Pattern.compile("[.-]");

    @Override
    public void check(ApiDocument document, RuleContext context) {
        List<Server> servers = document.servers();
        for (Server server : servers) {
            if (isSandbox(server)) {
                return;
            }
        }
        SpecNode where = document.root().get(document.version().isSwagger2() ? "host" : "servers");
        String advice = "add a server marked `x-environment: sandbox` (or `test`, `mock`), or one whose description "
                + "says sandbox, so developers can try the API without touching production";
        context.report(where != null ? where : document.root(), (servers.isEmpty()
                ? "the API lists no server, so there is no sandbox to try it in; " : "none of the servers is a sandbox; ")
                + advice);
    }

    private static boolean isSandbox(Server server) {
        SpecNode environment = server.extension("x-environment");
        if (environment != null && environment.isText()
                && ENVIRONMENTS.contains(environment.text().strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (server.description() != null && SANDBOX_WORD.matcher(server.description()).find()) {
            return true;
        }
        // A host that names itself one (sandbox.example.com, checkout-test.adyen.com) is one too.
        String host = server.host();
        return host != null && NAME_PART.splitAsStream(host).anyMatch(ENVIRONMENTS::contains);
    }
}
