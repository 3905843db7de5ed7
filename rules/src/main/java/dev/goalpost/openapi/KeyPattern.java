package dev.goalpost.openapi;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The form the keys of a map or of patterned fields must have, with a description for messages. */
public record KeyPattern(String description, Predicate<String> test) {

    /** Any key. */
    public static final KeyPattern ANY = new KeyPattern("any name", key -> true);

    /** A Components Object key: letters, digits, {@code .}, {@code -} and {@code _}. */
    public static final KeyPattern COMPONENT_NAME = regex("a name of letters, digits, `.`, `-` and `_`",
            "^[a-zA-Z0-9._-]+$");

    /** A path template: starts with {@code /}. */
    public static final KeyPattern PATH = new KeyPattern("a path starting with `/`", key -> key.startsWith("/"));

    /** A key of an OpenAPI 3 Responses Object: a status ({@code 200}), a range ({@code 2XX}) or {@code default}. */
    public static final KeyPattern STATUS_OR_RANGE = regex("a status code such as `200`, a range such as `2XX`, "
            + "or `default`", "^(default|[1-5](?:[0-9]{2}|XX))$");

    /** A key of a Swagger 2.0 Responses Object: a status code or {@code default}. */
    public static final KeyPattern STATUS = regex("a status code such as `200`, or `default`",
            "^(default|[1-5][0-9]{2})$");

    public static KeyPattern regex(String description, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new KeyPattern(description, key -> pattern.matcher(key).matches());
    }

    public boolean matches(String key) {
        return test.test(key);
    }
}
