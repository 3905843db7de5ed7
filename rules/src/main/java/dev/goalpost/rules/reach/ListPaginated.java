package dev.goalpost.rules.reach;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import java.util.List;

/** A phone on a slow network fetches a collection page by page, never all of it at once. */
@RuleInfo(id = "reach/list-paginated", severity = Severity.ERROR,
        summary = "A list operation takes a page-size query parameter and a position parameter.")
public final class ListPaginated implements OperationRule {

    @RuleOption(description = "Query parameter names that set the page size. Prefer `pagination.pageSizeNames` in "
            + "goalpost.yaml, which sets it for every pagination rule.")
    List<String> pageSizeNames = ListOperation.PAGE_SIZE_NAMES;

    @RuleOption(description = "Parameter names (query or header) that say where the page starts. Prefer "
            + "`pagination.positionNames` in goalpost.yaml, which sets it for every pagination rule.")
    List<String> positionNames = ListOperation.POSITION_NAMES;

    @Override
    public boolean appliesTo(Operation operation) {
        return ListOperation.is(operation);
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        boolean size = ListOperation.pageSize(operation, pageSizeNames) != null;
        boolean position = ListOperation.position(operation, positionNames) != null;
        if (size && position) {
            return;
        }
        String sizeFix = "`" + first(pageSizeNames, "limit") + "` (integer, with a `maximum`)";
        String positionFix = "`" + first(positionNames, "cursor") + "`";
        String message;
        if (!size && !position) {
            message = " returns a list but takes neither a page-size nor a position parameter; add " + sizeFix
                    + " and " + positionFix + " query parameters";
        } else if (!size) {
            message = " returns a list but takes no page-size parameter; add " + sizeFix;
        } else {
            message = " returns a list but takes no position parameter; add " + positionFix
                    + " so clients can ask for the next page";
        }
        context.report(operation.node(), operation.label() + message);
    }

    private static String first(List<String> names, String fallback) {
        return names.isEmpty() ? fallback : names.get(0);
    }
}
