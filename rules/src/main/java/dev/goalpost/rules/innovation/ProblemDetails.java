package dev.goalpost.rules.innovation;

import dev.goalpost.engine.OperationRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.model.MediaType;
import dev.goalpost.model.Operation;
import dev.goalpost.model.Response;
import java.util.List;
import java.util.Locale;

/** Errors come in one standard shape, so a new client handles every failure with the same code. */
@RuleInfo(id = "innovation/problem-details", severity = Severity.WARNING,
        summary = "Every 4xx, 5xx and default response with content offers application/problem+json (RFC 9457).")
public final class ProblemDetails implements OperationRule {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void check(Operation operation, RuleContext context) {
        for (Response response : operation.responses()) {
            List<MediaType> media = response.mediaTypes();
            if (!(response.isError() || response.isDefault()) || media.isEmpty()
                    || media.stream().anyMatch(ProblemDetails::isProblemJson)) {
                continue;
            }
            // The message leaves the operation out: a shared error response is reported once, where it is written.
            context.report(response.node(), "this error response offers "
                    + String.join(", ", media.stream().map(m -> "`" + m.name() + "`").toList()) + " but not `"
                    + PROBLEM_JSON + "`; add an `" + PROBLEM_JSON + "` media type (RFC 9457: type, title, status, "
                    + "detail) so clients handle every error the same way");
        }
    }

    private static boolean isProblemJson(MediaType media) {
        String name = media.name().toLowerCase(Locale.ROOT);
        int parameters = name.indexOf(';');
        return (parameters < 0 ? name : name.substring(0, parameters)).strip().equals(PROBLEM_JSON);
    }
}
