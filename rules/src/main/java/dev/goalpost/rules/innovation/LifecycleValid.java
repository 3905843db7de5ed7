package dev.goalpost.rules.innovation;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.text.DidYouMean;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Lifecycle stages mean the same everywhere, and agree with {@code deprecated}, so tools can act on them. A document
 * rule: it compares each operation's lifecycle with the declarations on its path item and the document, and checks
 * each declaration once.
 */
@RuleInfo(id = "innovation/lifecycle-valid", severity = Severity.ERROR,
        summary = "Every x-lifecycle is experimental, beta, stable or deprecated, and agrees with deprecated: true.")
public final class LifecycleValid implements DocumentRule {

    private static final String EXTENSION = LifecycleDeclared.EXTENSION;
    private static final String DEPRECATED = "deprecated";
    private static final List<String> STAGES = List.of("experimental", "beta", "stable", DEPRECATED);

    @Override
    public void check(ApiDocument document, RuleContext context) {
        document.rootOrInfo(EXTENSION).forEach(declaration -> checkStage(declaration, context));
        Set<PathItem> pathItems = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation operation : context.operations()) {
            if (pathItems.add(operation.pathItem())) {
                checkStage(operation.pathItem().node().get(EXTENSION), context);
            }
            SpecNode own = operation.get(EXTENSION);
            checkStage(own, context);
            checkAgreesWithDeprecated(operation, own, context);
        }
    }

    private static void checkStage(SpecNode lifecycle, RuleContext context) {
        if (lifecycle != null && !isStage(lifecycle)) {
            String written = lifecycle.written();
            context.reportValue(lifecycle, "`" + EXTENSION + ": " + written + "` is not a lifecycle stage"
                    + DidYouMean.hint(written, STAGES) + "; use one of " + String.join(", ", STAGES));
        }
    }

    private static void checkAgreesWithDeprecated(Operation operation, SpecNode own, RuleContext context) {
        SpecNode effective = operation.nearest(EXTENSION);
        if (effective == null || !isStage(effective)) {
            return;
        }
        boolean lifecycleDeprecated = effective.text().equals(DEPRECATED);
        if (lifecycleDeprecated && !operation.deprecated()) {
            String message = operation.label() + " has lifecycle `deprecated` but is not marked `deprecated: true`; "
                    + "add `deprecated: true` so generated SDKs and docs warn its callers";
            if (own != null) {
                context.reportValue(own, message);
            } else {
                context.report(operation.node(), message);
            }
        } else if (!lifecycleDeprecated && operation.deprecated()) {
            context.reportValue(operation.get(DEPRECATED), operation.label() + " is marked `deprecated: true` but its "
                    + "lifecycle is `" + effective.text() + "`; set `" + EXTENSION + ": deprecated` on the operation");
        }
    }

    private static boolean isStage(SpecNode lifecycle) {
        return lifecycle.isText() && STAGES.contains(lifecycle.text());
    }
}
