package dev.goalpost.rules.innovation;

import dev.goalpost.api.ResponseRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import java.util.List;

/** Errors come in one standard shape, so a new client handles every failure with the same code. */
@RuleInfo(id = "innovation/problem-details", severity = Severity.WARNING,
        summary = "Every 4xx, 5xx and default response with content offers application/problem+json (RFC 9457).")
public final class ProblemDetails implements ResponseRule {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void check(Response response, Operation operation, RuleContext context) {
        List<MediaType> media = response.mediaTypes();
        if (!(response.isError() || response.isDefault()) || media.isEmpty()
                || media.stream().anyMatch(ProblemDetails::isProblemJson)) {
            return;
        }
        // The message leaves the operation out: a shared error response is reported once, where it is written.
        context.report(response.node(), "this error response offers "
                + String.join(", ", media.stream().map(m -> "`" + m.name() + "`").toList()) + " but not `"
                + PROBLEM_JSON + "`; add an `" + PROBLEM_JSON + "` media type (RFC 9457: type, title, status, "
                + "detail) so clients handle every error the same way");
    }

    private static boolean isProblemJson(MediaType media) {
        return media.baseName().equals(PROBLEM_JSON);
    }
}
