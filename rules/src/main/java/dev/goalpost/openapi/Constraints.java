package dev.goalpost.openapi;

import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The common forms of {@link Constraint}, as the grammars write them. */
final class Constraints {

    /** An HTTP field name or method: RFC 9110 {@code token}. */
    static final Pattern TOKEN = Pattern.compile("^[0-9A-Za-z!#$%&'*+.^_`|~-]+$");

    private Constraints() {}

    /** {@code first} and {@code second} are mutually exclusive; reported at {@code second}. */
    static Constraint exclusive(String first, String second) {
        return (object, out) -> {
            if (object.has(first) && object.has(second)) {
                out.report(object.get(second), out.subject() + " has both `" + first + "` and `" + second
                        + "`, which exclude each other; keep one");
            }
        };
    }

    /** At least one of {@code fields} must be present; {@code hint} says what to add. */
    static Constraint atLeastOne(String hint, String... fields) {
        return (object, out) -> {
            for (String field : fields) {
                if (object.has(field)) {
                    return;
                }
            }
            out.report(object, out.subject() + " has none of " + quoted(fields) + "; " + hint);
        };
    }

    /** Exactly one of {@code first} and {@code second}; {@code hint} says what to add when neither is there. */
    static Constraint exactlyOne(String first, String second, String hint) {
        return (object, out) -> {
            if (object.has(first) && object.has(second)) {
                out.report(object.get(second), out.subject() + " has both `" + first + "` and `" + second
                        + "`; keep one");
            } else if (!object.has(first) && !object.has(second)) {
                out.report(object, out.subject() + " has neither `" + first + "` nor `" + second + "`; " + hint);
            }
        };
    }

    /** When {@code field} has {@code value}, each of {@code required} must be present. */
    static Constraint requiredWhen(String field, String value, String... required) {
        return (object, out) -> {
            com.fasterxml.jackson.databind.JsonNode written = object.value().get(field);
            if (written != null && written.isTextual() && value.equals(written.textValue())) {
                for (String name : required) {
                    if (!object.has(name)) {
                        out.report(object, out.subject() + " has no `" + name + "`, which `" + field + ": " + value
                                + "` requires");
                    }
                }
            }
        };
    }

    /** A list or map member that must not be empty. */
    static Constraint notEmpty(String field, String hint) {
        return (object, out) -> {
            TreeNode member = object.get(field);
            if (member != null && (member.isArray() || member.isObject() && !member.isRef())
                    && member.value().isEmpty()) {
                out.report(member, "`" + field + "` of " + out.subject() + " is empty; " + hint);
            }
        };
    }

    /** The names as a message lists them: `a`, `b` or `c`. */
    static String quoted(String... names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("`" + name + "`");
        }
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
