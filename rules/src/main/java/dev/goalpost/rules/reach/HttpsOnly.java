package dev.goalpost.rules.reach;

import dev.goalpost.engine.DocumentRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.model.ApiDocument;
import dev.goalpost.model.Server;
import dev.goalpost.model.SpecNode;
import java.util.List;

/** Clients on shared and mobile networks reach the API only over TLS; plain http is for the developer's machine. */
@RuleInfo(id = "reach/https-only", severity = Severity.ERROR,
        summary = "Every absolute server URL is https; plain http only to localhost or 127.0.0.1.")
public final class HttpsOnly implements DocumentRule {

    static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "::1");

    @Override
    public void check(ApiDocument document, RuleContext context) {
        for (Server server : document.servers()) {
            if (!server.isAbsolute() || server.scheme().contains("{")) {
                continue; // a relative URL, or a scheme left to a variable without default
            }
            SpecNode variable = leadingVariable(server);
            if (!isSecure(server)) {
                SpecNode at = variable != null && variable.get("default") != null ? variable.get("default")
                        : server.schemeNode();
                context.reportValue(at, "server URL `" + server.url() + "` is plain " + server.scheme()
                        + "; serve the API over `https://` (plain http is accepted only to localhost)");
            }
            SpecNode offered = variable == null ? null : variable.get("enum");
            String fallback = variable == null ? null : variable.text("default");
            if (offered != null && fallback != null && server.url().startsWith(fallback)) {
                for (SpecNode value : offered.elements()) {
                    String url = value.isText() ? value.text() + server.url().substring(fallback.length()) : null;
                    if (url != null && !isSecure(new Server(url, null, server.node()))) {
                        context.reportValue(value, "server variable value `" + value.text() + "` makes the URL `"
                                + url + "`, which is not https; offer only https values");
                    }
                }
            }
        }
    }

    private static boolean isSecure(Server server) {
        String scheme = server.scheme();
        if (scheme == null || scheme.equals("https") || scheme.equals("wss")) {
            return true;
        }
        return (scheme.equals("http") || scheme.equals("ws")) && LOCAL_HOSTS.contains(server.host());
    }

    /** The Server Variable Object whose value starts the URL ({@code {scheme}://…}, {@code {base}/v1}), or null. */
    private static SpecNode leadingVariable(Server server) {
        String raw = server.node().text("url");
        if (raw == null || !raw.startsWith("{") || raw.indexOf('}') < 0) {
            return null;
        }
        SpecNode variables = server.node().get("variables");
        return variables == null ? null : variables.get(raw.substring(1, raw.indexOf('}')));
    }
}
