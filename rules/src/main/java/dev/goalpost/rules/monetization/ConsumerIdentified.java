package dev.goalpost.rules.monetization;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;

/** A paid call must know who pays: its security is required, and no requirement makes it optional. */
@RuleInfo(id = "monetization/consumer-identified", severity = Severity.ERROR,
        summary = "The operation's effective security is required (not empty, no {}).")
@Vocabulary(members = "security", missing = "no operation declares `security`, so no paid call can tell who pays",
        advice = "declare a scheme (`components.securitySchemes`, or `securityDefinitions` in Swagger 2.0) and require "
                + "it for every operation at the root: `security: [{apiKey: []}]`")
public final class ConsumerIdentified implements OperationRule {

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
            context.reportValue(security, "`security: []` lets anyone call without saying who they are, so no one "
                    + "can be billed; name a scheme declared in " + declaredIn + ", such as `[{apiKey: []}]`");
            return;
        }
        // A requirement naming an undeclared scheme is core/security-scheme-defined's finding, on every spec.
        for (SpecNode requirement : security.elements()) {
            if (requirement.isObject() && requirement.keys().isEmpty()) {
                context.reportValue(requirement, "`{}` makes authentication optional, so anonymous calls cannot "
                        + "be billed; remove it");
            }
        }
    }
}
