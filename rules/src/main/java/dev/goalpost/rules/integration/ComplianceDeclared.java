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
 * The API says which regulations its data falls under, so integrators know the rules they inherit. A document rule:
 * the regimes are declared once, for the whole document.
 */
@RuleInfo(id = "integration/compliance-declared", severity = Severity.ERROR,
        summary = "The root or info declares x-compliance: a non-empty list of known compliance regimes, or none.")
public final class ComplianceDeclared implements DocumentRule {

    private static final String KNOWN = String.join(", ", ComplianceRegimes.KNOWN);

    @Override
    public void check(ApiDocument document, RuleContext context) {
        List<? extends SpecNode> declarations = document.rootOrInfo(ComplianceRegimes.EXTENSION);
        if (declarations.isEmpty()) {
            context.report(document.root(), "the API does not say which compliance regimes its data falls under; add "
                    + "`x-compliance: [GDPR]` at the top level or in `info` (any of " + KNOWN
                    + "; `[none]` when it holds no regulated data)");
            return;
        }
        for (SpecNode declaration : declarations) {
            if (!declaration.isArray() || declaration.elements().isEmpty()) {
                context.reportValue(declaration, "`x-compliance` must be a non-empty list of regimes, such as "
                        + "`x-compliance: [GDPR, PCI-DSS]` (any of " + KNOWN + ")");
                continue;
            }
            List<? extends SpecNode> values = declaration.elements();
            for (SpecNode value : values) {
                checkValue(value, values.size(), context);
            }
        }
    }

    private static void checkValue(SpecNode value, int count, RuleContext context) {
        String regime = value.isText() ? ComplianceRegimes.canonical(value.text()) : null;
        if (regime == null) {
            String written = value.written();
            context.reportValue(value, "`" + written + "` is not a compliance regime Goalpost knows"
                    + DidYouMean.hint(written, ComplianceRegimes.KNOWN) + "; use any of " + KNOWN);
        } else if (regime.equals(ComplianceRegimes.NONE) && count > 1) {
            context.reportValue(value, "`none` says the API holds no regulated data, which contradicts the other "
                    + "regimes listed; remove `none` or the others");
        }
    }
}
