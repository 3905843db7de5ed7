package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import java.util.HashMap;
import java.util.Map;

/**
 * No two operations share an {@code operationId}; code generators and docs key on it. A document rule: it compares
 * every operation with every other, including two paths that reference one path item.
 */
@RuleInfo(id = "core/operation-id-unique", severity = Severity.ERROR,
        summary = "No two operations share an operationId.")
public final class OperationIdUnique implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Map<String, Operation> first = new HashMap<>();
        for (Operation operation : context.operations()) {
            String id = operation.operationId();
            if (id == null) {
                continue;
            }
            Operation earlier = first.putIfAbsent(id, operation);
            if (earlier == null || earlier.label().equals(operation.label())) {
                continue;
            }
            if (earlier.node().sameContent(operation.node())) {
                // One path item (or operation) that two paths reference: two operations, one id.
                context.reportValue(operation.node().get("operationId"), "operationId `" + id + "` is used by both "
                        + earlier.label() + " and " + operation.label() + ", which share this definition through "
                        + "$ref; give each path its own operation with its own id");
            } else {
                context.reportValue(operation.node().get("operationId"), "operationId `" + id + "` is already used by "
                        + earlier.label() + " (" + earlier.node().line() + ":" + earlier.node().column()
                        + "); give each operation its own id");
            }
        }
    }
}
