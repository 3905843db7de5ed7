package dev.goalpost.rules.monetization;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;

/** A call that earns money says what it costs: its own {@code x-pricing}, or plans declared at the root. */
@RuleInfo(id = "monetization/pricing-declared", severity = Severity.ERROR,
        summary = "The operation has pricing: its own x-pricing, or a root x-pricing with at least one plan.")
@Vocabulary(members = Pricing.EXTENSION, missing = "no operation declares pricing",
        advice = "declare the plans on offer once at the root (`x-pricing: {plans: [{id: pro, price: {amount: 49, "
                + "currency: USD, period: month}}]}`), which covers every operation")
public final class PricingDeclared implements OperationRule {

    /** Only calls clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH;
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        if (Pricing.of(operation) != null || !Pricing.rootPlans(operation.document()).isEmpty()) {
            return;
        }
        String root = Pricing.root(operation.document()) == null ? "there is no root `x-pricing`"
                : "the root `x-pricing` declares no plan";
        context.report(operation.node(), operation.label() + " has no pricing and " + root + "; declare the plans "
                + "on offer at the root (`x-pricing: {plans: [{id: pro, price: {amount: 49, currency: USD, "
                + "period: month}}]}`), or add `x-pricing: {plans: [pro]}` to the operation");
    }
}
