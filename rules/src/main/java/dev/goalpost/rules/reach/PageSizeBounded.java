package dev.goalpost.rules.reach;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.List;

/** A small device never receives a page larger than it can hold, and by default gets a modest one. */
@RuleInfo(id = "reach/page-size-bounded", severity = Severity.ERROR,
        summary = "The page-size parameter of a list operation is an integer with a bounded maximum and default.")
public final class PageSizeBounded implements OperationRule {

    @RuleOption(description = "The largest `maximum` a page-size parameter may allow.")
    long maxPageSize = 1000;

    @RuleOption(description = "The largest `default` a page-size parameter may have.")
    long maxDefaultPageSize = 100;

    @RuleOption(description = "Query parameter names that set the page size. Prefer `pagination.pageSizeNames` in "
            + "goalpost.yaml, which sets it for every pagination rule.")
    List<String> pageSizeNames = ListOperation.PAGE_SIZE_NAMES;

    @Override
    public boolean appliesTo(Operation operation) {
        return ListOperation.is(operation);
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        Parameter size = ListOperation.pageSize(operation, pageSizeNames);
        if (size == null) {
            return; // reach/list-paginated asks for one
        }
        Schema schema = size.schema();
        List<String> problems = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        if (schema == null || !schema.hasType("integer")) {
            problems.add("is not `type: integer`");
            fixes.add("make it `type: integer`");
        }
        SpecNode maximum = number(schema, "maximum");
        SpecNode exclusive = number(schema, "exclusiveMaximum");
        double largest = maximum != null ? maximum.doubleValue()
                : exclusive != null ? exclusive.doubleValue() - 1 : Double.NaN;
        if (Double.isNaN(largest)) {
            problems.add("has no `maximum`");
            fixes.add("add a `maximum` of " + maxPageSize + " or less");
        } else if (largest > maxPageSize) {
            problems.add("allows pages of " + (long) largest);
            fixes.add("lower its `maximum` to " + maxPageSize + " or less");
        }
        SpecNode written = schema == null ? null : schema.get("default");
        SpecNode defaultSize = number(schema, "default");
        if (written == null) {
            problems.add("has no `default`");
            fixes.add("add a `default` of " + maxDefaultPageSize + " or less");
        } else if (defaultSize == null) {
            problems.add("has a `default` that is " + notANumber(written));
            fixes.add("write the `default` as a number of " + maxDefaultPageSize + " or less");
        } else if (defaultSize.doubleValue() > maxDefaultPageSize) {
            problems.add("defaults to " + defaultSize.written());
            fixes.add("lower its `default` to " + maxDefaultPageSize + " or less");
        }
        if (!problems.isEmpty()) {
            context.report(size.node(), "page-size parameter `" + size.name() + "` " + and(problems)
                    + "; " + and(fixes) + ", so a small device never gets more than it can handle");
        }
    }

    private static String and(List<String> parts) {
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    /** What a non-numeric default is, as a message names it: {@code the text "20"}, {@code null}, a boolean … */
    private static String notANumber(SpecNode value) {
        if (value.isText()) {
            String text = value.text();
            return "the text `\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"`, not a number";
        }
        if (value.isNull()) {
            return "`null`, not a number";
        }
        if (value.isBoolean()) {
            return "the boolean `" + value.written() + "`, not a number";
        }
        return (value.isArray() ? "a list" : "an object") + ", not a number";
    }

    private static SpecNode number(Schema schema, String keyword) {
        SpecNode value = schema == null ? null : schema.get(keyword);
        return value != null && value.isNumber() ? value : null;
    }
}
