package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.PathItem;
import java.util.HashMap;
import java.util.Map;

/**
 * No two paths are the same template under different parameter names. A document rule: it compares every path
 * with every other.
 */
@RuleInfo(id = "core/paths-ambiguous", severity = Severity.ERROR,
        summary = "No two paths differ only in the names of their template expressions (`/pets/{id}`, `/pets/{name}`).")
public final class PathsAmbiguous implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Map<String, PathItem> first = new HashMap<>();
        for (PathItem item : document.pathItems()) {
            String shape = item.path().replaceAll("\\{[^{}/]*}", "{}");
            PathItem earlier = first.putIfAbsent(shape, item);
            if (earlier != null) {
                context.report(item.declaration(), "`" + item.path() + "` matches the same requests as `"
                        + earlier.path() + "` (line " + earlier.declaration().line() + "), so a server cannot tell "
                        + "which one a request is for; merge them into one path item with one name for each "
                        + "template expression");
            }
        }
    }
}
