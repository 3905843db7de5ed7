package dev.goalpost.rules.marketing;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Info;
import dev.goalpost.api.model.SpecNode;

/**
 * The first thing a prospect reads says what the API offers and whom to talk to. A document rule: `info` describes the
 * whole document.
 */
@RuleInfo(id = "marketing/info-complete", severity = Severity.ERROR,
        summary = "info.description is non-empty and info.contact has a url or an email.")
public final class InfoComplete implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Info declared = document.info();
        if (declared == null) {
            context.report(document.root(), "the document has no `info`; add `info` with a `description` of what the "
                    + "API offers and a `contact` with a `url` or `email`");
            return;
        }
        SpecNode info = declared.node();
        SpecNode description = info.get("description");
        if (description == null) {
            context.report(info, "`info` has no `description`; add one that tells a prospect what the API offers and "
                    + "why they would use it");
        } else if (isBlank(description)) {
            context.reportValue(description, "`info.description` is empty; say what the API offers and why a "
                    + "prospect would use it");
        }
        SpecNode contact = info.resolved("contact");
        if (contact == null) {
            context.report(info, "`info` has no `contact`; add `contact` with a `url` (a developer portal or support "
                    + "page) or an `email`, so prospects can reach you");
        } else if (isBlank(contact.get("url")) && isBlank(contact.get("email"))) {
            context.report(contact, "`info.contact` has neither a `url` nor an `email`; add one, so prospects can "
                    + "reach you");
        }
    }

    private static boolean isBlank(SpecNode node) {
        return node == null || node.text() == null || node.text().isBlank();
    }
}
