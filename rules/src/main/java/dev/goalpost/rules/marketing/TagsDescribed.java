package dev.goalpost.rules.marketing;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.api.model.Tag;
import dev.goalpost.text.DidYouMean;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tags are the chapters of the catalogue; each chapter says what it is about. A document rule: it compares the tags
 * operations use with those declared at the root.
 */
@RuleInfo(id = "marketing/tags-described", severity = Severity.WARNING,
        summary = "Every tag an operation uses is declared in root tags with a non-empty description.")
public final class TagsDescribed implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        Map<String, Tag> declared = document.tags();
        Set<String> checked = new HashSet<>();
        for (Operation operation : context.operations()) {
            SpecNode tags = operation.get("tags");
            if (tags == null) {
                continue;
            }
            for (SpecNode tag : tags.elements()) {
                if (tag.isText() && checked.add(tag.text())) {
                    check(tag, operation, declared, context);
                }
            }
        }
    }

    /** Each tag once: where it is first used when undeclared, else at its declaration. */
    private static void check(SpecNode tag, Operation operation, Map<String, Tag> declared, RuleContext context) {
        String name = tag.text();
        Tag declaration = declared.get(name);
        if (declaration == null) {
            context.reportValue(tag, "tag `" + name + "` (used by " + operation.label() + ") is not declared in root "
                    + "`tags`" + DidYouMean.hint(name, declared.keySet()) + "; add `- name: " + name
                    + "` with a `description` of what its operations are for");
            return;
        }
        SpecNode description = declaration.get("description");
        if (description == null) {
            context.report(declaration.node(), "tag `" + name + "` has no `description`; add one saying what its "
                    + "operations are for");
        } else if (description.text() == null || description.text().isBlank()) {
            context.reportValue(description, "tag `" + name + "` has an empty `description`; say what its operations "
                    + "are for");
        }
    }
}
