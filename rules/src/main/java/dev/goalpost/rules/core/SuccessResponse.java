package dev.goalpost.rules.core;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An operation says what a successful call returns; a {@code default} response counts. */
@RuleInfo(id = "core/success-response", severity = Severity.WARNING,
        summary = "Every operation documents a 2xx or 3xx response (a `default` response counts as one).")
public final class SuccessResponse implements OperationRule {

    private static final Pattern SUCCESS = Pattern.compile("^[23](?:[0-9]{2}|XX)$", Pattern.CASE_INSENSITIVE);

    /** Calls clients make: what a webhook's receiver answers is the subscriber's business. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH;
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode responses = operation.node().get("responses");
        if (responses == null) {
            // Before 3.1 `responses` is required (the structure check reports it missing); from 3.1 on it may be
            // left out, and the specification then asks for nothing.
            return;
        }
        if (!responses.isObject()) {
            return;
        }
        List<String> codes = new ArrayList<>();
        for (String code : responses.keys()) {
            if (code.startsWith("x-")) {
                continue;
            }
            // 101 Switching Protocols is how a WebSocket or upgrade call succeeds.
            if (code.equals("default") || code.equals("101") || SUCCESS.matcher(code).matches()) {
                return;
            }
            codes.add("`" + code + "`");
        }
        if (codes.isEmpty()) {
            // An empty `responses` is core/spec-structure's finding; one problem, one finding.
            return;
        }
        context.report(responses, operation.label() + " documents only " + String.join(", ", codes)
                + "; add the response a successful call returns, "
                + "such as `'200': {description: OK}` (or a `3xx` for a redirect, or `default`)");
    }
}
