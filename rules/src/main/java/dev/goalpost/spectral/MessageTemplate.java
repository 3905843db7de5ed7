package dev.goalpost.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spectral's message templates: {@code {{error}}}, {@code {{path}}}, {@code {{property}}}, {@code {{value}}},
 * {@code {{description}}}, and the {@code #{{print("property")}}} and {@code #{{print("value")}}} its functions
 * write. Other expressions become empty text, as Spectral makes of what it cannot evaluate.
 */
final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("#?\\{\\{([^}\\n]+)\\}\\}");

    /** The values a template may name. */
    record Vars(String property, String error, String pointer, String description, JsonNode value) {}

    private MessageTemplate() {}

    static String render(String template, Vars vars) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String replacement;
            if (matcher.group().startsWith("#")) {
                replacement = switch (name.replace('\'', '"').replace(" ", "")) {
                    case "print(\"property\")" -> vars.property() == null || vars.property().isEmpty()
                            ? "The document " : "\"" + vars.property() + "\" property ";
                    case "print(\"value\")" -> printValue(vars.value());
                    case "print(\"error\")" -> vars.error();
                    case "print(\"path\")" -> "#" + vars.pointer();
                    default -> "";
                };
            } else {
                replacement = switch (name) {
                    case "property" -> vars.property() == null ? "" : vars.property();
                    case "error" -> vars.error();
                    case "path" -> "#" + vars.pointer();
                    case "description" -> vars.description() == null ? "null" : vars.description();
                    case "value" -> plainValue(vars.value());
                    default -> "";
                };
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Spectral's printValue: JSON for scalars, {@code Object{}} and {@code Array[]} for containers. */
    static String printValue(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isObject()) {
            return "Object{}";
        }
        if (value.isArray()) {
            return "Array[]";
        }
        return value.toString();
    }

    /** JavaScript's {@code String(value)}. */
    private static String plainValue(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isObject()) {
            return "[object Object]";
        }
        if (value.isArray()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < value.size(); i++) {
                text.append(i == 0 ? "" : ",").append(value.get(i).isTextual() ? value.get(i).textValue()
                        : value.get(i).toString());
            }
            return text.toString();
        }
        return value.isNumber() ? Js.numberText(value.doubleValue()) : value.toString();
    }
}
