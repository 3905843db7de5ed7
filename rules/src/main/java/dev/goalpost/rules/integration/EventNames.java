package dev.goalpost.rules.integration;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Event names follow one scheme, so subscribers can route and filter them by domain. A document rule: event names are
 * written on operations and in the root catalog, and every one is checked, also on operations outside the goal.
 */
@RuleInfo(id = "integration/event-names", severity = Severity.WARNING,
        summary = "Event names in x-events and x-event-catalog are lowercase dotted domain.action names.")
public final class EventNames implements DocumentRule {

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$");
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[-:/\\s]+");

    @Override
    public void check(ApiDocument document, RuleContext context) {
        for (Operation operation : context.document().operations()) {
            for (SpecNode name : DeclaredEvents.of(operation)) {
                if (!NAME.matcher(name.text()).matches()) {
                    context.reportValue(name, message(name.text()));
                }
            }
        }
        SpecNode catalog = document.root().resolved(EventsDocumented.CATALOG);
        if (catalog != null) {
            for (Map.Entry<String, ? extends SpecNode> entry : catalog.members().entrySet()) {
                if (!NAME.matcher(entry.getKey()).matches()) {
                    context.report(entry.getValue(), message(entry.getKey()));
                }
            }
        }
    }

    private static String message(String name) {
        String dotted = String.join(".", WORD_BREAK.split(name.strip())).toLowerCase(Locale.ROOT);
        String example = NAME.matcher(dotted).matches() ? dotted : "order.created";
        return "event name `" + name + "` is not a lowercase dotted `domain.action` name; rename it, such as `"
                + example + "`";
    }
}
