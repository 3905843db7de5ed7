package dev.goalpost.rules.monetization;

import dev.goalpost.engine.ResponseRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.model.Operation;
import dev.goalpost.model.Response;

/** Successful paid calls tell the client how much of its limit is left, so it can pace itself. */
@RuleInfo(id = "monetization/rate-limit-headers", severity = Severity.WARNING,
        summary = "Every 2xx response declares RateLimit or RateLimit-Policy, or X-RateLimit-Limit and X-RateLimit-Remaining.")
public final class RateLimitHeaders implements ResponseRule {

    @Override
    public void check(Response response, Operation operation, RuleContext context) {
        if (!response.isSuccess() || response.hasHeader("RateLimit") || response.hasHeader("RateLimit-Policy")) {
            return;
        }
        boolean limit = response.hasHeader("X-RateLimit-Limit");
        boolean remaining = response.hasHeader("X-RateLimit-Remaining");
        if (limit && remaining) {
            return;
        }
        String status = "this `" + response.status() + "` response ";
        if (limit || remaining) {
            context.report(response.node(), status + "declares `" + (limit ? "X-RateLimit-Limit" : "X-RateLimit-Remaining")
                    + "` but not `" + (limit ? "X-RateLimit-Remaining" : "X-RateLimit-Limit") + "`; add it, so "
                    + "clients see both their limit and what is left of it");
        } else {
            context.report(response.node(), status + "declares no rate-limit headers; add `RateLimit` and "
                    + "`RateLimit-Policy` (IETF draft), or `X-RateLimit-Limit` and `X-RateLimit-Remaining`, so "
                    + "clients can pace their calls");
        }
    }
}
