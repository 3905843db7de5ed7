package dev.goalpost.rules.innovation;

import dev.goalpost.engine.DocumentRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.model.ApiDocument;
import dev.goalpost.model.Server;
import dev.goalpost.model.SpecNode;
import java.util.List;
import java.util.Map;

/** Published server URLs reach the API from outside; a backend address tells outside developers nothing they can use. */
@RuleInfo(id = "innovation/no-internal-hosts", severity = Severity.ERROR,
        summary = "No server URL points inside the backend: localhost, loopback, private addresses or internal names.")
public final class NoInternalHosts implements DocumentRule {

    private static final List<String> INTERNAL_SUFFIXES = List.of(".internal", ".local", ".corp", ".lan");

    @Override
    public void check(ApiDocument document, RuleContext context) {
        for (Server server : document.servers()) {
            String reason = internal(server.host());
            if (reason != null) {
                context.reportValue(blame(server), message(server, reason));
            }
            checkVariableChoices(server, context);
        }
    }

    /** Each other value a server variable may take ({@code enum}) must not lead inside either. */
    private static void checkVariableChoices(Server server, RuleContext context) {
        SpecNode variables = server.node().get("variables");
        if (variables == null) {
            return;
        }
        for (Map.Entry<String, SpecNode> variable : variables.members().entrySet()) {
            SpecNode choices = variable.getValue().get("enum");
            if (choices == null) {
                continue;
            }
            for (SpecNode choice : choices.elements()) {
                if (choice.isText() && !choice.text().equals(variable.getValue().text("default"))) {
                    Server chosen = server.withVariable(variable.getKey(), choice.text());
                    String reason = internal(chosen.host());
                    if (reason != null) {
                        context.reportValue(choice, message(chosen, reason));
                    }
                }
            }
        }
    }

    /** Where the internal host is written: a variable's default when the host comes from one, else the URL. */
    private static SpecNode blame(Server server) {
        SpecNode variables = server.node().get("variables");
        if (variables != null) {
            for (Map.Entry<String, SpecNode> variable : variables.members().entrySet()) {
                SpecNode value = variable.getValue().get("default");
                if (value != null && value.isText() && !value.text().isEmpty()
                        && internal(server.withVariable(variable.getKey(), "").host()) == null) {
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

    /** Why a host is internal, or null when it is not (or when the URL is relative). */
    static String internal(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return "localhost";
        }
        if (host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) {
            return "a loopback address";
        }
        int[] octets = ipv4(host);
        if (octets != null) {
            if (octets[0] == 127) {
                return "a loopback address";
            }
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
