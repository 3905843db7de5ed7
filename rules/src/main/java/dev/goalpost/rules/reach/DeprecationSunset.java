package dev.goalpost.rules.reach;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.SpecNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Apps in app stores update slowly: a deprecated operation says when it goes away, so they can plan. */
@RuleInfo(id = "reach/deprecation-sunset", severity = Severity.WARNING,
        summary = "A deprecated operation declares a Sunset response header or an x-sunset ISO 8601 date.")
public final class DeprecationSunset implements OperationRule {

    @Override
    public boolean appliesTo(Operation operation) {
        return operation.deprecated();
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode sunset = operation.get("x-sunset");
        if (sunset != null) {
            if (!isDate(sunset.text())) {
                context.reportValue(sunset, "`x-sunset` "
                        + (sunset.isText() ? "`" + sunset.text() + "`" : sunset.written())
                        + " is not an ISO 8601 date; write the day the operation goes away, such as `2026-06-30`");
            }
            return;
        }
        for (Response response : operation.responses()) {
            if (response.hasHeader("Sunset")) {
                return;
            }
        }
        context.report(operation.node().get("deprecated"), operation.label() + " is deprecated but does not say "
                + "when it goes away; add `x-sunset: 2026-06-30` (an ISO 8601 date) or a `Sunset` response header");
    }

    /** A calendar date ({@code 2026-06-30}) or a date-time with offset ({@code 2026-06-30T00:00:00Z}). */
    private static boolean isDate(String text) {
        if (text == null) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException notADateTime) {
                return false;
            }
        }
    }
}
