package dev.goalpost.rules.core;

import dev.goalpost.engine.DocumentRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.model.ApiDocument;
import dev.goalpost.model.Operation;
import java.util.HashMap;
import java.util.Map;

/** No two operations share an {@code operationId}; code generators and docs key on it. */
@RuleInfo(id = "core/operation-id-unique", severity = Severity.ERROR,
        summary = "No two operations share an operationId.")
public final class OperationIdUnique implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Map<String, Operation> first = new HashMap<>();
        for (Operation operation : document.operations()) {
            String id = operation.operationId();
            if (id == null) {
                continue;
            }
            Operation earlier = first.putIfAbsent(id, operation);
            if (earlier != null && earlier.node().value() != operation.node().value()) {
                context.reportValue(operation.node().get("operationId"), "operationId `" + id + "` is already used by "
                        + earlier.label() + " (" + earlier.node().position() + "); give each operation its own id");
            }
        }
    }
}
