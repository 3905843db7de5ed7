package dev.goalpost.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import com.networknt.schema.serialization.NodeReader;
import dev.goalpost.api.ExampleValidator;
import dev.goalpost.api.model.Example.Direction;
import dev.goalpost.api.model.Example;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import dev.goalpost.text.BoundedRegex;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks example values against the schemas they illustrate, with the networknt JSON Schema validator in the
 * dialect of the document's OpenAPI version (3.0 and Swagger 2.0: the OpenAPI 3.0 dialect, which honours
 * {@code nullable}; 3.1 and later: 2020-12 with the OpenAPI vocabulary). Every example is checked with the types its
 * author wrote, parameters and headers too: {@code "true"} is a string, not a boolean, wherever it is written.
 *
 * <p>When no branch of a {@code oneOf} or {@code anyOf} fits, the problems reported are those of the branch the
 * example was meant for: the one its discriminator value selects, else the one with the fewest problems. A
 * discriminator value that no branch is named for, where the discriminator has no {@code mapping}, is a question
 * about the schema (see {@code marketing/discriminator-mapping}), not a problem of the example.
 *
 * <p>The validator sees the files Goalpost has already loaded and nothing else: every schema document, the root and
 * each file a {@code $ref} reaches, is handed over as its parsed tree, so the validator neither parses, reads files
 * nor fetches. Each schema is compiled once per document and reused for every example that illustrates it.
 */
public final class SchemaExamples implements ExampleValidator {

    /** Keywords that say nothing of what a value must be, beside a lone {@code type} (see Mode#fitsTypeOnly). */
    private static final java.util.Set<String> TYPE_ONLY = java.util.Set.of("type", "title", "description",
            "example", "examples", "deprecated", "readOnly", "writeOnly", "nullable", "externalDocs", "xml");

    /** How deep {@code oneOf}s inside chosen branches are followed; deeper ones are reported as they are. */
    private static final int MAX_BRANCH_DEPTH = 16;

    private final Workspace workspace;
    private final boolean openApi31;
    private final boolean formatAssertions;
    private final boolean vouching;
    private Mode mode;

    public SchemaExamples(IndexedDocument document, boolean formatAssertions) {
        this(document, formatAssertions, true);
    }

    /**
     * With {@code vouching} false, the validator checks every example, also those a shortcut would vouch for: for
     * tests that hold the shortcuts to the validator.
     */
    SchemaExamples(IndexedDocument document, boolean formatAssertions, boolean vouching) {
        this.workspace = document.workspace();
        this.openApi31 = document.version().atLeast31();
        this.formatAssertions = formatAssertions;
        this.vouching = vouching;
    }

    @Override
    public List<Problem> validate(Example example) {
        if (example.value() == null || example.schemaNode() == null) {
            return List.of();
        }
        if (mode == null) {
            mode = new Mode();
        }
        return mode.validate((TreeNode) example.schemaNode(), ((TreeNode) example.value()).value(),
                example.direction());
    }

    /** The validator's registry and the schemas compiled with it, made on the first example. */
    private final class Mode {
        private SchemaRegistry registry;
        private final Map<SourceFile, Schema> documents = new IdentityHashMap<>();
        private final Map<JsonNode, Schema> compiled = new IdentityHashMap<>();
        private final BoundedPatterns patterns = new BoundedPatterns();
        /** Vouches for the examples that certainly fit, in the OpenAPI 3.0 dialect only (see CertainFit). */
        private final CertainFit certainFit = openApi31 ? null : new CertainFit(workspace, formatAssertions);

        /** The validator's registry, made on the first example: most specs without examples never need it. */
        private SchemaRegistry registry() {
            if (registry == null) {
                SchemaLoader loader = new SchemaLoader(List.of(), List.of(SchemaExamples.this::loadedFile),
                        iri -> locate(iri) != null, null);
                Dialect dialect = openApi31 ? Dialects.getOpenApi31()
                        : formatAssertions ? Dialects.getOpenApi30() : OpenApi30WithoutFormats.dialect();
                registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                        .nodeReader(new LoadedTreeReader())
                        .schemaLoader(loader)
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_POINTER)
                                .formatAssertionsEnabled(formatAssertions)
                                .regularExpressionFactory(patterns)
                                .build()));
            }
            return registry;
        }

        /**
         * The problems of an example against the schema written at {@code schemaNode}, most relevant first; empty when
         * the example fits, or when the schema cannot be compiled (an unresolvable reference is reported by core
         * rules).
         */
        List<Problem> validate(TreeNode schemaNode, JsonNode example, Direction direction) {
            if (vouching && (fitsTypeOnly(schemaNode.value(), example) || certainFit != null
                    && certainFit.judge(schemaNode.file(), schemaNode.value(), example) == CertainFit.Verdict.FITS)) {
                return List.of();
            }
            Schema schema = compile(schemaNode);
            if (schema == null) {
                return List.of();
            }
            patterns.overruns.clear();
            List<Problem> problems = validateBounded(schemaNode, schema, example, direction);
            if (patterns.overruns.isEmpty()) {
                return problems;
            }
            List<Problem> all = new ArrayList<>(problems);
            for (String pattern : new java.util.LinkedHashSet<>(patterns.overruns)) {
                all.add(new Problem(List.of(), "could not be checked against the pattern `" + pattern + "`: on this "
                        + "value it needs more steps than Goalpost allows (up to " + BoundedRegex.DEFAULT_MAX_STEPS
                        + "; nested quantifiers such as (a+)+ backtrack exponentially); simplify the pattern"));
            }
            return all;
        }

        /**
         * Whether the schema only names a type (beside annotations) and the example is of that type, so that it fits
         * without compiling the schema: most schema examples of a big spec (GitHub writes one on nearly every
         * property) illustrate such a schema. {@code readOnly} and {@code writeOnly} say nothing about a value at the
         * top level (see {@link #isMisdirected}); {@code format} counts only when its assertions are off.
         */
        private boolean fitsTypeOnly(JsonNode schema, JsonNode example) {
            JsonNode type = schema.get("type");
            if (type == null || !type.isTextual() || example == null) {
                return false;
            }
            for (java.util.Iterator<String> names = schema.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!name.startsWith("x-") && !TYPE_ONLY.contains(name)
                        && !(name.equals("format") && !formatAssertions)) {
                    return false;
                }
            }
            return switch (type.textValue()) {
                case "string" -> example.isTextual();
                case "boolean" -> example.isBoolean();
                case "integer" -> example.isIntegralNumber();
                case "number" -> example.isNumber();
                case "object" -> example.isObject();
                case "array" -> example.isArray();
                default -> false;
            };
        }

        private List<Problem> validateBounded(TreeNode schemaNode, Schema schema, JsonNode example,
                Direction direction) {
            try {
                if (direction != Direction.EITHER) {
                    return problems(schemaNode, schema.validate(example, in(direction)));
                }
                // A shared schema's own example may show either side: it fits when it fits one of them.
                List<Error> asResponse = schema.validate(example, in(Direction.RESPONSE));
                if (asResponse.isEmpty()) {
                    return List.of();
                }
                List<Error> asRequest = schema.validate(example, in(Direction.REQUEST));
                return problems(schemaNode, asRequest.size() < asResponse.size() ? asRequest : asResponse);
            } catch (ArithmeticException | NumberFormatException e) {
                // The validator's numeric keywords (multipleOf, maximum…) work on doubles and decimals: a value
                // such as .inf or 1e400 against multipleOf cannot be decided, which is worth saying, not a crash.
                return List.of(new Problem(List.of(), "could not be checked: a number in it is too large or not "
                        + "finite for the schema's numeric keywords (multipleOf, minimum, maximum); use a number "
                        + "within double range"));
            } catch (RuntimeException | StackOverflowError e) {
                // SchemaException, or an IllegalArgumentException for a reference the validator cannot parse (a
                // `%` that is no escape), met only now because references compile lazily: core rules report it.
                return List.of();
            }
        }

        private static Consumer<ExecutionContext> in(Direction direction) {
            return context -> context.executionConfig(config -> {
                if (direction == Direction.REQUEST) {
                    config.readOnly(true);
                } else if (direction == Direction.RESPONSE) {
                    config.writeOnly(true);
                }
            });
        }

        private Schema compile(TreeNode schemaNode) {
            JsonNode key = schemaNode.value();
            if (compiled.containsKey(key)) {
                return compiled.get(key);
            }
            Schema schema;
            try {
                Schema document = documents.computeIfAbsent(schemaNode.file(), file -> registry().getSchema(
                        new SchemaLocation(AbsoluteIri.of(file.uri().toString())), file.root()));
                schema = document.getRefSchema(pathOf(schemaNode));
            } catch (RuntimeException | StackOverflowError e) {
                // SchemaException, or what the validator throws on a reference it cannot even parse (a `%` that
                // is no escape): the schema cannot be compiled, and core rules report the reference.
                schema = null;
            }
            compiled.put(key, schema);
            return schema;
        }

        /** The node's place in its file as the validator addresses it: member names and array indexes. */
        private static NodePath pathOf(TreeNode node) {
            Deque<Object> tokens = new ArrayDeque<>();
            for (TreeNode at = node; at.parent() != null; at = at.parent()) {
                tokens.push(at.key() != null ? at.key() : (Object) at.index());
            }
            NodePath path = new NodePath(PathType.JSON_POINTER);
            for (Object token : tokens) {
                path = token instanceof Integer index ? path.append(index) : path.append((String) token);
            }
            return path;
        }

        private List<Problem> problems(TreeNode schemaNode, List<Error> errors) {
            List<Problem> problems = new ArrayList<>(errors.size());
            collect(schemaNode, errors, 0, errors.size(), 0, problems, 0);
            return problems;
        }

        /**
         * The problems of {@code errors[from, to)}, found inside a scope of the schema whose evaluation paths are
         * {@code scope} tokens long. A {@code oneOf} or {@code anyOf} that no branch fits comes with the errors of
         * every branch (their evaluation paths run through it): only the branch the example was meant for is kept,
         * and its first problem says which branch that is and why.
         */
        private void collect(TreeNode root, List<Error> errors, int from, int to, int scope, List<Problem> problems,
                int depth) {
            for (int i = from; i < to; i++) {
                Error error = errors.get(i);
                NodePath base = null;
                JsonNode instance = null;
                int first = i;
                if (isNoBranchFits(error)) {
                    base = error.getEvaluationPath();
                    instance = error.getInstanceNode();
                    first = i + 1;
                } else {
                    // A failed anyOf reports only its branches' errors, with no error of its own.
                    base = failedAnyOf(error.getEvaluationPath(), scope);
                }
                if (base != null && depth < MAX_BRANCH_DEPTH) {
                    int end = first;
                    while (end < to && isInside(errors.get(end), base)) {
                        end++;
                    }
                    if (end > first) {
                        Branch chosen = chooseBranch(root, base, instance, errors, first, end);
                        int before = problems.size();
                        collect(root, errors, chosen.from(), chosen.to(), base.getNameCount() + 1, problems,
                                depth + 1);
                        if (problems.size() > before) {
                            Problem top = problems.get(before);
                            problems.set(before, new Problem(top.path(), top.message() + " (" + chosen.why() + ")"));
                        }
                        i = end - 1;
                        continue;
                    }
                }
                List<Object> path = instancePath(error);
                if (!isUnmappedDiscriminatorValue(error) && !isMisdirected(error, path) && !isAllowedNull(error)) {
                    problems.add(new Problem(path, describe(error)));
                }
            }
        }

        private static List<Object> instancePath(Error error) {
            List<Object> path = new ArrayList<>();
            NodePath location = error.getInstanceLocation();
            for (int i = 0; location != null && i < location.getNameCount(); i++) {
                path.add(location.getElement(i));
            }
            return path;
        }

        /** A {@code oneOf} none of whose branches fits (not one that several fit). */
        private static boolean isNoBranchFits(Error error) {
            Object[] arguments = error.getArguments();
            return "oneOf".equals(error.getKeyword()) && arguments != null && arguments.length > 0
                    && "0".equals(String.valueOf(arguments[0]));
        }

        /** The evaluation path of the first {@code anyOf} at or after {@code scope} that an error was found in. */
        private static NodePath failedAnyOf(NodePath path, int scope) {
            if (path == null) {
                return null;
            }
            for (int i = scope; i + 1 < path.getNameCount(); i++) {
                if ("anyOf".equals(path.getElement(i)) && path.getElement(i + 1) instanceof Integer) {
                    NodePath base = path;
                    while (base.getNameCount() > i + 1) {
                        base = base.getParent();
                    }
                    return base;
                }
            }
            return null;
        }

        /** Whether an error was found evaluating a branch of the keyword at {@code base}. */
        private static boolean isInside(Error error, NodePath base) {
            NodePath path = error.getEvaluationPath();
            return path != null && path.getNameCount() > base.getNameCount() && path.startsWith(base);
        }

        /** The errors of one branch, and how a message names it. */
        private record Branch(int from, int to, String why) {}

        /**
         * The branch the example was meant for, among the errors {@code [from, to)} of the branches of the keyword
         * at {@code base}: the one the discriminator's value selects, else the one with the fewest errors (the first
         * of equals).
         */
        private Branch chooseBranch(TreeNode root, NodePath base, JsonNode instance, List<Error> errors, int from,
                int to) {
            int depth = base.getNameCount();
            Map<Integer, int[]> ranges = new LinkedHashMap<>();
            for (int i = from; i < to; i++) {
                Object token = errors.get(i).getEvaluationPath().getElement(depth);
                int index = token instanceof Integer n ? n : -1;
                int[] range = ranges.get(index);
                if (range == null) {
                    ranges.put(index, new int[] {i, i + 1});
                } else if (range[1] == i) {
                    range[1] = i + 1;
                }
            }
            String keyword = String.valueOf(base.getElement(depth - 1));
            TreeNode branches = follow(root, base, depth);
            TreeNode holder = follow(root, base, depth - 1);
            int count = branches != null && branches.isArray() ? branches.elements().size() : ranges.size();
            String none = "none of the " + count + " `" + keyword + "` branches fits; this is branch ";
            TreeNode discriminator = holder == null ? null : holder.get("discriminator");
            String property = discriminator == null ? null : discriminator.text("propertyName");
            if (property != null && branches != null) {
                JsonNode value = instance == null ? null : instance.get(property);
                if (value != null && value.isTextual()) {
                    int index = selected(branches, discriminator, value.asText());
                    if (ranges.containsKey(index)) {
                        int[] range = ranges.get(index);
                        return new Branch(range[0], range[1], none + branchName(branches, keyword, index) + ", which `"
                                + property + ": " + value.asText() + "` selects");
                    }
                } else if (instance == null && ranges.size() == 1) {
                    // The validator keeps only the errors of the branch the discriminator selects.
                    Map.Entry<Integer, int[]> only = ranges.entrySet().iterator().next();
                    return new Branch(only.getValue()[0], only.getValue()[1], none
                            + branchName(branches, keyword, only.getKey()) + ", which its `" + property + "` selects");
                }
            }
            int best = -1;
            int[] bestRange = null;
            for (Map.Entry<Integer, int[]> entry : ranges.entrySet()) {
                int[] range = entry.getValue();
                if (bestRange == null || range[1] - range[0] < bestRange[1] - bestRange[0]) {
                    best = entry.getKey();
                    bestRange = range;
                }
            }
            return new Branch(bestRange[0], bestRange[1], none + branchName(branches, keyword, best)
                    + (ranges.size() > 1 ? ", the closest" : ""));
        }

        /**
         * The index of the branch a discriminator value selects: through {@code mapping}, else the branch whose
         * {@code $ref} ends in the value; -1 when none.
         */
        private static int selected(TreeNode branches, TreeNode discriminator, String value) {
            String target = discriminator.get("mapping") == null ? null : discriminator.get("mapping").text(value);
            List<TreeNode> elements = branches.elements();
            for (int i = 0; i < elements.size(); i++) {
                String ref = elements.get(i).ref();
                if (ref != null && (target != null ? ref.equals(target) || lastSegment(ref).equals(target)
                        : lastSegment(ref).equals(value))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The schema node the first {@code count} tokens of an evaluation path lead to from the root schema, following
         * {@code $ref}s where the path goes through one; null when the path leaves the loaded trees.
         */
        private static TreeNode follow(TreeNode root, NodePath path, int count) {
            TreeNode at = root;
            for (int i = 0; at != null && i < count; i++) {
                Object token = path.getElement(i);
                if ("$ref".equals(token)) {
                    at = at.resolve();
                } else {
                    at = token instanceof Integer index ? at.get(index) : at.get(String.valueOf(token));
                }
            }
            return at;
        }

        /**
         * A discriminator value that names no branch, where the discriminator has no {@code mapping}: the schema
         * leaves the names implicit, which {@code marketing/discriminator-mapping} reports; not the example's fault.
         */
        private boolean isUnmappedDiscriminatorValue(Error error) {
            if (!"discriminator".equals(error.getKeyword()) || error.getMessageKey() == null
                    || !error.getMessageKey().endsWith("no_match_found")) {
                return false;
            }
            JsonNode holder = schemaHolding(error);
            return holder != null && !holder.path("discriminator").has("mapping");
        }

        /** The schema object that holds the keyword an error is about ({@code …/Pet} for {@code …/Pet/oneOf}). */
        private JsonNode schemaHolding(Error error) {
            SchemaLocation location = error.getSchemaLocation();
            if (location == null || location.getFragment() == null) {
                return null;
            }
            Workspace.Target file = locate(location.getAbsoluteIri());
            NodePath keyword = location.getFragment();
            JsonNode schema = file == null ? null : file.node();
            for (int i = 0; schema != null && i < keyword.getNameCount() - 1; i++) {
                Object token = keyword.getElement(i);
                schema = token instanceof Integer index ? schema.get(index) : schema.get(String.valueOf(token));
            }
            return schema != null && schema.isObject() ? schema : null;
        }

        private static String branchName(TreeNode branches, String keyword, int index) {
            TreeNode branch = branches != null && branches.isArray() && index >= 0 ? branches.get(index) : null;
            if (branch != null && branch.ref() != null) {
                return "`" + lastSegment(branch.ref()) + "`";
            }
            if (branch != null && branch.text("title") != null) {
                return "`" + branch.text("title") + "`";
            }
            return "`" + keyword + "/" + index + "`";
        }

        private static String lastSegment(String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }

        /**
         * A property that goes the other way ({@code readOnly} in a request, {@code writeOnly} in a response). OpenAPI
         * gives these keywords meaning on properties only, and the validator flags {@code readOnly: false} as if it
         * were true: both are left out.
         */
        private static boolean isMisdirected(Error error, List<Object> path) {
            return isDirectionKeyword(error) && !(error.getSchemaNode().booleanValue()
                    && !path.isEmpty() && path.get(path.size() - 1) instanceof String);
        }

        /** A null where the schema says {@code x-nullable: true}, the Swagger 2.0 era spelling of 3.0's nullable. */
        private boolean isAllowedNull(Error error) {
            if (!"type".equals(error.getKeyword()) || error.getInstanceNode() == null
                    || !error.getInstanceNode().isNull() || error.getSchemaLocation() == null) {
                return false;
            }
            Workspace.Target file = locate(error.getSchemaLocation().getAbsoluteIri());
            NodePath keyword = error.getSchemaLocation().getFragment();
            if (file == null || keyword == null) {
                return false;
            }
            JsonNode schema = file.node();
            for (int i = 0; schema != null && i < keyword.getNameCount() - 1; i++) {
                Object token = keyword.getElement(i);
                schema = token instanceof Integer index ? schema.get(index) : schema.get(String.valueOf(token));
            }
            return schema != null && schema.path("x-nullable").asBoolean(false);
        }

        /** Says what is wrong the way a spec author reads it: "must be a number, not a string". */
        private static String describe(Error error) {
            Object[] arguments = error.getArguments();
            if ("type".equals(error.getKeyword()) && arguments != null && arguments.length == 2) {
                return "must be " + withArticle(String.valueOf(arguments[1])) + ", not "
                        + withArticle(String.valueOf(arguments[0]));
            }
            if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                return "misses the required property `" + error.getProperty() + "`";
            }
            if ("readOnly".equals(error.getKeyword())) {
                return "is `readOnly`, so a request does not send it";
            }
            if ("writeOnly".equals(error.getKeyword())) {
                return "is `writeOnly`, so a response does not return it";
            }
            return error.getMessage();
        }

        private static boolean isDirectionKeyword(Error error) {
            return ("readOnly".equals(error.getKeyword()) || "writeOnly".equals(error.getKeyword()))
                    && error.getSchemaNode() != null;
        }

        private static String withArticle(String type) {
            if (type.equals("null") || !type.chars().allMatch(Character::isLetter)) {
                return type;
            }
            return ("aeiou".indexOf(type.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ") + type;
        }
    }

    /**
     * Schema patterns evaluated with {@link BoundedRegex}, translated the way the validator's own JDK engine does.
     * A pattern that exceeds its bound counts as matching (nothing false is reported about the example) and is
     * recorded, so the example gets a finding that says it could not be checked. After a few such patterns in one
     * document, the rest get a much smaller bound, so a spec full of them still costs seconds, not hours.
     */
    private static final class BoundedPatterns implements RegularExpressionFactory {
        private static final int FULL_BOUND_PATTERNS = 10;
        private static final long SMALL_BOUND = 20_000;
        final List<String> overruns = new ArrayList<>();
        private final java.util.Set<String> costly = new java.util.HashSet<>();

        @Override
        public RegularExpression getRegularExpression(String regex) {
            BoundedRegex bounded = BoundedRegex.compile(RegularExpressions.replaceLongformCharacterProperties(
                    RegularExpressions.replaceDollarAnchors(regex)), BoundedRegex.DEFAULT_MAX_STEPS);
            return value -> {
                if (costly.contains(regex)) {
                    overruns.add(regex);
                    return true;
                }
                try {
                    return bounded.find(value, costly.size() < FULL_BOUND_PATTERNS ? BoundedRegex.DEFAULT_MAX_STEPS
                            : SMALL_BOUND);
                } catch (BoundedRegex.TooCostlyException e) {
                    costly.add(regex);
                    overruns.add(regex);
                    return true;
                }
            };
        }
    }

    // ---- the validator's view of Goalpost's loaded files -----------------------------------------------

    private Workspace.Target locate(AbsoluteIri iri) {
        SourceFile root = workspace.root();
        return root == null ? null : workspace.follow(root, iri.toString());
    }

    /** Serves a file the spec already loaded, as a handle on its tree; null for anything else. */
    private InputStreamSource loadedFile(AbsoluteIri iri) {
        Workspace.Target target = locate(iri);
        return target == null ? null : () -> new LoadedTree(target.node());
    }

    /** Carries a loaded tree through the validator's stream-based loading API without any bytes to read. */
    private static final class LoadedTree extends InputStream {
        private final JsonNode tree;

        LoadedTree(JsonNode tree) {
            this.tree = tree;
        }

        @Override
        public int read() {
            return -1;
        }
    }

    /** Hands back the trees of {@link LoadedTree} handles and refuses to parse anything itself. */
    private static final class LoadedTreeReader implements NodeReader {
        @Override
        public JsonNode readTree(String content, InputFormat format) throws IOException {
            throw new IOException("Goalpost validates examples against loaded files only");
        }

        @Override
        public JsonNode readTree(InputStream content, InputFormat format) throws IOException {
            if (content instanceof LoadedTree loaded) {
                return loaded.tree;
            }
            throw new IOException("Goalpost validates examples against loaded files only");
        }
    }
}
