package dev.goalpost.rules.marketing;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.SpecNode;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The spec leads readers on to the developer portal, where guides and sign-up turn interest into use. A document rule:
 * the link to the portal is written once, for the whole document.
 */
@RuleInfo(id = "marketing/external-docs", severity = Severity.INFO,
        summary = "Root externalDocs.url points to a developer portal or guide.")
public final class ExternalDocs implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        SpecNode docs = document.root().resolved("externalDocs");
        if (docs == null) {
            context.report(document.root(), "the document links to no developer portal or guide; add `externalDocs:` "
                    + "with the `url` of your portal (and a `description`) at the top level");
            return;
        }
        SpecNode url = docs.get("url");
        if (url == null || url.text() == null || url.text().isBlank()) {
            context.report(url != null ? url : docs, "`externalDocs` has no `url`; add the address of your developer "
                    + "portal or guide");
        } else if (!isWebAddress(url.text().strip())) {
            context.reportValue(url, "`externalDocs.url` `" + url.text() + "` is not an absolute http(s) address; "
                    + "point it at your developer portal or guide");
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
