package dev.goalpost.rules.reach;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;

/** A GET on a single resource lets clients revalidate instead of downloading it again. */
@RuleInfo(id = "reach/conditional-get", severity = Severity.WARNING,
        summary = "A GET on a single resource declares ETag or Last-Modified on its 200 response.")
public final class ConditionalGet implements OperationRule {

    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH && operation.isMethod("get")
                && operation.endsWithPathParameter();
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        Response ok = operation.response("200");
        if (ok != null && !ok.hasHeader("ETag") && !ok.hasHeader("Last-Modified")) {
            context.report(ok.node(), "this `200` response of a single resource declares neither `ETag` nor "
                    + "`Last-Modified`; add one so mobile clients can revalidate (`If-None-Match`) instead of "
                    + "downloading it again");
        }
    }
}
