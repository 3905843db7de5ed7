package dev.goalpost.spectral;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of a Spectral ruleset, compiled: its {@code given} paths, its {@code then} functions and its message.
 * It runs once per document (its paths select across the whole document); when it is tied to a goal, findings
 * under an operation are kept only where the operation's goals include it.
 */
public final class SpectralRule implements DocumentRule {

    /** One {@code then}: a field to look up (null for the selected value) and a compiled function. */
    record Then(String field, JsonPathExpression fieldPath, String functionName,
            SpectralFunctions.Function function) {}

    private final String name;
    private final List<JsonPathExpression> given;
    private final List<Then> then;
    private final String message;
    private final String description;
    private final Set<String> formats;
    private final boolean resolved;
    private final boolean goalScoped;

    SpectralRule(String name, List<JsonPathExpression> given, List<Then> then, String message, String description,
            Set<String> formats, boolean resolved, boolean goalScoped) {
        this.name = name;
        this.given = List.copyOf(given);
        this.then = List.copyOf(then);
        this.message = message;
        this.description = description;
        this.formats = Set.copyOf(formats);
        this.resolved = resolved;
        this.goalScoped = goalScoped;
    }

    public String name() {
        return name;
    }

    @Override
    public void check(ApiDocument document, RuleContext context) {
        TreeNode root = (TreeNode) document.root();
        if (!formats.isEmpty() && !matchesFormat(root)) {
            return;
        }
        Map<String, Operation> operations = goalScoped ? operationsByPointer(document) : Map.of();
        SpectralFunctions.Context functionContext = new SpectralFunctions.Context(root,
                memo(() -> referencedPointers(root)));
        for (JsonPathExpression path : given) {
            List<JsonPathExpression.Selection> selections;
            try {
                selections = path.evaluate(root, resolved);
            } catch (JsonPathExpression.BudgetExceeded e) {
                context.report(root, e.getMessage() + "; this rule did not check this spec, narrow its `given`");
                continue;
            }
            for (JsonPathExpression.Selection selection : selections) {
                for (Then step : then) {
                    for (Target target : targets(selection, step)) {
                        for (SpectralFunctions.Result result : step.function().run(target, functionContext)) {
                            TreeNode at = result.at() != null ? result.at() : target.at();
                            if (goalScoped && !inScope(selection.node(), operations, context)) {
                                continue;
                            }
                            context.report(at, message(result, target, at));
                        }
                    }
                }
            }
        }
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> supplier) {
        Object[] cell = new Object[1];
        return () -> {
            if (cell[0] == null) {
                cell[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) cell[0];
            return value;
        };
    }

    /** The document formats Spectral would detect, as its {@code formats} names them. */
    private boolean matchesFormat(TreeNode root) {
        String swagger = root.text("swagger");
        String openapi = root.text("openapi");
        Set<String> detected = new HashSet<>();
        if (swagger != null && swagger.startsWith("2.0")) {
            detected.add("oas2");
        }
        if (openapi != null && openapi.startsWith("3.")) {
            detected.add("oas3");
            detected.add(openapi.startsWith("3.0") ? "oas3_0" : openapi.startsWith("3.1") ? "oas3_1" : "oas3_2");
        }
        for (String format : formats) {
            if (detected.contains(format)) {
                return true;
            }
        }
        return false;
    }

    /** The values the functions judge for one selection and one {@code then}: Spectral's lint targets. */
    private List<Target> targets(JsonPathExpression.Selection selection, Then step) {
        PathNode node = selection.node();
        if (selection.key()) {
            Object key = node.key();
            String text = key == null ? "" : String.valueOf(key);
            return List.of(new Target(key instanceof Integer i ? (Object) i.doubleValue() : text, null, node.tree(),
                    text));
        }
        String property = node.key() == null ? "" : String.valueOf(node.key());
        if (step.field() == null || !node.isObject() && !node.isArray()) {
            return List.of(new Target(Js.of(node), node, node.tree(), property));
        }
        if (step.field().equals("@key")) {
            List<Target> targets = new ArrayList<>();
            for (String key : node.tree().keys()) {
                targets.add(new Target(key, null, node.tree().get(key), key));
            }
            return targets.isEmpty() ? List.of(new Target(Js.UNDEFINED, null, node.tree(), property)) : targets;
        }
        if (step.fieldPath() != null) {
            List<Target> targets = new ArrayList<>();
            for (JsonPathExpression.Selection inner : step.fieldPath().evaluate(node.tree(), resolved)) {
                PathNode found = inner.node();
                String key = found.key() == null ? property : String.valueOf(found.key());
                targets.add(new Target(Js.of(found), found, found.tree(), key));
            }
            return targets.isEmpty() ? List.of(new Target(Js.UNDEFINED, null, node.tree(), property)) : targets;
        }
        PathNode current = node;
        String last = property;
        for (String segment : fieldSegments(step.field())) {
            last = segment;
            PathNode next = current.isArray() && segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()
                    ? current.child(Integer.parseInt(segment), resolved) : current.child(segment, resolved);
            if (next == null) {
                return List.of(new Target(Js.UNDEFINED, null, current.tree(), last));
            }
            current = next;
        }
        return List.of(new Target(Js.of(current), current, current.tree(), last));
    }

    /** lodash's {@code toPath}: {@code a.b}, {@code a[0]}, {@code a['b.c']}. */
    static List<String> fieldSegments(String field) {
        List<String> segments = new ArrayList<>();
        Matcher matcher = Pattern.compile("[^.\\[\\]]+|\\[(?:(['\"])(.*?)\\1|(\\d+))\\]").matcher(field);
        while (matcher.find()) {
            if (matcher.group(2) != null) {
                segments.add(matcher.group(2));
            } else if (matcher.group(3) != null) {
                segments.add(matcher.group(3));
            } else {
                segments.add(matcher.group());
            }
        }
        return segments;
    }

    private String message(SpectralFunctions.Result result, Target target, TreeNode at) {
        String property = result.property() != null ? result.property() : target.property();
        MessageTemplate.Vars vars = new MessageTemplate.Vars(property, "", at.pointer(), description,
                at.value());
        String error = MessageTemplate.render(result.message(), vars);
        vars = new MessageTemplate.Vars(property, error, at.pointer(), description, at.value());
        if (message == null) {
            return (description != null ? description : error).strip();
        }
        return MessageTemplate.render(message, vars).strip();
    }

    // ---- goals ----------------------------------------------------------------------------------------------

    private static Map<String, Operation> operationsByPointer(ApiDocument document) {
        Map<String, Operation> operations = new HashMap<>();
        for (Operation operation : document.operations()) {
            operations.put(((TreeNode) operation.declaration()).pointer(), operation);
        }
        return operations;
    }

    /** Whether a selection under an operation (as the path reached it) lies where the rule's goal applies. */
    private static boolean inScope(PathNode node, Map<String, Operation> operations, RuleContext context) {
        List<Object> path = node.path();
        if (path.size() >= 3 && "paths".equals(path.get(0))) {
            String pointer = "/paths/" + escape(path.get(1)) + "/" + escape(path.get(2));
            Operation operation = operations.get(pointer);
            return operation == null || context.inScope(operation);
        }
        return true;
    }

    private static String escape(Object segment) {
        return String.valueOf(segment).replace("~", "~0").replace("/", "~1");
    }

    /** Every local pointer a {@code $ref} of the root document points to (for unreferencedReusableObject). */
    private static Set<String> referencedPointers(TreeNode root) {
        Set<String> pointers = new HashSet<>();
        java.util.ArrayDeque<com.fasterxml.jackson.databind.JsonNode> stack = new java.util.ArrayDeque<>();
        stack.push(root.value());
        while (!stack.isEmpty()) {
            com.fasterxml.jackson.databind.JsonNode value = stack.pop();
            if (value.isObject()) {
                com.fasterxml.jackson.databind.JsonNode ref = value.get("$ref");
                if (ref != null && ref.isTextual() && ref.textValue().startsWith("#")) {
                    pointers.add(java.net.URLDecoder.decode(ref.textValue().substring(1).replace("+", "%2B"),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            value.elements().forEachRemaining(stack::push);
        }
        return pointers;
    }
}
