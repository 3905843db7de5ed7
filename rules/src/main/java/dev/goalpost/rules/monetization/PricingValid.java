package dev.goalpost.rules.monetization;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pricing that tools and people can read: every {@code x-pricing} in the document is well formed. A document rule: it
 * checks the operations' plans against the root's, and every `x-pricing`, also on operations outside the goal.
 */
@RuleInfo(id = "monetization/pricing-valid", severity = Severity.ERROR,
        summary = "Every x-pricing is well formed: unique plan ids, valid prices, quotas and operation plans.")
public final class PricingValid implements DocumentRule {

    static final List<String> PERIODS = List.of("hour", "day", "week", "month", "year");

    @Override
    public void check(ApiDocument document, RuleContext context) {
        SpecNode root = Pricing.root(document);
        Map<String, SpecNode> plans = root == null ? Map.of() : checkRoot(root, context);
        for (Operation operation : context.document().operations()) {
            SpecNode own = Pricing.of(operation);
            if (own != null) {
                checkOperation(own, plans, root != null, context);
            }
        }
    }

    /** Checks the root form; returns the plans by id. */
    private static Map<String, SpecNode> checkRoot(SpecNode root, RuleContext context) {
        Map<String, SpecNode> byId = new LinkedHashMap<>();
        if (!root.isObject()) {
            context.reportValue(root, "the root `x-pricing` must be an object with `plans`, such as "
                    + "`{plans: [{id: free, price: {amount: 0, currency: USD, period: month}}]}`");
            return byId;
        }
        SpecNode plans = root.get("plans");
        if (plans == null) {
            context.report(root, "the root `x-pricing` has no `plans`; add `plans:` listing each plan on offer "
                    + "with its `id`, `price` and `quota`");
            return byId;
        }
        plans = plans.resolveOrSelf();
        if (!plans.isArray() || plans.elements().isEmpty()) {
            context.reportValue(plans, "`plans` must list at least one plan, such as "
                    + "`- {id: free, price: {amount: 0, currency: USD, period: month}}`");
            return byId;
        }
        for (SpecNode element : plans.elements()) {
            SpecNode plan = element.resolveOrSelf();
            if (!plan.isObject()) {
                context.reportValue(plan, "a plan must be an object with `id`, `price` and `quota`");
                continue;
            }
            checkId(plan, byId, context);
            SpecNode price = plan.get("price");
            if (price != null) {
                checkPrice(price.resolveOrSelf(), Pricing.name(plan), context);
            }
            SpecNode quota = plan.get("quota");
            if (quota != null) {
                LimitPerWindow.check(quota.resolveOrSelf(), "the `quota` of plan " + Pricing.name(plan), context);
            }
        }
        return byId;
    }

    private static void checkId(SpecNode plan, Map<String, SpecNode> byId, RuleContext context) {
        SpecNode id = plan.get("id");
        if (id == null) {
            context.reportValue(plan, "plan " + Pricing.name(plan) + " has no `id`; add one, such as `id: pro`, "
                    + "so operations can name the plan");
        } else if (id.text() == null || id.text().isBlank()) {
            context.reportValue(id, "a plan `id` must be a non-empty string, such as `pro`");
        } else {
            SpecNode first = byId.putIfAbsent(id.text(), id);
            if (first != null) {
                context.reportValue(id, "plan id `" + id.text() + "` is already used by the plan at line "
                        + first.line() + "; give each plan its own id");
            }
        }
    }

    private static void checkPrice(SpecNode price, String plan, RuleContext context) {
        if (!price.isObject()) {
            context.reportValue(price, "the `price` of plan " + plan + " must be an object such as "
                    + "`{amount: 49, currency: USD, period: month}`");
            return;
        }
        SpecNode amount = price.get("amount");
        if (amount == null) {
            context.report(price, "the `price` of plan " + plan + " has no `amount`; add it, such as `amount: 49`");
        } else if (!isAmount(amount)) {
            context.reportValue(amount, "`amount` " + LimitPerWindow.shown(amount) + " is not a number of at least 0;"
                    + " write the price as a plain number, such as `49.0`");
        }
        SpecNode currency = price.get("currency");
        if (currency == null) {
            context.report(price, "the `price` of plan " + plan + " has no `currency`; add an ISO 4217 code, such as "
                    + "`currency: USD`");
        } else if (currency.text() == null || !CurrencyCodes.isActive(currency.text())) {
            String suggestion = currency.text() == null ? null : CurrencyCodes.suggestion(currency.text());
            context.reportValue(currency, "`currency` " + LimitPerWindow.shown(currency) + " is not an ISO 4217 "
                    + "currency code; " + (suggestion != null ? "write `" + suggestion + "`"
                            : "use a three-letter code such as `USD`, `EUR` or `JPY`"));
        }
        SpecNode period = price.get("period");
        if (period != null && !PERIODS.contains(period.text())) {
            context.reportValue(period, "`period` " + LimitPerWindow.shown(period) + " is not a billing period; use "
                    + "one of " + String.join(", ", PERIODS));
        }
    }

    /** A finite number of at least 0; YAML may also give {@code .nan} or {@code .inf}. */
    private static boolean isAmount(SpecNode amount) {
        return amount.decimal() != null && amount.decimal().signum() >= 0;
    }

    private static void checkOperation(SpecNode own, Map<String, SpecNode> plans, boolean rootDeclared,
            RuleContext context) {
        if (!own.isObject()) {
            context.reportValue(own, "an operation's `x-pricing` must be an object such as `{plans: [pro], cost: 1}`");
            return;
        }
        SpecNode named = own.get("plans");
        if (named != null) {
            if (!named.isArray() || named.elements().isEmpty()) {
                context.reportValue(named, "`plans` must list the ids of the root plans that include this "
                        + "operation, such as `[pro]`; leave it out to include the operation in every plan");
            } else {
                for (SpecNode id : named.elements()) {
                    checkPlanReference(id, plans, rootDeclared, context);
                }
            }
        }
        SpecNode cost = own.get("cost");
        if (cost != null && !LimitPerWindow.isPositiveInteger(cost)) {
            context.reportValue(cost, "`cost` " + LimitPerWindow.shown(cost) + " is not a positive integer; write "
                    + "how many quota units one call uses, such as `1`");
        }
    }

    private static void checkPlanReference(SpecNode id, Map<String, SpecNode> plans, boolean rootDeclared,
            RuleContext context) {
        if (id.text() != null && plans.containsKey(id.text())) {
            return;
        }
        String shown = LimitPerWindow.shown(id);
        if (plans.isEmpty()) {
            context.reportValue(id, "plan " + shown + " is not declared: " + (rootDeclared
                    ? "the root `x-pricing` declares no valid plan" : "there is no root `x-pricing`")
                    + "; declare it under the root `x-pricing.plans`");
        } else {
            context.reportValue(id, "plan " + shown + " is not declared in the root `x-pricing`; use one of "
                    + String.join(", ", plans.keySet()) + ", or declare it there");
        }
    }
}
