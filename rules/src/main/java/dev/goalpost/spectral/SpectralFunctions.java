package dev.goalpost.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spectral's core functions with Spectral's semantics: JavaScript truthiness, and a function given a value of a type
 * it does not judge passes (as Spectral's input schemas make them). Options are checked when the ruleset is read.
 */
final class SpectralFunctions {

    /** The functions Goalpost runs; any other name is a custom (JavaScript) function. */
    static final Set<String> CORE = Set.of("truthy", "falsy", "defined", "undefined", "pattern", "enumeration",
            "length", "casing", "alphabetical", "schema", "xor", "or", "typedEnum", "unreferencedReusableObject");

    private SpectralFunctions() {}

    /** One finding a function reports: its message (a template) and, when not the target, where. */
    record Result(String message, TreeNode at, String property) {
        Result(String message) {
            this(message, null, null);
        }
    }

    /** What a function may read besides its target: the document's root, for reusable-object checks. */
    record Context(TreeNode documentRoot, java.util.function.Supplier<Set<String>> referencedPointers) {}

    /** A function compiled with its options. */
    interface Function {
        List<Result> run(Target target, Context context);
    }

    /**
     * Compiles a core function with its options.
     *
     * @throws IllegalArgumentException saying what is wrong with the options
     */
    static Function compile(String name, JsonNode options) {
        return switch (name) {
            case "truthy" -> noOptions(name, options, (t, c) -> Js.truthy(t.value()) ? List.of()
                    : List.of(new Result("#{{print(\"property\")}}must be truthy")));
            case "falsy" -> noOptions(name, options, (t, c) -> !Js.truthy(t.value()) ? List.of()
                    : List.of(new Result("#{{print(\"property\")}}must be falsy")));
            case "defined" -> noOptions(name, options, (t, c) -> !t.isUndefined() ? List.of()
                    : List.of(new Result("#{{print(\"property\")}}must be defined")));
            case "undefined" -> noOptions(name, options, (t, c) -> t.isUndefined() ? List.of()
                    : List.of(new Result("#{{print(\"property\")}}must be undefined")));
            case "pattern" -> pattern(options);
            case "enumeration" -> enumeration(options);
            case "length" -> length(options);
            case "casing" -> casing(options);
            case "alphabetical" -> alphabetical(options);
            case "schema" -> schema(options);
            case "xor" -> properties(name, options, true);
            case "or" -> properties(name, options, false);
            case "typedEnum" -> noOptions(name, options, SpectralFunctions::typedEnum);
            case "unreferencedReusableObject" -> unreferenced(options);
            default -> throw new IllegalStateException(name);
        };
    }

    private static Function noOptions(String name, JsonNode options, Function function) {
        if (options != null && !options.isNull()) {
            throw new IllegalArgumentException("`" + name + "` takes no functionOptions");
        }
        return function;
    }

    private static JsonNode object(String name, JsonNode options, String... keys) {
        if (options == null || !options.isObject()) {
            throw new IllegalArgumentException("`" + name + "` needs functionOptions with " + String.join(", ", keys));
        }
        options.fieldNames().forEachRemaining(key -> {
            if (!List.of(keys).contains(key)) {
                throw new IllegalArgumentException("`" + name + "` has no option `" + key + "`; its options are "
                        + String.join(", ", keys));
            }
        });
        return options;
    }

    // ---- pattern ----------------------------------------------------------------------------------------

    private static Function pattern(JsonNode options) {
        object("pattern", options, "match", "notMatch");
        JsRegex match = regexOption(options, "match");
        JsRegex notMatch = regexOption(options, "notMatch");
        if (match == null && notMatch == null) {
            throw new IllegalArgumentException("`pattern` needs `match` or `notMatch`");
        }
        String matchText = options.has("match") ? options.get("match").textValue() : null;
        String notMatchText = options.has("notMatch") ? options.get("notMatch").textValue() : null;
        return (target, context) -> {
            if (!(target.value() instanceof String text)) {
                return List.of();
            }
            List<Result> results = new ArrayList<>();
            try {
                if (match != null && !match.test(text)) {
                    results.add(new Result("#{{print(\"value\")}} must match the pattern " + quote(matchText)));
                }
                if (notMatch != null && notMatch.test(text)) {
                    results.add(new Result("#{{print(\"value\")}} must not match the pattern "
                            + quote(notMatchText)));
                }
            } catch (JsRegex.RegexBudgetException e) {
                results.add(new Result(e.getMessage() + "; simplify the pattern"));
            }
            return results;
        };
    }

    private static JsRegex regexOption(JsonNode options, String key) {
        JsonNode value = options.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("`" + key + "` of `pattern` must be a string");
        }
        return JsRegex.fromOption(value.textValue());
    }

    static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    // ---- enumeration, length ----------------------------------------------------------------------------

    private static Function enumeration(JsonNode options) {
        object("enumeration", options, "values");
        JsonNode values = options.get("values");
        if (values == null || !values.isArray()) {
            throw new IllegalArgumentException("`values` of `enumeration` must be a list");
        }
        List<Object> allowed = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isContainerNode()) {
                throw new IllegalArgumentException("`values` of `enumeration` holds strings, numbers, booleans or null");
            }
            allowed.add(primitive(value));
            printed.add(value.toString());
        }
        return (target, context) -> {
            Object value = target.value();
            if (!(value instanceof String || value instanceof Double || value instanceof Boolean || value == Js.NULL)) {
                return List.of();
            }
            for (Object candidate : allowed) {
                if (Js.strictEquals(candidate, value)) {
                    return List.of();
                }
            }
            return List.of(new Result("#{{print(\"value\")}} must be equal to one of the allowed values: "
                    + String.join(", ", printed)));
        };
    }

    private static Object primitive(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return Js.NULL;
    }

    private static Function length(JsonNode options) {
        object("length", options, "min", "max");
        Double min = number(options, "min", "length");
        Double max = number(options, "max", "length");
        if (min == null && max == null) {
            throw new IllegalArgumentException("`length` needs `min` or `max`");
        }
        return (target, context) -> {
            Object value = target.value();
            double size;
            if (value instanceof String s) {
                size = s.length();
            } else if (value instanceof Double d) {
                size = d;
            } else if (value instanceof PathNode node) {
                size = node.tree().value().size();
            } else {
                return List.of();
            }
            List<Result> results = new ArrayList<>();
            if (min != null && size < min) {
                results.add(new Result("#{{print(\"property\")}}must be longer than " + Js.numberText(min)));
            }
            if (max != null && size > max) {
                results.add(new Result("#{{print(\"property\")}}must be shorter than " + Js.numberText(max)));
            }
            return results;
        };
    }

    private static Double number(JsonNode options, String key, String function) {
        JsonNode value = options.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("`" + key + "` of `" + function + "` must be a number");
        }
        return value.doubleValue();
    }

    // ---- casing -----------------------------------------------------------------------------------------

    private static final Map<String, String> CASES = Map.of(
            "flat", "[a-z][a-z{D}]*",
            "camel", "[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
            "pascal", "[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
            "kebab", "[a-z][a-z{D}]*(?:-[a-z{D}]+)*",
            "cobol", "[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*",
            "snake", "[a-z][a-z{D}]*(?:_[a-z{D}]+)*",
            "macro", "[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*");

    private static Function casing(JsonNode options) {
        object("casing", options, "type", "disallowDigits", "separator");
        JsonNode type = options.get("type");
        if (type == null || !type.isTextual() || !CASES.containsKey(type.textValue())) {
            throw new IllegalArgumentException("`type` of `casing` must be one of "
                    + String.join(", ", new java.util.TreeSet<>(CASES.keySet())));
        }
        boolean digits = !options.path("disallowDigits").asBoolean(false);
        String base = CASES.get(type.textValue()).replace("{D}", digits ? "0-9" : "");
        JsonNode separator = options.get("separator");
        String source;
        String separatorChar = null;
        boolean allowLeading = false;
        if (separator == null) {
            source = "^" + base + "$";
        } else {
            JsonNode ch = separator.get("char");
            if (!separator.isObject() || ch == null || !ch.isTextual() || ch.textValue().length() != 1) {
                throw new IllegalArgumentException("`separator` of `casing` needs `char`, one character");
            }
            separatorChar = ch.textValue();
            allowLeading = separator.path("allowLeading").asBoolean(false);
            String sep = "[" + Pattern.quote(separatorChar).replace("\\Q", "").replace("\\E", "")
                    .replaceAll("([\\\\\\]\\[^-])", "\\\\$1") + "]";
            source = "^" + (allowLeading ? sep + "?" : "") + base + "(?:" + sep + base + ")*$";
        }
        JsRegex regex = new JsRegex(source, "");
        String name = type.textValue();
        String leading = allowLeading ? separatorChar : null;
        return (target, context) -> {
            if (!(target.value() instanceof String text) || text.isEmpty()) {
                return List.of();
            }
            if (leading != null && text.equals(leading)) {
                return List.of();
            }
            return regex.test(text) ? List.of() : List.of(new Result("must be " + name + " case"));
        };
    }

    // ---- alphabetical -----------------------------------------------------------------------------------

    private static Function alphabetical(JsonNode options) {
        String keyedBy;
        if (options == null || options.isNull()) {
            keyedBy = null;
        } else {
            object("alphabetical", options, "keyedBy");
            keyedBy = options.has("keyedBy") ? options.get("keyedBy").asText() : null;
        }
        return (target, context) -> {
            if (!(target.value() instanceof PathNode node)) {
                return List.of();
            }
            List<Object> items = new ArrayList<>();
            List<TreeNode> places = new ArrayList<>();
            if (node.isArray()) {
                for (PathNode child : node.children(true)) {
                    Object value = Js.of(child);
                    if (keyedBy != null) {
                        if (!child.isObject()) {
                            return List.of(new Result("#{{print(\"property\")}}must be an object"));
                        }
                        value = Js.of(child.child(keyedBy, true));
                    }
                    items.add(value);
                    places.add(child.tree());
                }
            } else {
                for (String key : node.tree().keys()) {
                    items.add(key);
                    places.add(node.tree().get(key));
                }
            }
            for (Object item : items) {
                if (!(item instanceof String) && !(item instanceof Double)) {
                    return List.of(new Result(
                            "#{{print(\"property\")}}must be one of the allowed types: number, string"));
                }
            }
            for (int i = 0; i + 1 < items.size(); i++) {
                if (compare(items.get(i), items.get(i + 1)) >= 1) {
                    if (keyedBy != null) {
                        return List.of(new Result("properties must follow the alphabetical order"));
                    }
                    return List.of(new Result(print(items.get(i)) + " must be placed after " + print(items.get(i + 1)),
                            places.get(i), null));
                }
            }
            return List.of();
        };
    }

    private static String print(Object value) {
        return value instanceof String s ? quote(s) : Js.toJsString(value);
    }

    /** Spectral's comparison: numbers (and numeric strings) by value, else strings by locale order. */
    private static int compare(Object a, Object b) {
        boolean aNumber = a instanceof Double || Double.isNaN(Js.toNumber(a));
        boolean bNumber = b instanceof Double || !Double.isNaN(Js.toNumber(b));
        if (aNumber && bNumber) {
            double difference = Js.toNumber(a) - Js.toNumber(b);
            return Double.isNaN(difference) ? 0 : (int) Math.max(-1, Math.min(1, Math.signum(difference)));
        }
        if (!(a instanceof String x) || !(b instanceof String y)) {
            return 0;
        }
        return Integer.signum(java.text.Collator.getInstance(Locale.ENGLISH).compare(x, y));
    }

    // ---- xor, or ----------------------------------------------------------------------------------------

    private static Function properties(String name, JsonNode options, boolean exactlyOne) {
        object(name, options, "properties");
        JsonNode properties = options.get("properties");
        if (properties == null || !properties.isArray() || properties.isEmpty()) {
            throw new IllegalArgumentException("`properties` of `" + name + "` must be a list of names");
        }
        List<String> names = new ArrayList<>();
        properties.forEach(p -> names.add(p.asText()));
        return (target, context) -> {
            if (!(target.value() instanceof PathNode node) || !node.isObject()) {
                return List.of();
            }
            long present = names.stream().filter(node.tree()::has).count();
            if (exactlyOne) {
                if (present == 1) {
                    return List.of();
                }
                List<String> printed = new ArrayList<>(names.stream().map(SpectralFunctions::quote).toList());
                String last = printed.remove(printed.size() - 1);
                return List.of(new Result(String.join(", ", printed) + (printed.isEmpty() ? last : " and " + last)
                        + " must not be both defined or both undefined"));
            }
            if (names.size() < 2 || present > 0) {
                return List.of();
            }
            if (names.size() > 4) {
                return List.of(new Result("At least one of \"" + String.join("\" or \"", names.subList(0, 3))
                        + "\" or " + (names.size() - 3) + " other properties must be defined"));
            }
            return List.of(new Result("At least one of \"" + String.join("\" or \"", names) + "\" must be defined"));
        };
    }

    // ---- typedEnum ----------------------------------------------------------------------------------------

    /** spectral:oas's typedEnum: each enum value must have the schema's type. */
    private static List<Result> typedEnum(Target target, Context context) {
        if (!(target.value() instanceof PathNode node) || !node.isObject()) {
            return List.of();
        }
        JsonNode schema = node.tree().value();
        JsonNode enumValues = schema.get("enum");
        JsonNode type = schema.get("type");
        if (enumValues == null || !enumValues.isArray() || type == null) {
            return List.of();
        }
        Set<String> types = new HashSet<>();
        if (type.isTextual()) {
            types.add(type.textValue());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            return List.of();
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < enumValues.size(); i++) {
            JsonNode value = enumValues.get(i);
            if (!fitsType(value, types)) {
                results.add(new Result("Enum value " + print(primitiveOrText(value)) + " must be \""
                        + String.join("\",\"", types) + "\".", node.tree().get("enum").get(i), null));
            }
        }
        return results;
    }

    private static Object primitiveOrText(JsonNode value) {
        return value.isContainerNode() ? value.toString() : primitive(value);
    }

    private static boolean fitsType(JsonNode value, Set<String> types) {
        return types.contains("string") && value.isTextual() || types.contains("number") && value.isNumber()
                || types.contains("integer") && (value.isIntegralNumber() || value.isNumber()
                        && value.decimalValue().stripTrailingZeros().scale() <= 0)
                || types.contains("boolean") && value.isBoolean() || types.contains("null") && value.isNull()
                || types.contains("object") && value.isObject() || types.contains("array") && value.isArray();
    }

    // ---- unreferencedReusableObject ---------------------------------------------------------------------

    private static Function unreferenced(JsonNode options) {
        object("unreferencedReusableObject", options, "reusableObjectsLocation");
        JsonNode location = options.get("reusableObjectsLocation");
        if (location == null || !location.isTextual() || !location.textValue().startsWith("#")) {
            throw new IllegalArgumentException("`reusableObjectsLocation` of `unreferencedReusableObject` must be "
                    + "a local pointer such as #/components/schemas");
        }
        String prefix = location.textValue().substring(1);
        return (target, context) -> {
            if (!(target.value() instanceof PathNode node) || !node.isObject()) {
                return List.of();
            }
            Set<String> referenced = context.referencedPointers().get();
            List<Result> results = new ArrayList<>();
            for (String key : node.tree().keys()) {
                String pointer = prefix + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!referenced.contains(pointer)) {
                    results.add(new Result("Potential orphaned reusable object has been detected",
                            node.tree().get(key), key));
                }
            }
            return results;
        };
    }

    // ---- schema -----------------------------------------------------------------------------------------

    private static Function schema(JsonNode options) {
        object("schema", options, "schema", "dialect", "allErrors");
        JsonNode schemaNode = options.get("schema");
        if (schemaNode == null || !schemaNode.isObject() && !schemaNode.isBoolean()) {
            throw new IllegalArgumentException("`schema` of `schema` must be a JSON Schema");
        }
        String dialectName = options.path("dialect").asText("auto");
        Dialect dialect = switch (dialectName) {
            case "draft4" -> Dialects.getDraft4();
            case "draft6" -> Dialects.getDraft6();
            case "draft7", "auto" -> Dialects.getDraft7();
            case "draft2019-09" -> Dialects.getDraft201909();
            case "draft2020-12" -> Dialects.getDraft202012();
            default -> throw new IllegalArgumentException("`dialect` of `schema` must be auto, draft4, draft6, "
                    + "draft7, draft2019-09 or draft2020-12");
        };
        if ("auto".equals(dialectName) && schemaNode.path("$schema").isTextual()) {
            String uri = schemaNode.get("$schema").textValue();
            dialect = uri.contains("draft-04") ? Dialects.getDraft4() : uri.contains("draft-06") ? Dialects.getDraft6()
                    : uri.contains("2019-09") ? Dialects.getDraft201909()
                    : uri.contains("2020-12") ? Dialects.getDraft202012() : Dialects.getDraft7();
        }
        Schema schema;
        try {
            schema = SchemaRegistry.withDefaultDialect(dialect).getSchema(schemaNode);
        } catch (SchemaException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the schema of `schema` cannot be compiled: " + e.getMessage());
        }
        boolean allErrors = options.path("allErrors").asBoolean(false);
        return (target, context) -> {
            if (target.isUndefined()) {
                return List.of(new Result("#{{print(\"property\")}}must exist"));
            }
            JsonNode value = target.json();
            List<Error> errors;
            try {
                errors = schema.validate(value);
            } catch (RuntimeException | StackOverflowError e) {
                return List.of(new Result("the value could not be validated (" + e.getMessage() + ")"));
            }
            List<Result> results = new ArrayList<>();
            for (Error error : errors) {
                TreeNode at = target.node() == null ? null : locate(target.node().tree(), error);
                String property = at == null || at.key() == null ? null : at.key();
                results.add(new Result(capitalize(error.getMessage()), at, property));
                if (!allErrors) {
                    break;
                }
            }
            return results;
        };
    }

    private static TreeNode locate(TreeNode root, Error error) {
        TreeNode node = root;
        if (error.getInstanceLocation() == null) {
            return root;
        }
        for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
            Object element = error.getInstanceLocation().getElement(i);
            TreeNode next = element instanceof Number n ? node.get(n.intValue()) : node.get(String.valueOf(element));
            if (next == null) {
                break;
            }
            node = next;
        }
        return node;
    }

    private static String capitalize(String message) {
        String text = message.startsWith("$") ? message.replaceFirst("^\\$[^:]*: ", "") : message;
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
