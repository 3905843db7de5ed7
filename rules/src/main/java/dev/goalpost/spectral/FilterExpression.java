package dev.goalpost.spectral;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JavaScript of a filter {@code ?(…)}, parsed once and run by a small interpreter with no access to the JVM:
 * literals (strings, numbers, regular expressions, {@code true}, {@code false}, {@code null}, {@code undefined}),
 * the current value {@code @} and jsonpath-plus's {@code @property}, {@code @parentProperty}, {@code @parent},
 * {@code @path}, {@code @root}; member access {@code .name} and {@code [expr]}; the string and array methods real
 * rulesets use ({@link #METHODS}); {@code !}, {@code typeof}, unary {@code -}, {@code + -}, comparisons,
 * {@code == != === !==}, {@code in}, {@code && ||} and {@code ?:}. Anything else is refused when the ruleset is
 * read. A runtime type error (reading a member of {@code undefined}) makes the filter not match, as in Spectral.
 */
final class FilterExpression {

    /** Methods a filter may call on strings, regular expressions and arrays. */
    static final Set<String> METHODS = Set.of("match", "test", "startsWith", "endsWith", "includes", "indexOf",
            "lastIndexOf", "toLowerCase", "toUpperCase", "trim", "search", "charAt", "join");

    /** Cap on the nesting of a filter, so a hostile ruleset cannot exhaust the stack while it is parsed. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private final Node root;
    private final boolean usesPathContext;

    /** What a filter sees for one candidate. */
    record Scope(PathNode current, PathNode root, boolean resolved) {}

    private FilterExpression(String text, Node root, boolean usesPathContext) {
        this.text = text;
        this.root = root;
        this.usesPathContext = usesPathContext;
    }

    /**
     * @param offset where {@code text} starts in the whole path, for error positions
     * @throws PathSyntaxException naming what is not supported, at its character in the whole path
     */
    static FilterExpression parse(String text, int offset) {
        Parser parser = new Parser(text, offset);
        Node node = parser.expression(0);
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected `" + text.substring(parser.pos, Math.min(text.length(), parser.pos + 12))
                    + "` in the filter");
        }
        return new FilterExpression(text, node, parser.usesPathContext);
    }

    /** Whether the filter reads how a node was reached ({@code @path}, {@code @parentProperty}, {@code @parent}). */
    boolean usesPathContext() {
        return usesPathContext;
    }

    boolean matches(Scope scope) {
        try {
            return Js.truthy(root.eval(scope));
        } catch (JsTypeError | JsRegex.RegexBudgetException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** What JavaScript would throw as a TypeError: the filter does not match. */
    private static final class JsTypeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsTypeError() {
            super(null, null, false, false);
        }
    }

    // ---- the tree ---------------------------------------------------------------------------------------

    private interface Node {
        Object eval(Scope scope);
    }

    private record Literal(Object value) implements Node {
        @Override
        public Object eval(Scope scope) {
            return value;
        }
    }

    private enum Special { CURRENT, PROPERTY, PARENT_PROPERTY, PARENT, PATH, ROOT }

    private record Variable(Special which) implements Node {
        @Override
        public Object eval(Scope scope) {
            PathNode current = scope.current();
            return switch (which) {
                case CURRENT -> Js.of(current);
                case PROPERTY -> keyValue(current.key());
                case PARENT_PROPERTY -> current.parent() == null ? Js.UNDEFINED : keyValue(current.parent().key());
                case PARENT -> current.parent() == null ? Js.UNDEFINED : Js.of(current.parent());
                case PATH -> current.jsonPath();
                case ROOT -> Js.of(scope.root());
            };
        }

        private static Object keyValue(Object key) {
            if (key == null) {
                return Js.UNDEFINED;
            }
            return key instanceof Integer index ? (Object) index.doubleValue() : key;
        }
    }

    private record Member(Node target, Node name) implements Node {
        @Override
        public Object eval(Scope scope) {
            return member(target.eval(scope), name.eval(scope), scope.resolved());
        }
    }

    private record Call(Node target, String method, List<Node> arguments) implements Node {
        @Override
        public Object eval(Scope scope) {
            Object self = target.eval(scope);
            List<Object> args = new ArrayList<>(arguments.size());
            for (Node argument : arguments) {
                args.add(argument.eval(scope));
            }
            return call(self, method, args, scope.resolved());
        }
    }

    private record Unary(char op, Node operand) implements Node {
        @Override
        public Object eval(Scope scope) {
            Object value = operand.eval(scope);
            return switch (op) {
                case '!' -> !Js.truthy(value);
                case '-' -> -Js.toNumber(value);
                case '+' -> Js.toNumber(value);
                default -> Js.typeOf(value);
            };
        }
    }

    private record Binary(String op, Node left, Node right) implements Node {
        @Override
        public Object eval(Scope scope) {
            if (op.equals("&&")) {
                Object l = left.eval(scope);
                return Js.truthy(l) ? right.eval(scope) : l;
            }
            if (op.equals("||")) {
                Object l = left.eval(scope);
                return Js.truthy(l) ? l : right.eval(scope);
            }
            Object l = left.eval(scope);
            Object r = right.eval(scope);
            return switch (op) {
                case "===" -> Js.strictEquals(l, r);
                case "!==" -> !Js.strictEquals(l, r);
                case "==" -> Js.looseEquals(l, r);
                case "!=" -> !Js.looseEquals(l, r);
                case "<", ">", "<=", ">=" -> compare(op, l, r);
                case "in" -> in(l, r, scope.resolved());
                case "+" -> l instanceof String || r instanceof String || l instanceof PathNode
                        || r instanceof PathNode || l instanceof List<?> || r instanceof List<?>
                        ? Js.toJsString(l) + Js.toJsString(r) : (Object) (Js.toNumber(l) + Js.toNumber(r));
                case "-" -> Js.toNumber(l) - Js.toNumber(r);
                default -> throw new IllegalStateException(op);
            };
        }
    }

    private record Conditional(Node test, Node then, Node otherwise) implements Node {
        @Override
        public Object eval(Scope scope) {
            return Js.truthy(test.eval(scope)) ? then.eval(scope) : otherwise.eval(scope);
        }
    }

    // ---- JavaScript semantics -----------------------------------------------------------------------------

    private static Object member(Object target, Object name, boolean resolved) {
        if (target == Js.UNDEFINED || target == Js.NULL) {
            throw new JsTypeError();
        }
        String key = name instanceof Double d ? Js.numberText(d) : Js.toJsString(name);
        if (target instanceof PathNode node) {
            if (node.isArray()) {
                if (key.equals("length")) {
                    return (double) node.tree().value().size();
                }
                int index = arrayIndex(key);
                return index < 0 ? Js.UNDEFINED : Js.of(node.child(index, resolved));
            }
            return Js.of(node.child(key, resolved));
        }
        if (target instanceof String s) {
            if (key.equals("length")) {
                return (double) s.length();
            }
            int index = arrayIndex(key);
            return index >= 0 && index < s.length() ? String.valueOf(s.charAt(index)) : Js.UNDEFINED;
        }
        if (target instanceof List<?> list) {
            if (key.equals("length")) {
                return (double) list.size();
            }
            int index = arrayIndex(key);
            return index >= 0 && index < list.size() ? list.get(index) : Js.UNDEFINED;
        }
        if (target instanceof JsRegex regex && key.equals("source")) {
            return regex.source();
        }
        return Js.UNDEFINED;
    }

    private static int arrayIndex(String key) {
        if (key.isEmpty() || key.length() > 9 || !key.chars().allMatch(Character::isDigit)
                || key.length() > 1 && key.charAt(0) == '0') {
            return -1;
        }
        return Integer.parseInt(key);
    }

    private static boolean in(Object key, Object target, boolean resolved) {
        if (!(target instanceof PathNode) && !(target instanceof List<?>)) {
            throw new JsTypeError(); // `in` on a primitive throws in JavaScript
        }
        return member(target, key, resolved) != Js.UNDEFINED
                || target instanceof PathNode node && node.isObject()
                        && node.tree().has(Js.toJsString(key));
    }

    private static boolean compare(String op, Object l, Object r) {
        if (l instanceof String a && r instanceof String b) {
            int c = a.compareTo(b);
            return switch (op) {
                case "<" -> c < 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                default -> c >= 0;
            };
        }
        double a = Js.toNumber(l instanceof PathNode || l instanceof List<?> ? Js.toJsString(l) : l);
        double b = Js.toNumber(r instanceof PathNode || r instanceof List<?> ? Js.toJsString(r) : r);
        return switch (op) {
            case "<" -> a < b;
            case ">" -> a > b;
            case "<=" -> a <= b;
            default -> a >= b;
        };
    }

    private static Object call(Object self, String method, List<Object> args, boolean resolved) {
        Object first = args.isEmpty() ? Js.UNDEFINED : args.get(0);
        if (self instanceof JsRegex regex) {
            if (method.equals("test")) {
                return regex.test(Js.toJsString(first));
            }
            throw new JsTypeError();
        }
        if (self instanceof String s) {
            return switch (method) {
                case "match" -> {
                    JsRegex regex = first instanceof JsRegex r ? r : new JsRegex(
                            first == Js.UNDEFINED ? "(?:)" : java.util.regex.Pattern.quote(Js.toJsString(first))
                                    .replace("\\Q", "").replace("\\E", ""), "");
                    List<Object> found = regex.match(s);
                    yield found == null ? Js.NULL : found;
                }
                case "search" -> (double) (first instanceof JsRegex r ? r.search(s)
                        : s.indexOf(Js.toJsString(first)));
                case "startsWith" -> s.startsWith(Js.toJsString(first));
                case "endsWith" -> s.endsWith(Js.toJsString(first));
                case "includes" -> s.contains(Js.toJsString(first));
                case "indexOf" -> (double) s.indexOf(Js.toJsString(first));
                case "lastIndexOf" -> (double) s.lastIndexOf(Js.toJsString(first));
                case "toLowerCase" -> s.toLowerCase(java.util.Locale.ROOT);
                case "toUpperCase" -> s.toUpperCase(java.util.Locale.ROOT);
                case "trim" -> s.strip();
                case "charAt" -> {
                    int i = (int) Js.toNumber(first);
                    yield i >= 0 && i < s.length() ? String.valueOf(s.charAt(i)) : "";
                }
                default -> throw new JsTypeError();
            };
        }
        List<Object> items = elements(self, resolved);
        if (items == null) {
            throw new JsTypeError();
        }
        return switch (method) {
            case "includes" -> items.stream().anyMatch(item -> sameValueZero(item, first));
            case "indexOf" -> (double) indexOf(items, first);
            case "lastIndexOf" -> {
                int found = -1;
                for (int i = 0; i < items.size(); i++) {
                    if (Js.strictEquals(items.get(i), first)) {
                        found = i;
                    }
                }
                yield (double) found;
            }
            case "join" -> {
                String separator = first == Js.UNDEFINED ? "," : Js.toJsString(first);
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    joined.append(i == 0 ? "" : separator)
                            .append(item == Js.UNDEFINED || item == Js.NULL ? "" : Js.toJsString(item));
                }
                yield joined.toString();
            }
            default -> throw new JsTypeError();
        };
    }

    private static int indexOf(List<Object> items, Object value) {
        for (int i = 0; i < items.size(); i++) {
            if (Js.strictEquals(items.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameValueZero(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y && x.isNaN() && y.isNaN()) {
            return true;
        }
        return Js.strictEquals(a, b);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> elements(Object value, boolean resolved) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        if (value instanceof PathNode node && node.isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < node.tree().value().size(); i++) {
                items.add(Js.of(node.child(i, resolved)));
            }
            return items;
        }
        return null;
    }

    // ---- the parser -------------------------------------------------------------------------------------

    private static final class Parser {
        private final String text;
        private final int offset;
        private int pos;
        private int depth;
        boolean usesPathContext;

        Parser(String text, int offset) {
            this.text = text;
            this.offset = offset;
        }

        PathSyntaxException error(String message) {
            return new PathSyntaxException(message, offset + Math.min(pos, text.length()));
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(String token) {
            skipSpace();
            if (text.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        /** Precedence climbing: 0 ?:, 1 ||, 2 &&, 3 equality, 4 relational and in, 5 additive. */
        Node expression(int level) {
            if (++depth > MAX_DEPTH) {
                throw error("the filter nests deeper than " + MAX_DEPTH + " levels");
            }
            try {
                return switch (level) {
                    case 0 -> conditional();
                    case 1 -> binary(1, "||");
                    case 2 -> binary(2, "&&");
                    case 3 -> binary(3, "===", "!==", "==", "!=");
                    case 4 -> binary(4, "<=", ">=", "<", ">", "in");
                    case 5 -> binary(5, "+", "-");
                    default -> unary();
                };
            } finally {
                depth--;
            }
        }

        private Node conditional() {
            Node test = expression(1);
            if (eat("?")) {
                Node then = expression(0);
                if (!eat(":")) {
                    throw error("expected `:` of a `?:` in the filter");
                }
                return new Conditional(test, then, expression(0));
            }
            return test;
        }

        private Node binary(int level, String... operators) {
            Node left = expression(level + 1);
            while (true) {
                skipSpace();
                String found = null;
                for (String op : operators) {
                    if (text.startsWith(op, pos) && !(op.equals("in") && pos + 2 < text.length()
                            && Character.isJavaIdentifierPart(text.charAt(pos + 2)))
                            && !(op.length() == 1 && "<>".contains(op) && text.startsWith(op + "=", pos))
                            && !(op.equals("==") && text.startsWith("===", pos))
                            && !(op.equals("!=") && text.startsWith("!==", pos))
                            && !(op.equals("|") || op.equals("&"))) {
                        found = op;
                        break;
                    }
                }
                if (found == null) {
                    if (level == 3 && (text.startsWith("=", pos) && !text.startsWith("==", pos))) {
                        throw error("assignment `=` is not allowed in a filter; compare with `==` or `===`");
                    }
                    return left;
                }
                pos += found.length();
                left = new Binary(found, left, expression(level + 1));
            }
        }

        private Node unary() {
            skipSpace();
            if (text.startsWith("!", pos) && !text.startsWith("!=", pos)) {
                pos++;
                return new Unary('!', expression(6));
            }
            if (text.startsWith("-", pos)) {
                pos++;
                return new Unary('-', expression(6));
            }
            if (text.startsWith("+", pos)) {
                pos++;
                return new Unary('+', expression(6));
            }
            if (text.startsWith("typeof", pos) && !identifierContinues(pos + 6)) {
                pos += 6;
                return new Unary('t', expression(6));
            }
            return postfix(primary());
        }

        private boolean identifierContinues(int at) {
            return at < text.length() && Character.isJavaIdentifierPart(text.charAt(at));
        }

        private Node postfix(Node node) {
            while (true) {
                skipSpace();
                if (text.startsWith("?.", pos)) {
                    throw error("optional chaining `?.` is not supported in filters; test the member first "
                            + "(`@.a && @.a.b`)");
                }
                if (eat(".")) {
                    int start = pos;
                    String name = identifier();
                    if (name == null) {
                        throw error("expected a member name after `.`");
                    }
                    skipSpace();
                    if (text.startsWith("(", pos)) {
                        if (!METHODS.contains(name)) {
                            pos = start;
                            throw error("the method `" + name + "` is not supported in filters; supported: "
                                    + String.join(", ", new java.util.TreeSet<>(METHODS)));
                        }
                        pos++;
                        node = new Call(node, name, arguments());
                    } else {
                        node = new Member(node, new Literal(name));
                    }
                } else if (text.startsWith("[", pos)) {
                    pos++;
                    Node index = expression(0);
                    if (!eat("]")) {
                        throw error("expected `]`");
                    }
                    node = new Member(node, index);
                } else if (text.startsWith("(", pos)) {
                    throw error("only methods of strings, regular expressions and arrays can be called in a filter");
                } else {
                    return node;
                }
            }
        }

        private List<Node> arguments() {
            List<Node> arguments = new ArrayList<>();
            if (eat(")")) {
                return arguments;
            }
            do {
                arguments.add(expression(0));
            } while (eat(","));
            if (!eat(")")) {
                throw error("expected `)` closing the arguments");
            }
            return arguments;
        }

        private String identifier() {
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isJavaIdentifierPart(text.charAt(pos)))) {
                pos++;
            }
            return pos == start || Character.isDigit(text.charAt(start)) ? null : text.substring(start, pos);
        }

        private Node primary() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("the filter ends where a value was expected");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                Node inner = expression(0);
                if (!eat(")")) {
                    throw error("expected `)`");
                }
                return inner;
            }
            if (c == '@') {
                pos++;
                int start = pos;
                String name = pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))
                        ? identifier() : null;
                if (name == null) {
                    return new Variable(Special.CURRENT);
                }
                Special special = switch (name) {
                    case "property" -> Special.PROPERTY;
                    case "parentProperty" -> Special.PARENT_PROPERTY;
                    case "parent" -> Special.PARENT;
                    case "path" -> Special.PATH;
                    case "root" -> Special.ROOT;
                    default -> null;
                };
                if (special == null) {
                    pos = start;
                    throw error("`@" + name + "` is not supported; use @, @property, @parentProperty, @parent, "
                            + "@path or @root");
                }
                if (special == Special.PARENT_PROPERTY || special == Special.PARENT || special == Special.PATH) {
                    usesPathContext = true;
                }
                return new Variable(special);
            }
            if (c == '\'' || c == '"') {
                return new Literal(string(c));
            }
            if (c == '/') {
                return new Literal(regex());
            }
            if (Character.isDigit(c) || c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                        || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                        || (text.charAt(pos) == '-' || text.charAt(pos) == '+')
                                && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))) {
                    pos++;
                }
                try {
                    return new Literal(Double.parseDouble(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("`" + text.substring(start) + "` is not a number");
                }
            }
            if (c == '[') {
                pos++;
                List<Node> items = new ArrayList<>();
                if (!eat("]")) {
                    do {
                        items.add(expression(0));
                    } while (eat(","));
                    if (!eat("]")) {
                        throw error("expected `]` closing the array");
                    }
                }
                return new ArrayLiteral(items);
            }
            int start = pos;
            String name = identifier();
            if (name != null) {
                switch (name) {
                    case "true":
                        return new Literal(Boolean.TRUE);
                    case "false":
                        return new Literal(Boolean.FALSE);
                    case "null":
                        return new Literal(Js.NULL);
                    case "undefined":
                        return new Literal(Js.UNDEFINED);
                    case "NaN":
                        return new Literal(Double.NaN);
                    case "Infinity":
                        return new Literal(Double.POSITIVE_INFINITY);
                    default:
                        pos = start;
                        throw error("`" + name + "` is not available in filters (they run without access to "
                                + "JavaScript globals); use @ and its members, literals and string methods");
                }
            }
            throw error("unexpected `" + c + "` in the filter");
        }

        private String string(char quote) {
            int start = pos;
            pos++;
            StringBuilder value = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) != quote) {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'v' -> value.append('\u000B');
                        case '0' -> value.append('\0');
                        case 'u' -> {
                            if (pos + 4 > text.length()) {
                                throw error("incomplete \\u escape");
                            }
                            try {
                                value.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("bad \\u escape");
                            }
                            pos += 4;
                        }
                        default -> value.append(e);
                    }
                } else {
                    value.append(c);
                }
            }
            if (pos >= text.length()) {
                pos = start;
                throw error("unterminated string");
            }
            pos++;
            return value.toString();
        }

        private JsRegex regex() {
            int start = pos;
            pos++;
            boolean inClass = false;
            StringBuilder source = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\\' && pos + 1 < text.length()) {
                    source.append(c).append(text.charAt(pos + 1));
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    break;
                }
                source.append(c);
                pos++;
            }
            if (pos >= text.length()) {
                pos = start;
                throw error("unterminated regular expression");
            }
            pos++;
            int flagsStart = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            try {
                return new JsRegex(source.toString(), text.substring(flagsStart, pos));
            } catch (IllegalArgumentException e) {
                pos = start;
                throw error(e.getMessage());
            }
        }
    }

    private record ArrayLiteral(List<Node> items) implements Node {
        @Override
        public Object eval(Scope scope) {
            List<Object> values = new ArrayList<>(items.size());
            for (Node item : items) {
                values.add(item.eval(scope));
            }
            return values;
        }
    }
}
