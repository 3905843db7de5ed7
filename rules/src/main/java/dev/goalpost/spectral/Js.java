package dev.goalpost.spectral;

import java.util.List;

/**
 * JavaScript values as filter expressions and Spectral's functions see them, and the few JavaScript rules they
 * rely on (truthiness, {@code typeof}, {@code ==} and {@code ===}, number conversion). A value is {@link #UNDEFINED},
 * {@link #NULL}, a {@link Boolean}, a {@link Double}, a {@link String}, a {@link PathNode} (an object or array of
 * the document), a {@link List} (an array made by an expression, such as the result of {@code match}) or a
 * {@link JsRegex}.
 */
final class Js {

    /** JavaScript's {@code undefined}. */
    static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    /** JavaScript's {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private Js() {}

    /** The value of a document node: scalars as JavaScript primitives, objects and arrays as the node itself. */
    static Object of(PathNode node) {
        if (node == null) {
            return UNDEFINED;
        }
        var value = node.tree().value();
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNull() || value.isMissingNode()) {
            return NULL;
        }
        return node;
    }

    /** JavaScript truthiness: {@code []} and {@code {}} are truthy; {@code ""}, {@code 0}, {@code NaN} are not. */
    static boolean truthy(Object value) {
        if (value == UNDEFINED || value == NULL || value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    static String typeOf(Object value) {
        if (value == UNDEFINED) {
            return "undefined";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Double) {
            return "number";
        }
        if (value instanceof String) {
            return "string";
        }
        return "object";
    }

    static boolean isArray(Object value) {
        return value instanceof List<?> || value instanceof PathNode node && node.tree().value().isArray();
    }

    static boolean isObject(Object value) {
        return value instanceof PathNode node && node.tree().value().isObject();
    }

    static boolean strictEquals(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof String || a instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof PathNode x && b instanceof PathNode y) {
            return x.tree().value() == y.tree().value();
        }
        return a == b;
    }

    static boolean looseEquals(Object a, Object b) {
        boolean aNullish = a == UNDEFINED || a == NULL;
        boolean bNullish = b == UNDEFINED || b == NULL;
        if (aNullish || bNullish) {
            return aNullish && bNullish;
        }
        if (typeOf(a).equals(typeOf(b))) {
            return strictEquals(a, b);
        }
        if (a instanceof Boolean || b instanceof Boolean || a instanceof Double || b instanceof Double) {
            if (isContainer(a) || isContainer(b)) {
                return looseEquals(primitive(a), primitive(b));
            }
            return toNumber(a) == toNumber(b);
        }
        if (isContainer(a) != isContainer(b)) {
            return toJsString(primitive(a)).equals(toJsString(primitive(b)));
        }
        return false;
    }

    private static boolean isContainer(Object value) {
        return value instanceof PathNode || value instanceof List<?> || value instanceof JsRegex;
    }

    private static Object primitive(Object value) {
        return isContainer(value) ? toJsString(value) : value;
    }

    static double toNumber(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value == NULL) {
            return 0;
        }
        if (value instanceof String s) {
            String trimmed = s.strip();
            if (trimmed.isEmpty()) {
                return 0;
            }
            try {
                if (trimmed.matches("[+-]?(Infinity|\\d+(\\.\\d*)?([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)")) {
                    return Double.parseDouble(trimmed.replace("Infinity", "Infinity"));
                }
                if (trimmed.matches("0[xX][0-9a-fA-F]+")) {
                    return Long.parseLong(trimmed.substring(2), 16);
                }
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
            return Double.NaN;
        }
        if (isArray(value)) {
            String text = toJsString(value);
            return text.isEmpty() ? 0 : toNumber(text);
        }
        return Double.NaN;
    }

    /** JavaScript's {@code String(value)}. */
    static String toJsString(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            return numberText(d);
        }
        if (value instanceof Boolean || value == UNDEFINED || value == NULL) {
            return String.valueOf(value);
        }
        if (value instanceof JsRegex regex) {
            return regex.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ",");
                Object item = list.get(i);
                text.append(item == UNDEFINED || item == NULL ? "" : toJsString(item));
            }
            return text.toString();
        }
        if (value instanceof PathNode node) {
            if (node.tree().value().isArray()) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < node.tree().value().size(); i++) {
                    Object item = of(node.child(i, false));
                    text.append(i == 0 ? "" : ",").append(item == UNDEFINED || item == NULL ? "" : toJsString(item));
                }
                return text.toString();
            }
            return "[object Object]";
        }
        return String.valueOf(value);
    }

    /** How JavaScript writes a number: integers without a fraction, {@code NaN}, {@code Infinity}. */
    static String numberText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
