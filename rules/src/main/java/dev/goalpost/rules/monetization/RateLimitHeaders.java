package dev.goalpost.rules.monetization;

import dev.goalpost.api.ResponseRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import java.util.List;

/** Successful paid calls tell the client how much of its limit is left, so it can pace itself. */
@RuleInfo(id = "monetization/rate-limit-headers", severity = Severity.WARNING,
        summary = "Every 2xx response declares RateLimit or RateLimit-Policy, or X-RateLimit-Limit and X-RateLimit-Remaining.")
@Vocabulary(responseHeaders = {"RateLimit", "RateLimit-Policy", "X-RateLimit-Limit", "RateLimit-Limit",
        "X-Rate-Limit-Limit", "X-RateLimit-Remaining", "RateLimit-Remaining", "X-Rate-Limit-Remaining"},
        missing = "no successful response declares rate-limit headers",
        advice = "declare `RateLimit` and `RateLimit-Policy` (IETF draft), or `X-RateLimit-Limit` and "
                + "`X-RateLimit-Remaining`, once in `components.headers` and reference them from every 2xx response, "
                + "so clients can pace their calls")
public final class RateLimitHeaders implements ResponseRule {

    /**
     * Pairs of headers that give the limit and what is left of it, at the same index: the common {@code X-}
     * pair, the earlier IETF draft's names (DigitalOcean) and the hyphenated variant (Twitter).
     */
    static final List<String> LIMIT = List.of("X-RateLimit-Limit", "RateLimit-Limit", "X-Rate-Limit-Limit");
    static final List<String> REMAINING =
            List.of("X-RateLimit-Remaining", "RateLimit-Remaining", "X-Rate-Limit-Remaining");

    /** Successful responses to calls clients make: webhooks and callbacks are requests the API sends. */
    @Override
    public boolean appliesTo(Response response, Operation operation) {
        return operation.kind() == Operation.Kind.PATH && response.isSuccess();
    }

    @Override
    public void check(Response response, Operation operation, RuleContext context) {
        if (response.hasHeader("RateLimit") || response.hasHeader("RateLimit-Policy")) {
            return;
        }
        int limit = declared(response, LIMIT);
        int remaining = declared(response, REMAINING);
        if (limit >= 0 && remaining >= 0) {
            return;
        }
        String status = "this `" + response.status() + "` response ";
        if (limit >= 0 || remaining >= 0) {
            String has = limit >= 0 ? LIMIT.get(limit) : REMAINING.get(remaining);
            String lacks = limit >= 0 ? REMAINING.get(limit) : LIMIT.get(remaining);
            context.report(response.node(), status + "declares `" + has + "` but not `" + lacks + "`; add it, so "
                    + "clients see both their limit and what is left of it");
        } else {
            context.report(response.node(), status + "declares no rate-limit headers; add `RateLimit` and "
                    + "`RateLimit-Policy` (IETF draft), or `X-RateLimit-Limit` and `X-RateLimit-Remaining`, so "
                    + "clients can pace their calls");
        }
    }

    /** The index of the first header in {@code names} the response declares, or -1. */
    private static int declared(Response response, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (response.hasHeader(names.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
