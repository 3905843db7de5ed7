package dev.goalpost.rules.monetization;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.SpecNode;

/** A client that runs out of its plan learns so from a documented 429 that says when to come back. */
@RuleInfo(id = "monetization/too-many-requests", severity = Severity.ERROR,
        summary = "The operation documents a 429 response that declares a Retry-After header.")
@Vocabulary(responses = "429", missing = "no operation documents a `429` response",
        advice = "declare a `429` response with a `Retry-After` header once in `components.responses` and reference "
                + "it from every operation, so a client over its limit knows it was throttled and when to retry")
public final class TooManyRequests implements OperationRule {

    /** Only calls clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH;
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        Response tooMany = operation.response("429");
        if (tooMany == null) {
            SpecNode responses = operation.node().get("responses");
            context.report(responses != null ? responses : operation.node(), operation.label()
                    + " documents no `429` response; add `'429'` with a `Retry-After` header so a client over its "
                    + "limit knows it was throttled and when to retry");
        } else if (!tooMany.hasHeader("Retry-After")) {
            context.report(tooMany.node(), "this `429` response declares no `Retry-After` header; add it (seconds "
                    + "to wait, or an HTTP date) so the client knows when to retry");
        }
    }
}
