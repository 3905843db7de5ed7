package dev.goalpost.rules.integration;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.text.DidYouMean;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every event an operation emits is documented, so subscribers know what arrives and what it carries. A document rule:
 * it compares the events operations emit with those the document documents.
 */
@RuleInfo(id = "integration/events-documented", severity = Severity.ERROR,
        summary = "Every name in an x-events list is a key of root webhooks (3.1+) or of root x-event-catalog.")
public final class EventsDocumented implements DocumentRule {

    static final String CATALOG = "x-event-catalog";

    @Override
    public void check(ApiDocument document, RuleContext context) {
        boolean webhooks = document.version().atLeast31();
        Set<String> documented = new LinkedHashSet<>();
        if (webhooks) {
            addKeys(documented, document.root().resolved("webhooks"));
        }
        addKeys(documented, document.root().resolved(CATALOG));
        String where = webhooks ? "root `x-event-catalog` (with a `description` and a `payload` schema) or as a "
                + "key of `webhooks`" : "root `x-event-catalog` with a `description` and a `payload` schema"
                + (document.root().has("webhooks") ? " (`webhooks` counts from OpenAPI 3.1 on)" : "");
        for (Operation operation : context.document().operations()) {
            for (SpecNode name : DeclaredEvents.of(operation)) {
                if (!documented.contains(name.text())) {
                    context.reportValue(name, "event `" + name.text() + "` emitted by " + operation.label()
                            + " is not documented" + DidYouMean.hint(name.text(), documented) + "; add it to " + where);
                }
            }
        }
    }

    private static void addKeys(Set<String> names, SpecNode map) {
        if (map != null) {
            names.addAll(map.keys());
        }
    }
}
