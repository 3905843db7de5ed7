package dev.goalpost.rules.core;

import dev.goalpost.api.PathItemRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The path template and the path parameters agree, as the specification requires of every version. */
@RuleInfo(id = "core/path-parameters", severity = Severity.ERROR,
        summary = "Every {name} in a path has a required `in: path` parameter, every path parameter is in the path, "
                + "and no parameter is declared twice in one list.")
public final class PathParameters implements PathItemRule {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}/]+)}");

    @Override
    public void check(PathItem item, RuleContext context) {
        String path = item.path();
        Set<String> names = templateNames(path);
        checkList(item.node().get("parameters"), path, names, context);
        List<Operation> operations = item.operations();
        for (Operation operation : operations) {
            checkList(operation.node().get("parameters"), path, names, context);
        }
        if (operations.isEmpty()) {
            return; // an empty path item needs no parameters (ACL-filtered documents)
        }
        for (String name : names) {
            List<Operation> lacking = new ArrayList<>();
            for (Operation operation : operations) {
                if (operation.parameter("path", name) == null) {
                    lacking.add(operation);
                }
            }
            if (lacking.size() == operations.size()) {
                context.report(item.declaration(), "`{" + name + "}` in `" + path + "` has no `in: path` parameter; "
                        + "declare " + declaration(name, item) + " in the path item's `parameters`");
            } else {
                for (Operation operation : lacking) {
                    context.report(operation.node(), operation.label() + " has no `in: path` parameter `" + name
                            + "` (other operations of the path declare one); declare " + declaration(name, item)
                            + " in its `parameters` or in the path item's");
                }
            }
        }
    }

    /** The template expressions of a path, in written order. */
    static Set<String> templateNames(String path) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String declaration(String name, PathItem item) {
        boolean swagger2 = item.operations().get(0).document().version().isSwagger2(); // asked only with operations
        return "`{name: " + name + ", in: path, required: true, " + (swagger2 ? "type: string" : "schema: {type: string}")
                + "}`";
    }

    /** One {@code parameters} list: no duplicates; each path parameter named in the template and required. */
    private static void checkList(SpecNode list, String path, Set<String> names, RuleContext context) {
        if (list == null || !list.isArray()) {
            return;
        }
        Map<String, SpecNode> seen = new HashMap<>();
        for (SpecNode element : list.elements()) {
            SpecNode parameter = element.resolve();
            if (parameter == null || !parameter.isObject()) {
                continue;
            }
            String in = parameter.text("in");
            String name = parameter.text("name");
            if (in == null || name == null) {
                continue; // the structure check reports what is missing
            }
            String key = in.toLowerCase(Locale.ROOT) + ":"
                    + (in.equalsIgnoreCase("header") ? name.toLowerCase(Locale.ROOT) : name);
            SpecNode first = seen.putIfAbsent(key, element);
            if (first != null) {
                context.report(element, "parameter `" + name + "` in `" + in + "` is declared twice in this list "
                        + "(first at line " + first.line() + "); a list names each parameter once, remove one");
                continue;
            }
            if (!in.equals("path")) {
                continue;
            }
            if (!names.contains(name)) {
                context.report(element, "path parameter `" + name + "` is not in the path `" + path + "`; "
                        + (names.isEmpty() ? "write `{" + name + "}` into the path or remove the parameter"
                                : "write `{" + name + "}` into the path or rename it to "
                                        + String.join(" or ", names.stream().map(n -> "`" + n + "`").toList())));
            }
            SpecNode required = parameter.get("required");
            if (required == null) {
                context.report(parameter, "path parameter `" + name + "` is not `required: true`; a path parameter "
                        + "is always required, add `required: true`");
            } else if (!Boolean.TRUE.equals(required.bool())) {
                context.reportValue(required, "path parameter `" + name + "` has `required: " + required.written()
                        + "`; a path parameter is always required, write `required: true`");
            }
        }
    }
}
