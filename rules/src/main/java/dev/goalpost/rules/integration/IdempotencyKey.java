package dev.goalpost.rules.integration;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;

/** A POST can be retried safely, so a backend that times out mid-call does not create the same thing twice. */
@RuleInfo(id = "integration/idempotency-key", severity = Severity.WARNING,
        summary = "A POST accepts an Idempotency-Key header parameter, unless it only reads (its path, operationId or "
                + "summary says so).")
@Vocabulary(headers = "Idempotency-Key", missing = "no operation accepts an `Idempotency-Key` header",
        advice = "declare a header parameter `Idempotency-Key` (string) once in `components.parameters` and "
                + "reference it from every POST, so integrations can retry a call without doing it twice")
public final class IdempotencyKey implements OperationRule {

    /** POSTs clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH && operation.isMethod("post") && operation.changesState();
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        if (operation.parameter("header", "Idempotency-Key") == null) {
            context.report(operation.node(), operation.label() + " accepts no `Idempotency-Key` header; add a header "
                    + "parameter `Idempotency-Key` (string) so integrations can retry the call without doing it twice");
        }
    }
}
