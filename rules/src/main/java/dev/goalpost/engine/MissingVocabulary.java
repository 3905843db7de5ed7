package dev.goalpost.engine;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.ResponseRule;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.Response;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.goal.GoalResolver;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A rule's {@link Vocabulary} that a document does not use anywhere: one finding on the document instead of one per
 * operation, saying how many operations lack it and naming a few.
 */
final class MissingVocabulary {

    /** How many operations the finding names. */
    static final int SAMPLE = 3;

    private MissingVocabulary() {}

    /**
     * Reports the rule once for {@code operations} (those in its scope), counting those it applies to (for a response
     * rule: those with a response it applies to); when it applies to none, nothing is reported. The finding is at the
     * {@code x-business-goal} of the root or {@code info} that brings the rule's goal in, else at the root.
     */
    static void report(ActiveRule rule, CheckContext context, List<Operation> operations, IndexedDocument document,
            GoalCatalog catalog) {
        List<Operation> lacking = new ArrayList<>();
        for (Operation operation : operations) {
            if (applies(rule.rule(), operation)) {
                lacking.add(operation);
            }
        }
        if (lacking.isEmpty()) {
            return;
        }
        Vocabulary vocabulary = rule.descriptor().vocabulary();
        context.report(anchor(rule.descriptor(), document, catalog), vocabulary.missing() + ": " + counted(lacking)
                + "; " + vocabulary.advice());
    }

    /** Whether the rule would look at the operation: it applies to it, or (response rules) to one of its responses. */
    private static boolean applies(Object rule, Operation operation) {
        if (rule instanceof OperationRule check) {
            return check.appliesTo(operation);
        }
        if (rule instanceof ResponseRule check) {
            for (Response response : operation.responses()) {
                if (check.appliesTo(response, operation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code 312 operations in 41 paths (GET /a, POST /a, GET /b and 309 more)}. */
    static String counted(List<Operation> operations) {
        Set<PathItem> paths = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PathItem> webhooks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation operation : operations) {
            if (operation.kind() == Operation.Kind.PATH) {
                paths.add(operation.pathItem());
            } else if (operation.kind() == Operation.Kind.WEBHOOK) {
                webhooks.add(operation.pathItem());
            }
        }
        List<String> places = new ArrayList<>(2);
        if (!paths.isEmpty()) {
            places.add(plural(paths.size(), "path"));
        }
        if (!webhooks.isEmpty()) {
            places.add(plural(webhooks.size(), "webhook"));
        }
        StringBuilder text = new StringBuilder(plural(operations.size(), "operation"));
        if (!places.isEmpty()) {
            text.append(" in ").append(String.join(" and ", places));
        }
        text.append(" (");
        for (int i = 0; i < Math.min(SAMPLE, operations.size()); i++) {
            if (i > 0) {
                text.append(i == operations.size() - 1 ? " and " : ", ");
            }
            text.append(operations.get(i).label());
        }
        if (operations.size() > SAMPLE) {
            text.append(" and ").append(operations.size() - SAMPLE).append(" more");
        }
        return text.append(')').toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The root's or {@code info}'s {@code x-business-goal} naming a goal that includes the rule, else the root. */
    private static TreeNode anchor(RuleDescriptor rule, IndexedDocument document, GoalCatalog catalog) {
        for (TreeNode declaration : document.rootOrInfo(GoalResolver.EXTENSION)) {
            List<TreeNode> values = declaration.isArray() ? declaration.elements() : List.of(declaration);
            for (TreeNode value : values) {
                String goal = value.isText() ? catalog.canonical(value.text()) : null;
                if (goal != null && catalog.includes(goal, rule.id())) {
                    return declaration;
                }
            }
        }
        return document.root();
    }
}
