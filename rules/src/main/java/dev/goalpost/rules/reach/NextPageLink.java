package dev.goalpost.rules.reach;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import java.util.List;
import java.util.Map;

/** A paginated list tells the client where the next page is, so no client has to guess or compute it. */
@RuleInfo(id = "reach/next-page-link", severity = Severity.WARNING,
        summary = "A paginated list's 200 response has a next-page property or declares a Link header.")
public final class NextPageLink implements OperationRule {

    static final List<String> NEXT_PROPERTIES = List.of("next", "next_cursor", "nextCursor", "next_page_token",
            "nextPageToken", "nextLink", "@odata.nextLink", "has_more");

    @RuleOption(description = "Query parameter names that set the page size (a list taking one is paginated).")
    List<String> pageSizeNames = ListOperation.PAGE_SIZE_NAMES;

    @RuleOption(description = "Parameter names that say where a page starts (a list taking one is paginated).")
    List<String> positionNames = ListOperation.POSITION_NAMES;

    @Override
    public boolean appliesTo(Operation operation) {
        return ListOperation.is(operation)
                && (ListOperation.parameter(operation, pageSizeNames, "query") != null
                        || ListOperation.parameter(operation, positionNames, "query", "header") != null);
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        Response ok = operation.response("200");
        if (ok.hasHeader("Link") || hasNextProperty(ListOperation.body(operation))) {
            return;
        }
        context.report(ok.node(), "this list response does not say where the next page is; add a `next_cursor` "
                + "(or `next`, `has_more`, `links.next`) property or a `Link` header, so clients can page through "
                + "without computing positions");
    }

    private static boolean hasNextProperty(Schema body) {
        Map<String, Schema> properties = body.allProperties();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            if (NEXT_PROPERTIES.stream().anyMatch(property.getKey()::equalsIgnoreCase)) {
                return true;
            }
            if (property.getKey().equalsIgnoreCase("links") && declaresNext(property.getValue(), 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code next} is declared in a {@code links} object, directly or {@code depth} objects deeper
     * (DigitalOcean's {@code links.pages.next}), through {@code allOf}, {@code anyOf} and {@code oneOf}.
     */
    private static boolean declaresNext(Schema links, int depth) {
        for (Schema variant : links.variants()) {
            Map<String, Schema> properties = variant.allProperties();
            if (properties.containsKey("next")) {
                return true;
            }
            if (depth > 0 && properties.values().stream().anyMatch(nested -> declaresNext(nested, depth - 1))) {
                return true;
            }
        }
        return false;
    }
}
