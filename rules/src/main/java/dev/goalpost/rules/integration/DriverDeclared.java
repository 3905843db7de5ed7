package dev.goalpost.rules.integration;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.text.DidYouMean;
import java.util.List;

/**
 * The API names the business event or need that drives the integration, which is what its design must serve. A
 * document rule: the driver is declared once, for the whole document.
 */
@RuleInfo(id = "integration/driver-declared", severity = Severity.WARNING,
        summary = "The root or info says what drives the integration in x-integration-driver.")
public final class DriverDeclared implements DocumentRule {

    private static final String EXTENSION = "x-integration-driver";
    private static final List<String> TYPES =
            List.of("merger", "acquisition", "regulation", "consolidation", "partner", "other");
    private static final String SHAPE = "`x-integration-driver: {type: regulation, description: ...}` (type one of "
            + String.join(", ", TYPES) + "), or a sentence";

    @Override
    public void check(ApiDocument document, RuleContext context) {
        List<? extends SpecNode> declarations = document.rootOrInfo(EXTENSION);
        if (declarations.isEmpty()) {
            context.report(document.root(), "the API does not say what drives the integration; add " + SHAPE
                    + " at the top level or in `info`");
        }
        for (SpecNode declaration : declarations) {
            SpecNode driver = declaration.resolveOrSelf();
            if (driver.isText()) {
                if (driver.text().isBlank()) {
                    context.reportValue(declaration, "`" + EXTENSION + "` is empty; say what drives the integration: "
                            + SHAPE);
                }
            } else if (driver.isObject()) {
                checkObject(driver, context);
            } else {
                context.reportValue(declaration, "`" + EXTENSION + "` must be " + SHAPE);
            }
        }
    }

    private static void checkObject(SpecNode driver, RuleContext context) {
        SpecNode type = driver.get("type");
        if (type == null) {
            context.report(driver, "`" + EXTENSION + "` has no `type`; add `type:` one of " + String.join(", ", TYPES));
        } else if (!type.isText() || !TYPES.contains(type.text())) {
            String written = type.written();
            context.reportValue(type, "`" + written + "` is not an integration driver type" + DidYouMean.hint(written, TYPES)
                    + "; use one of " + String.join(", ", TYPES));
        }
        String description = driver.text("description");
        if (description == null || description.isBlank()) {
            SpecNode written = driver.get("description");
            String message = "`" + EXTENSION + "` has no `description`; add one naming the merger, regulation or "
                    + "partner behind the integration";
            if (written != null) {
                context.reportValue(written, message);
            } else {
                context.report(driver, message);
            }
        }
    }
}
