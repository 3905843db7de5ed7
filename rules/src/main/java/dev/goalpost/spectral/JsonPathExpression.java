package dev.goalpost.spectral;

import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code given} path in the JSONPath-plus dialect Spectral rulesets use, compiled once and evaluated on the
 * positioned tree: {@code $}, {@code .name}, {@code ['name']}, {@code [0]}, {@code [-1]}, {@code [start:end]},
 * {@code *}, unions {@code [a,b]}, {@code ['a','b']}, recursive descent {@code ..}, filters {@code [?(…)]} (see
 * {@link FilterExpression}), {@code ^} (the parent of what is selected) and a trailing {@code ~} (the keys of what
 * is selected rather than the values). Anything else, such as script expressions {@code [(…)]}, is refused with
 * its position.
 *
 * <p>Evaluation follows {@code $ref} (for rules with {@code resolved: true}, Spectral's default) the way Spectral's
 * resolved document does, while each selected node keeps the place where its content is written. A cycle of
 * references is walked once; content reached again through another reference is walked again only when the path
 * reads how it was reached ({@code ^}, {@code @path}, {@code @parentProperty}), else its results would be the same
 * places and it is skipped. Each evaluation visits at most {@link #MAX_VISITS} nodes.
 */
public final class JsonPathExpression {

    /** Nodes one evaluation may visit before it stops with {@link BudgetExceeded}. */
    public static final int MAX_VISITS = 20_000_000;

    private final String text;
    private final List<Segment> segments;
    private final boolean keys;
    private final boolean pathDependent;

    /** One selected place: the node, and whether the path selects its key ({@code ~}) rather than its value. */
    record Selection(PathNode node, boolean key) {}

    /** The evaluation would visit more nodes than {@link #MAX_VISITS}. */
    public static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(String path) {
            super("the path " + path + " visited more than " + MAX_VISITS + " nodes and was stopped");
        }
    }

    private JsonPathExpression(String text, List<Segment> segments, boolean keys, boolean pathDependent) {
        this.text = text;
        this.segments = segments;
        this.keys = keys;
        this.pathDependent = pathDependent;
    }

    /**
     * Compiles a path.
     *
     * @throws PathSyntaxException when it is malformed or outside the supported dialect, with the character
     */
    public static JsonPathExpression compile(String path) {
        return new Parser(path).parse();
    }

    public String text() {
        return text;
    }

    /** Whether the path ends in {@code ~}, selecting keys. */
    public boolean selectsKeys() {
        return keys;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The written places the path selects in the document whose root is {@code root}, in document order. */
    public List<TreeNode> select(TreeNode root, boolean resolved) {
        List<TreeNode> nodes = new ArrayList<>();
        for (Selection selection : evaluate(root, resolved)) {
            nodes.add(selection.node().tree());
        }
        return nodes;
    }

    /** What the path selects, each selection once (by where it is written). */
    List<Selection> evaluate(TreeNode root, boolean resolved) {
        Evaluation evaluation = new Evaluation(root, resolved);
        List<PathNode> current = List.of(PathNode.root(root, resolved));
        for (Segment segment : segments) {
            current = evaluation.apply(segment, current);
            if (current.isEmpty()) {
                return List.of();
            }
        }
        Map<Object, Selection> unique = new LinkedHashMap<>();
        for (PathNode node : current) {
            unique.putIfAbsent(Place.of(node, keys), new Selection(node, keys));
        }
        return List.copyOf(unique.values());
    }

    /**
     * A selection's identity: where it is written (the container it is written in, by identity, and its key or
     * index there; the root by its own identity); for a key, also the key the path reached it under. Written values
     * themselves cannot tell places apart: equal short strings share one node.
     */
    private record Place(Object container, Object member, Object reachedAs) {
        static Place of(PathNode node, boolean keys) {
            TreeNode tree = node.tree();
            TreeNode parent = tree.parent();
            Object member = tree.key() != null ? tree.key() : (Object) tree.index();
            return new Place(parent == null ? new Identity(tree.value()) : new Identity(parent.value()),
                    parent == null ? null : member, keys ? node.key() : null);
        }
    }

    /** A value compared by identity. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    // ---- segments ---------------------------------------------------------------------------------------

    private sealed interface Segment permits Names, Indexes, Wildcard, Slice, Filter, Descent, Parent {}

    private record Names(List<String> names) implements Segment {}

    private record Indexes(List<Integer> indexes) implements Segment {}

    private record Wildcard() implements Segment {}

    private record Slice(Integer start, Integer end, int step) implements Segment {}

    private record Filter(FilterExpression expression) implements Segment {}

    /** {@code ..} followed by the segment applied at every level. */
    private record Descent(Segment then) implements Segment {}

    private record Parent() implements Segment {}

    private final class Evaluation {
        private final PathNode root;
        private final boolean resolved;
        private long visits;

        Evaluation(TreeNode root, boolean resolved) {
            this.root = PathNode.root(root, resolved);
            this.resolved = resolved;
        }

        private void visit() {
            if (++visits > MAX_VISITS) {
                throw new BudgetExceeded(text);
            }
        }

        List<PathNode> apply(Segment segment, List<PathNode> nodes) {
            List<PathNode> out = new ArrayList<>();
            if (segment instanceof Descent descent && !pathDependent && nodes.size() == 1
                    && nodes.get(0).parent() == null) {
                // `$..` from the root: every rule's descent visits the same nodes, listed once per document.
                for (PathNode node : DescentIndex.of(nodes.get(0), resolved)) {
                    visit();
                    step(descent.then(), node, out);
                }
            } else if (segment instanceof Descent descent) {
                Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (PathNode node : nodes) {
                    descend(node, descent.then(), out, seen, new IdentityHashMap<>());
                }
            } else {
                for (PathNode node : nodes) {
                    step(segment, node, out);
                }
            }
            return pathDependent ? out : distinct(out);
        }

        /** Drops nodes written at the same place: the rest of the path finds the same places from each. */
        private List<PathNode> distinct(List<PathNode> nodes) {
            if (nodes.size() < 2) {
                return nodes;
            }
            Map<Object, PathNode> unique = new LinkedHashMap<>();
            for (PathNode node : nodes) {
                unique.putIfAbsent(Place.of(node, keys), node);
            }
            return unique.size() == nodes.size() ? nodes : new ArrayList<>(unique.values());
        }

        /**
         * Applies {@code then} at {@code node} and at every node below it. {@code seen} holds content already
         * descended (skipped again unless the path reads how a node was reached); {@code onPath} holds the
         * content on the way down, so a cycle of references ends.
         */
        private void descend(PathNode node, Segment then, List<PathNode> out, Set<Object> seen,
                IdentityHashMap<Object, Boolean> onPath) {
            Object content = node.tree().value();
            if (!pathDependent && !seen.add(content) || onPath.containsKey(content)) {
                return;
            }
            visit();
            step(then, node, out);
            if (!node.isObject() && !node.isArray()) {
                return;
            }
            onPath.put(content, Boolean.TRUE);
            for (PathNode child : node.children(resolved)) {
                descend(child, then, out, seen, onPath);
            }
            onPath.remove(content);
        }

        private void step(Segment segment, PathNode node, List<PathNode> out) {
            if (segment instanceof Names names) {
                for (String name : names.names()) {
                    PathNode child = node.isArray() ? arrayMember(node, name) : node.child(name, resolved);
                    if (child != null) {
                        visit();
                        out.add(child);
                    }
                }
            } else if (segment instanceof Indexes indexes) {
                if (!node.isArray()) {
                    if (node.isObject()) {
                        for (int index : indexes.indexes()) {
                            PathNode child = node.child(String.valueOf(index), resolved);
                            if (child != null) {
                                out.add(child);
                            }
                        }
                    }
                    return;
                }
                int size = node.tree().value().size();
                for (int index : indexes.indexes()) {
                    // Spectral (nimma) selects nothing for a negative index, unlike a slice [-1:].
                    int at = index;
                    if (at >= 0 && at < size) {
                        visit();
                        out.add(node.child(at, resolved));
                    }
                }
            } else if (segment instanceof Wildcard) {
                for (PathNode child : node.children(resolved)) {
                    visit();
                    out.add(child);
                }
            } else if (segment instanceof Slice slice) {
                if (!node.isArray()) {
                    return;
                }
                int size = node.tree().value().size();
                int start = bound(slice.start() == null ? 0 : slice.start(), size);
                int end = bound(slice.end() == null ? size : slice.end(), size);
                for (int i = start; i < end; i += slice.step()) {
                    visit();
                    out.add(node.child(i, resolved));
                }
            } else if (segment instanceof Filter filter) {
                for (PathNode child : node.children(resolved)) {
                    visit();
                    if (filter.expression().matches(new FilterExpression.Scope(child, root, resolved))) {
                        out.add(child);
                    }
                }
            } else if (segment instanceof Parent) {
                if (node.parent() != null) {
                    out.add(node.parent());
                }
            } else {
                throw new IllegalStateException("nested descent " + segment);
            }
        }

        private PathNode arrayMember(PathNode node, String name) {
            if (name.equals("length") || name.isEmpty() || !name.chars().allMatch(Character::isDigit)
                    || name.length() > 9) {
                return null;
            }
            return node.child(Integer.parseInt(name), resolved);
        }

        private static int bound(int index, int size) {
            int at = index < 0 ? size + index : index;
            return Math.max(0, Math.min(size, at));
        }
    }

    // ---- the parser -------------------------------------------------------------------------------------

    private static final class Parser {
        private final String text;
        private int pos;
        private boolean pathDependent;

        Parser(String text) {
            this.text = text;
        }

        private PathSyntaxException error(String message) {
            return new PathSyntaxException(message, Math.min(pos, text.length()));
        }

        JsonPathExpression parse() {
            if (text.isEmpty() || text.charAt(0) != '$') {
                throw error("a path starts with `$`");
            }
            pos = 1;
            List<Segment> segments = new ArrayList<>();
            boolean keys = false;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '~') {
                    pos++;
                    if (pos < text.length()) {
                        throw error("`~` (select keys) is supported only at the end of a path");
                    }
                    keys = true;
                } else if (c == '^') {
                    pos++;
                    pathDependent = true;
                    segments.add(new Parent());
                } else if (text.startsWith("..", pos)) {
                    pos += 2;
                    if (pos >= text.length()) {
                        throw error("`..` needs something after it, such as `..*` or `..name`");
                    }
                    Segment then = text.charAt(pos) == '[' ? bracket() : dotted();
                    if (then instanceof Parent) {
                        throw error("`..^` is not supported");
                    }
                    segments.add(new Descent(then));
                } else if (c == '.') {
                    pos++;
                    if (pos < text.length() && text.charAt(pos) == '[') {
                        segments.add(bracket()); // $.['a'] is read as $['a'], as jsonpath-plus does
                    } else {
                        segments.add(dotted());
                    }
                } else if (c == '[') {
                    segments.add(bracket());
                } else {
                    throw error("unexpected `" + c + "`; a path continues with `.`, `..`, `[`, `^` or a final `~`");
                }
            }
            return new JsonPathExpression(text, List.copyOf(segments), keys, pathDependent);
        }

        /** A name after {@code .} or {@code ..}: up to the next {@code .}, {@code [}, {@code ^} or {@code ~}. */
        private Segment dotted() {
            int start = pos;
            while (pos < text.length() && ".[^~".indexOf(text.charAt(pos)) < 0) {
                if (text.charAt(pos) == ']' || text.charAt(pos) == '(' && text.startsWith("?(", pos - 1)) {
                    throw error("unexpected `" + text.charAt(pos) + "`");
                }
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.isEmpty()) {
                if (pos < text.length() && text.charAt(pos) == '^') {
                    pos++;
                    pathDependent = true;
                    return new Parent();
                }
                throw error("a member name is missing after `.`");
            }
            if (name.equals("*")) {
                return new Wildcard();
            }
            if (name.startsWith("@") || name.startsWith("$") && name.length() > 1 && !name.equals("$ref")
                    && !name.startsWith("$ref") && !name.equals("$schema") && !name.equals("$id")
                    && !name.equals("$defs") && !name.equals("$comment") && !name.equals("$anchor")
                    && !name.equals("$dynamicRef") && !name.equals("$dynamicAnchor")) {
                pos = start;
                throw error("`" + name + "` after `.` is not supported; jsonpath-plus's type selectors and "
                        + "shorthands are outside the supported dialect");
            }
            return new Names(List.of(name));
        }

        private Segment bracket() {
            int open = pos;
            pos++; // [
            skipSpace();
            if (pos >= text.length()) {
                throw error("unclosed `[`");
            }
            char c = text.charAt(pos);
            Segment segment;
            if (c == '?') {
                pos++;
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != '(') {
                    throw error("a filter is written `[?(expression)]`");
                }
                int close = closingParenthesis(pos);
                FilterExpression expression = FilterExpression.parse(text.substring(pos + 1, close), pos + 1);
                if (expression.usesPathContext()) {
                    pathDependent = true;
                }
                pos = close + 1;
                segment = new Filter(expression);
            } else if (c == '(') {
                throw error("script expressions `[(…)]` are not supported; use a filter `[?(…)]`");
            } else if (c == '*') {
                pos++;
                segment = new Wildcard();
            } else {
                segment = union();
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ']') {
                if (pos >= text.length()) {
                    pos = open;
                    throw error("unclosed `[`");
                }
                throw error("expected `]`");
            }
            pos++;
            return segment;
        }

        private Segment union() {
            List<String> names = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    throw error("unclosed `[`");
                }
                char c = text.charAt(pos);
                if (c == '\'' || c == '"') {
                    names.add(quoted(c));
                } else if (c == '-' || Character.isDigit(c) || c == ':') {
                    int start = pos;
                    while (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == ':'
                            || Character.isDigit(text.charAt(pos)))) {
                        pos++;
                    }
                    String number = text.substring(start, pos);
                    if (number.contains(":")) {
                        if (!names.isEmpty() || !indexes.isEmpty()) {
                            throw error("a slice cannot be part of a union");
                        }
                        return slice(number, start);
                    }
                    try {
                        indexes.add(Integer.parseInt(number));
                    } catch (NumberFormatException e) {
                        pos = start;
                        throw error("`" + number + "` is not an index");
                    }
                } else {
                    int start = pos;
                    while (pos < text.length() && ",]".indexOf(text.charAt(pos)) < 0) {
                        if ("[('\"?".indexOf(text.charAt(pos)) >= 0) {
                            throw error("unexpected `" + text.charAt(pos) + "` in `[…]`");
                        }
                        pos++;
                    }
                    String name = text.substring(start, pos).strip();
                    if (name.isEmpty()) {
                        throw error("an empty member name in `[…]`");
                    }
                    names.add(name);
                }
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                break;
            }
            if (!names.isEmpty() && !indexes.isEmpty()) {
                List<String> all = new ArrayList<>(names);
                indexes.forEach(i -> all.add(String.valueOf(i)));
                return new Names(all);
            }
            return names.isEmpty() ? new Indexes(List.copyOf(indexes)) : new Names(List.copyOf(names));
        }

        private Segment slice(String text, int start) {
            String[] parts = text.split(":", -1);
            if (parts.length > 3) {
                pos = start;
                throw error("a slice is `[start:end:step]`");
            }
            try {
                Integer from = parts[0].isEmpty() ? null : Integer.parseInt(parts[0]);
                Integer to = parts[1].isEmpty() ? null : Integer.parseInt(parts[1]);
                int step = parts.length < 3 || parts[2].isEmpty() ? 1 : Integer.parseInt(parts[2]);
                if (step <= 0) {
                    pos = start;
                    throw error("a slice's step must be positive");
                }
                return new Slice(from, to, step);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("`" + text + "` is not a slice");
            }
        }

        private String quoted(char quote) {
            int start = pos;
            pos++;
            StringBuilder value = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) != quote) {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    value.append(text.charAt(pos++));
                } else {
                    value.append(c);
                }
            }
            if (pos >= text.length()) {
                pos = start;
                throw error("unterminated quoted name");
            }
            pos++;
            return value.toString();
        }

        /** The index of the {@code )} that closes the one at {@code open}, skipping strings and regexes. */
        private int closingParenthesis(int open) {
            int depth = 0;
            char quote = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '/' && regexCanStart(i)) {
                    quote = '/';
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            pos = open;
            throw error("the filter's `(` is not closed");
        }

        /** Whether a {@code /} at {@code i} starts a regular expression (it follows an operator or a bracket). */
        private boolean regexCanStart(int i) {
            int j = i - 1;
            while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
                j--;
            }
            return j < 0 || "(,=!&|:?[".indexOf(text.charAt(j)) >= 0;
        }

        private void skipSpace() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
