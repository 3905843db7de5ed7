package dev.goalpost.rules.integration;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import java.util.List;

/** A call can be traced through every system it passes, so an integration problem can be followed end to end. */
@RuleInfo(id = "integration/correlation-id", severity = Severity.INFO,
        summary = "The operation accepts X-Correlation-ID, X-Request-ID or traceparent as a header parameter.")
@Vocabulary(headers = {"X-Correlation-ID", "X-Request-ID", "traceparent"},
        missing = "no operation accepts a correlation header",
        advice = "declare a header parameter `X-Correlation-ID` (or `X-Request-ID`, or W3C `traceparent`) once in "
                + "`components.parameters` and reference it from every path item")
public final class CorrelationId implements OperationRule {

    /** Only calls clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH;
    }

    private static final List<String> HEADERS = List.of("X-Correlation-ID", "X-Request-ID", "traceparent");

    @Override
    public void check(Operation operation, RuleContext context) {
        for (String header : HEADERS) {
            if (operation.parameter("header", header) != null) {
                return;
            }
        }
        context.report(operation.node(), operation.label() + " accepts no correlation header; add a header parameter "
                + "`X-Correlation-ID` (or `X-Request-ID`, or W3C `traceparent`) so a call can be traced across the "
                + "systems it connects");
    }
}
