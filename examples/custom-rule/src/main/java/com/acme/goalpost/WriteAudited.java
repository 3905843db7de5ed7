package com.acme.goalpost;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.List;

/** ACME's gateway files every call that changes data under an audit category, which the spec must name. */
@RuleInfo(id = "acme/write-audited", severity = Severity.ERROR,
        summary = "An operation that changes data names its audit category in x-acme-audit.",
        helpUri = "https://github.com/goalpost-dev/goalpost/blob/main/examples/custom-rule/docs/rules/acme/write-audited.md")
public final class WriteAudited implements OperationRule {

    static final String EXTENSION = "x-acme-audit";
    static final List<String> CATEGORIES = List.of("customer-data", "payments", "configuration", "content");

    @RuleOption(description = "The HTTP methods that change data and so must be audited.")
    List<String> methods = List.of("post", "put", "patch", "delete");

    @Override
    public boolean appliesTo(Operation operation) {
        return methods.stream().anyMatch(operation::isMethod);
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode category = operation.get(EXTENSION);
        if (category == null) {
            context.report(operation.node(), operation.label() + " changes data but names no audit category; add `"
                    + EXTENSION + ": <category>` (one of " + String.join(", ", CATEGORIES) + ")");
        } else if (!category.isText() || !CATEGORIES.contains(category.text())) {
            context.reportValue(category, "`" + EXTENSION + "` of " + operation.label() + " is "
                    + category.written() + ", which the gateway does not know; write one of "
                    + String.join(", ", CATEGORIES));
        }
    }
}
