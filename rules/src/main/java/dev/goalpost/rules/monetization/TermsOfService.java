package dev.goalpost.rules.monetization;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SpecNode;

/**
 * Paying clients accept terms; the spec links to them. A document rule: the terms are written once, in `info`.
 */
@RuleInfo(id = "monetization/terms-of-service", severity = Severity.WARNING,
        summary = "info.termsOfService links to the terms paying clients accept.")
public final class TermsOfService implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        SpecNode info = document.root().get("info");
        if (info == null) {
            context.report(document.root(), "the document has no `info`; add `info.termsOfService` with the URL "
                    + "of the terms paying clients accept");
            return;
        }
        SpecNode terms = document.info() == null ? null : document.info().get("termsOfService");
        if (terms == null) {
            context.report(info, "`info` has no `termsOfService`; add the URL of the terms paying clients accept, "
                    + "such as `termsOfService: https://example.com/terms`");
        } else if (terms.text() == null || terms.text().isBlank()) {
            context.reportValue(terms, "`termsOfService` must be the URL of the terms paying clients accept, such "
                    + "as `https://example.com/terms`");
        }
    }
}
