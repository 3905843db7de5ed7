package dev.goalpost.rules.monetization;

import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pricing a spec declares with {@code x-pricing}: plans at the root, and on an operation the plans that
 * include it and what one call costs. Read as written; {@code monetization/pricing-valid} says what is malformed.
 */
final class Pricing {

    static final String EXTENSION = "x-pricing";

    private Pricing() {}

    /** The root {@code x-pricing}, or null. */
    static SpecNode root(ApiDocument document) {
        SpecNode pricing = document.root().get(EXTENSION);
        return pricing == null ? null : pricing.resolveOrSelf();
    }

    /** The operation's own {@code x-pricing}, or null. */
    static SpecNode of(Operation operation) {
        SpecNode pricing = operation.get(EXTENSION);
        return pricing == null ? null : pricing.resolveOrSelf();
    }

    /** The plans declared at the root that are objects, in written order. */
    static List<SpecNode> rootPlans(ApiDocument document) {
        SpecNode root = root(document);
        SpecNode plans = root == null ? null : root.resolved("plans");
        List<SpecNode> found = new ArrayList<>();
        if (plans != null) {
            for (SpecNode plan : plans.elements()) {
                SpecNode resolved = plan.resolveOrSelf();
                if (resolved.isObject()) {
                    found.add(resolved);
                }
            }
        }
        return found;
    }

    /** The root plans that include an operation: those its own {@code plans} names, else every root plan. */
    static List<SpecNode> plansCovering(Operation operation) {
        List<SpecNode> all = rootPlans(operation.document());
        SpecNode own = of(operation);
        SpecNode named = own == null ? null : own.get("plans");
        if (named == null || !named.isArray()) {
            return all;
        }
        Set<String> ids = new HashSet<>();
        named.elements().forEach(id -> ids.add(id.text()));
        return all.stream().filter(plan -> ids.contains(plan.text("id"))).toList();
    }

    /** How messages name a plan: its id, or its position when it has none. */
    static String name(SpecNode plan) {
        String id = plan.text("id");
        return id != null ? "`" + id + "`" : "#" + (plan.index() + 1);
    }
}
