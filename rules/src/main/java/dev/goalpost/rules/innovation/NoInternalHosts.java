package dev.goalpost.rules.innovation;

import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.ServerRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecNode;
import java.util.List;
import java.util.Map;

/** Published server URLs reach the API from outside; a backend address tells outside developers nothing they can use. */
@RuleInfo(id = "innovation/no-internal-hosts", severity = Severity.ERROR,
        summary = "No server URL points inside the backend: localhost, loopback, private addresses or internal names.")
public final class NoInternalHosts implements ServerRule {

    private static final List<String> INTERNAL_SUFFIXES = List.of(".internal", ".local", ".corp", ".lan");

    @Override
    public void check(Server server, RuleContext context) {
        String reason = internal(server);
        if (reason != null) {
            context.reportValue(blame(server), message(server, reason));
        }
        // Each other value a server variable may take (its enum) must not lead inside either.
        for (Server.Variant variant : server.variants()) {
            if (!variant.value().text().equals(server.node().path("variables", variant.variable()).text("default"))) {
                String chosen = internal(variant.server());
                if (chosen != null) {
                    context.reportValue(variant.value(), message(variant.server(), chosen));
                }
            }
        }
    }

    /** Where the internal host is written: a variable's default when the host comes from one, else the URL. */
    private static SpecNode blame(Server server) {
        SpecNode variables = server.node().get("variables");
        if (variables != null) {
            for (Map.Entry<String, ? extends SpecNode> variable : variables.members().entrySet()) {
                SpecNode value = variable.getValue().get("default");
                if (value != null && value.isText() && !value.text().isEmpty()
                        && internal(server.withVariable(variable.getKey(), "")) == null) {
                    return value;
                }
            }
        }
        SpecNode url = server.node().get("url");
        return url != null ? url : server.node();
    }

    private static String message(Server server, String reason) {
        return "server `" + server.url() + "` points inside the backend (" + reason + "); publish the address outside "
                + "developers call, and keep internal hosts out of the spec";
    }

    /** Why a server's host is internal, or null when it is not (or when the URL is relative). */
    static String internal(Server server) {
        String host = server.host();
        if (host == null || host.isEmpty()) {
            return null;
        }
        if (server.isLoopback()) {
            return host.equals("localhost") || host.endsWith(".localhost") ? "localhost" : "a loopback address";
        }
        int[] octets = ipv4(host);
        if (octets != null) {
            if (octets[0] == 10 || octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31
                    || octets[0] == 192 && octets[1] == 168) {
                return "a private network address";
            }
            return null;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String suffix : INTERNAL_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return "an internal `" + suffix + "` name";
            }
        }
        return null;
    }

    private static int[] ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }
}
