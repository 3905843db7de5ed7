package dev.goalpost.rules.core;

import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.ServerRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.api.model.SpecVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server URL template and its variables agree, and each default is a value the variable may take. */
@RuleInfo(id = "core/server-variables", severity = Severity.ERROR,
        summary = "Every {variable} in a server URL is declared in `variables`, every declared variable is used, "
                + "and each `default` is one of its `enum` values.")
public final class ServerVariables implements ServerRule {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    @Override
    public void check(Server server, RuleContext context) {
        SpecNode node = server.node();
        if (context.document().version().isSwagger2() || !node.isObject()) {
            return;
        }
        SpecNode url = node.get("url");
        if (url == null || url.text() == null) {
            return;
        }
        SpecNode variables = node.get("variables");
        if (variables != null && !variables.isObject()) {
            return;
        }
        List<String> used = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Matcher matcher = VARIABLE.matcher(url.text());
        while (matcher.find()) {
            String name = matcher.group(1);
            if (used.contains(name)) {
                if (context.document().version() == SpecVersion.OPENAPI_3_2 && reported.add("twice " + name)) {
                    context.reportValue(url, "server variable `" + name + "` appears more than once in `"
                            + url.text() + "`; OpenAPI 3.2 allows each variable once in a URL template");
                }
                continue;
            }
            used.add(name);
            if (variables == null || variables.get(name) == null) {
                context.reportValue(url, "server URL `" + url.text() + "` uses `{" + name + "}`, which `variables` "
                        + "does not declare; add `variables: {" + name + ": {default: …}}` with the value to use");
            }
        }
        if (variables == null) {
            return;
        }
        variables.members().forEach((name, variable) -> {
            if (name.startsWith("x-")) {
                return;
            }
            if (!used.contains(name)) {
                context.report(variable, "server variable `" + name + "` is declared but the URL `" + url.text()
                        + "` does not use it; write `{" + name + "}` into the URL or remove the variable");
            }
            checkDefault(name, variable, context);
        });
    }

    private static void checkDefault(String name, SpecNode variable, RuleContext context) {
        SpecNode choices = variable.get("enum");
        SpecNode fallback = variable.get("default");
        if (choices == null || !choices.isArray() || choices.elements().isEmpty() || fallback == null
                || fallback.text() == null) {
            return;
        }
        List<String> values = new ArrayList<>();
        for (SpecNode choice : choices.elements()) {
            if (choice.text() != null && choice.text().equals(fallback.text())) {
                return;
            }
            values.add("`" + choice.written() + "`");
        }
        context.reportValue(fallback, "the default `" + fallback.text() + "` of server variable `" + name
                + "` is not one of its `enum` values (" + String.join(", ", values.subList(0, Math.min(8,
                        values.size()))) + (values.size() > 8 ? ", …" : "") + "); add it to `enum` or choose one "
                + "of them");
    }
}
