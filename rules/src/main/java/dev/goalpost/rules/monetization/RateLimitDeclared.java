package dev.goalpost.rules.monetization;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.List;

/** A paid call has a declared limit, so what a plan buys is measurable and the API can be protected. */
@RuleInfo(id = "monetization/rate-limit-declared", severity = Severity.ERROR,
        summary = "The operation has a rate limit: x-rate-limit on it or the root, or a quota on every plan covering it.")
@Vocabulary(members = {RateLimitDeclared.EXTENSION, Pricing.EXTENSION}, missing = "no operation has a rate limit",
        advice = "declare one at the root (`x-rate-limit: {limit: 100, window: minute}`), which covers every "
                + "operation, or a `quota` on each `x-pricing` plan")
public final class RateLimitDeclared implements OperationRule {

    static final String EXTENSION = "x-rate-limit";

    /** Only calls clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH;
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode own = operation.get(EXTENSION);
        SpecNode root = operation.document().root().get(EXTENSION);
        if (own != null) {
            LimitPerWindow.check(own.resolveOrSelf(), "`x-rate-limit`", context);
        }
        if (root != null) {
            LimitPerWindow.check(root.resolveOrSelf(), "`x-rate-limit`", context);
        }
        if (own != null || root != null) {
            return;
        }
        List<SpecNode> plans = Pricing.plansCovering(operation);
        List<String> withoutQuota = plans.stream().filter(plan -> plan.get("quota") == null).map(Pricing::name)
                .toList();
        if (!plans.isEmpty() && withoutQuota.isEmpty()) {
            return;
        }
        String why = plans.isEmpty() ? "no plan covers it"
                : (withoutQuota.size() == 1 ? "plan " : "plans ") + String.join(", ", withoutQuota)
                        + (withoutQuota.size() == 1 ? " has" : " have") + " no `quota`";
        context.report(operation.node(), operation.label() + " has no rate limit (" + why + "); add "
                + "`x-rate-limit: {limit: 100, window: minute}` to the operation or the root, or a "
                + "`quota: {limit: 1000, window: day}` to every plan that includes it");
    }
}
