package dev.goalpost.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a value must be at one place of an OpenAPI document, as the specification of its version says: an object of
 * a described type, a map or list of such values, a scalar of some JSON kinds (perhaps from a fixed set), anything,
 * or a choice between shapes that the value itself decides.
 */
public sealed interface Shape permits ObjectType, Shape.Scalar, Shape.MapOf, Shape.ListOf, Shape.Any, Shape.Choice {

    /** How messages name the shape: "a Parameter Object", "a string", "a map of Schema Objects". */
    String description();

    /** The JSON kinds a scalar may have. */
    enum Kind {
        STRING("a string"), NUMBER("a number"), INTEGER("an integer"), BOOLEAN("a boolean"), NULL("null");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * A string, number, integer, boolean or null; when {@code allowed} is not empty, one of those values (compared
     * exactly, as the specification's values are case-sensitive), which messages call {@code noun} ("a parameter
     * location"; null for "an allowed value").
     */
    record Scalar(Set<Kind> kinds, List<String> allowed, String noun) implements Shape {
        public Scalar {
            kinds = Set.copyOf(kinds);
            allowed = List.copyOf(allowed);
        }

        public Scalar(Set<Kind> kinds, List<String> allowed) {
            this(kinds, allowed, null);
        }

        @Override
        public String description() {
            if (!allowed.isEmpty()) {
                return "one of " + String.join(", ", allowed);
            }
            return String.join(" or ", kinds.stream().sorted().map(Kind::description).toList());
        }
    }

    /** An object whose members all have the same shape, under keys of a given form. */
    record MapOf(Shape values, KeyPattern keys) implements Shape {
        @Override
        public String description() {
            return "a map of " + plural(values.description());
        }
    }

    /** An array whose elements all have the same shape. */
    record ListOf(Shape items) implements Shape {
        @Override
        public String description() {
            return "a list of " + plural(items.description());
        }
    }

    /** Any JSON value: examples, defaults, extension values. */
    record Any() implements Shape {
        @Override
        public String description() {
            return "any value";
        }
    }

    /**
     * One of several shapes, picked by the value itself (a boolean or a schema; a string or a list of strings): the
     * first option whose JSON kind fits the value, else the first option.
     */
    record Choice(List<Shape> options) implements Shape {
        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public String description() {
            return String.join(" or ", options.stream().map(Shape::description).toList());
        }
    }

    private static String plural(String description) {
        String bare = description.replaceFirst("^(an?|one of) ", "");
        return bare.endsWith("Object") || bare.endsWith("string") || bare.endsWith("value") ? bare + "s"
                : bare.toLowerCase(Locale.ROOT).startsWith("list") ? bare : bare;
    }
}
