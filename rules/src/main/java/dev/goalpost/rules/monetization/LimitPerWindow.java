package dev.goalpost.rules.monetization;

import dev.goalpost.api.RuleContext;
import dev.goalpost.api.model.SpecNode;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code {limit, window}} shape that {@code x-rate-limit} and a plan's {@code quota} share: a positive number
 * of calls per window, where a window is a named unit or a positive ISO 8601 duration ({@code PT15M}).
 */
final class LimitPerWindow {

    static final List<String> UNITS = List.of("second", "minute", "hour", "day", "week", "month");

    private LimitPerWindow() {}

    /**
     * Reports, through the calling rule, what is malformed in a {@code {limit, window}} object.
     *
     * @param what how messages name it: {@code `x-rate-limit`}, {@code the `quota` of plan `pro`}
     */
    static void check(SpecNode node, String what, RuleContext context) {
        if (!node.isObject()) {
            context.reportValue(node, what + " must be an object such as `{limit: 100, window: minute}`");
            return;
        }
        SpecNode limit = node.get("limit");
        if (limit == null) {
            context.report(node, what + " has no `limit`; add the number of calls allowed per window, "
                    + "such as `limit: 100`");
        } else if (!isPositiveInteger(limit)) {
            context.reportValue(limit, "`limit` " + shown(limit) + " is not a positive integer; write how many "
                    + "calls one window allows, such as `100`");
        }
        SpecNode window = node.get("window");
        if (window == null) {
            context.report(node, what + " has no `window`; add one, such as `window: minute` (" + windows() + ")");
        } else if (!isWindow(window.text())) {
            context.reportValue(window, "`window` " + shown(window) + " is not a window; use " + windows());
        }
    }

    static boolean isPositiveInteger(SpecNode value) {
        return value.integer() != null && value.integer().signum() > 0;
    }

    /** A named unit, or a positive ISO 8601 duration (time-based like {@code PT15M}, or date-based like {@code P1M}). */
    static boolean isWindow(String text) {
        if (text == null) {
            return false;
        }
        if (UNITS.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            Duration duration = Duration.parse(text);
            return !duration.isNegative() && !duration.isZero();
        } catch (DateTimeParseException notTimeBased) {
            try {
                Period period = Period.parse(text);
                return !period.isNegative() && !period.isZero();
            } catch (DateTimeParseException notDateBased) {
                return false;
            }
        }
    }

    static String windows() {
        return "one of " + String.join(", ", UNITS) + ", or an ISO 8601 duration such as `PT15M`";
    }

    /** A value as a message quotes it. */
    static String shown(SpecNode node) {
        return "`" + node.written() + "`";
    }
}
