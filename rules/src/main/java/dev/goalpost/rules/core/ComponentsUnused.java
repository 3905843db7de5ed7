package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Component;
import dev.goalpost.api.model.SpecNode;

/**
 * A component that nothing uses is dead weight or a forgotten link. A document rule: whether a component is used
 * depends on every reference in the document.
 */
@RuleInfo(id = "core/components-unused", severity = Severity.INFO,
        summary = "Every component is used by the API's paths or webhooks, directly or through other components "
                + "(component libraries without paths or webhooks are skipped).")
public final class ComponentsUnused implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        if (isEmpty(document.root().get("paths")) && isEmpty(document.root().get("webhooks"))) {
            return; // a component library: its components are there for other documents
        }
        for (Component component : document.components()) {
            if (document.isUsed(component)) {
                continue;
            }
            if (component.isSecurityScheme()) {
                context.report(component.node(), "security scheme " + component.label() + " is declared but no "
                        + "`security` requirement names it; require it (at the root or on an operation) or remove it");
            } else {
                context.report(component.node(), component.label() + " is declared but nothing in the API uses it; "
                        + "refer to it with `$ref: '" + pointer(component) + "'` or remove it");
            }
        }
    }

    private static boolean isEmpty(SpecNode map) {
        return map == null || !map.isObject() || map.keys().stream().allMatch(key -> key.startsWith("x-"));
    }

    private static String pointer(Component component) {
        return "#/" + component.section().replace('.', '/') + "/"
                + component.name().replace("~", "~0").replace("/", "~1");
    }
}
