package dev.goalpost.rules.reach;

import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.ServerRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecNode;

/** Clients on shared and mobile networks reach the API only over TLS; plain http is for the developer's machine. */
@RuleInfo(id = "reach/https-only", severity = Severity.ERROR,
        summary = "Every absolute server URL is https; plain http only to localhost or 127.0.0.1.")
public final class HttpsOnly implements ServerRule {

    @Override
    public void check(Server server, RuleContext context) {
        if (!server.isAbsolute() || server.scheme().contains("{")) {
            return; // a relative URL, or a scheme left to a variable without default
        }
        String leading = leadingVariable(server);
        SpecNode variable = leading == null ? null : server.node().path("variables", leading);
        if (!isSecure(server)) {
            SpecNode at = variable != null && variable.get("default") != null ? variable.get("default")
                    : server.schemeNode();
            context.reportValue(at, "server URL `" + server.url() + "` is plain " + server.scheme()
                    + "; serve the API over `https://` (plain http is accepted only to localhost)");
        }
        if (variable == null || variable.text("default") == null) {
            return;
        }
        for (Server.Variant variant : server.variants()) {
            if (variant.variable().equals(leading) && !isSecure(variant.server())) {
                context.reportValue(variant.value(), "server variable value `" + variant.value().text()
                        + "` makes the URL `" + variant.server().url() + "`, which is not https; offer only https "
                        + "values");
            }
        }
    }

    private static boolean isSecure(Server server) {
        String scheme = server.scheme();
        if (scheme == null || scheme.equals("https") || scheme.equals("wss")) {
            return true;
        }
        return (scheme.equals("http") || scheme.equals("ws")) && server.isLoopback();
    }

    /** The server variable whose value starts the URL ({@code {scheme}://…}, {@code {base}/v1}), or null. */
    private static String leadingVariable(Server server) {
        String raw = server.node().text("url");
        if (raw == null || !raw.startsWith("{") || raw.indexOf('}') < 0) {
            return null;
        }
        return raw.substring(1, raw.indexOf('}'));
    }
}
