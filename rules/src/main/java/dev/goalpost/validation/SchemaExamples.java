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
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks example values against the schemas they illustrate, with the networknt JSON Schema validator in the
 * dialect of the document's OpenAPI version (3.0 and Swagger 2.0: the OpenAPI 3.0 dialect, which honours
 * {@code nullable}; 3.1 and later: 2020-12 with the OpenAPI vocabulary). Values that travel as text (parameters,
 * headers) are checked loosely, so that {@code 42} is a fine example of a string and {@code "42"} of an integer.
 *
 * <p>The validator sees the files Goalpost has already loaded and nothing else: every schema document, the root and
 * each file a {@code $ref} reaches, is handed over as its parsed tree, so the validator neither parses, reads files
 * nor fetches. Each schema is compiled once per document and reused for every example that illustrates it.
 */
public final class SchemaExamples implements ExampleValidator {

    private final Workspace workspace;
    private final boolean openApi31;
    private final boolean formatAssertions;
    private Mode bodies;
    private Mode texts;

    public SchemaExamples(IndexedDocument document, boolean formatAssertions) {
        this.workspace = document.workspace();
        this.openApi31 = document.version().atLeast31();
        this.formatAssertions = formatAssertions;
    }

    @Override
    public List<Problem> validate(Example example) {
        if (example.value() == null || example.schemaNode() == null) {
            return List.of();
        }
        Mode mode;
        if (example.travelsAsText()) {
            mode = texts == null ? texts = new Mode(true) : texts;
        } else {
            mode = bodies == null ? bodies = new Mode(false) : bodies;
        }
        return mode.validate((TreeNode) example.schemaNode(), ((TreeNode) example.value()).value(),
                example.direction());
    }

    /** Schemas compiled for one way of reading values: as JSON, or as text. */
    private final class Mode {
        private final boolean textValues;
        private SchemaRegistry registry;
        private final Map<SourceFile, Schema> documents = new IdentityHashMap<>();
        private final Map<JsonNode, Schema> compiled = new IdentityHashMap<>();

        Mode(boolean textValues) {
            this.textValues = textValues;
        }

        /** The validator's registry, made on the first example: most specs without examples never need it. */
        private SchemaRegistry registry() {
            if (registry == null) {
                SchemaLoader loader = new SchemaLoader(List.of(), List.of(SchemaExamples.this::loadedFile),
                        iri -> locate(iri) != null, null);
                Dialect dialect = openApi31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30();
                registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                        .nodeReader(new LoadedTreeReader())
                        .schemaLoader(loader)
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_POINTER)
                                .formatAssertionsEnabled(formatAssertions)
                                .typeLoose(textValues)
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
            Schema schema = compile(schemaNode);
            if (schema == null) {
                return List.of();
            }
            try {
                if (direction != Direction.EITHER) {
                    return problems(schema.validate(example, in(direction)));
                }
                // A shared schema's own example may show either side: it fits when it fits one of them.
                List<Error> asResponse = schema.validate(example, in(Direction.RESPONSE));
                if (asResponse.isEmpty()) {
                    return List.of();
                }
                List<Error> asRequest = schema.validate(example, in(Direction.REQUEST));
                return problems(asRequest.size() < asResponse.size() ? asRequest : asResponse);
            } catch (SchemaException | IllegalArgumentException | StackOverflowError e) {
                // IllegalArgumentException: the validator decodes a $ref with a malformed escape (core reports it)
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
            } catch (SchemaException | IllegalArgumentException | StackOverflowError e) {
                // IllegalArgumentException: the validator decodes a $ref with a malformed escape (core reports it)
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

        private List<Problem> problems(List<Error> errors) {
            List<Problem> problems = new ArrayList<>(errors.size());
            for (Error error : errors) {
                List<Object> path = new ArrayList<>();
                NodePath location = error.getInstanceLocation();
                for (int i = 0; location != null && i < location.getNameCount(); i++) {
                    path.add(location.getElement(i));
                }
                if (!isMisdirected(error, path) && !isAllowedNull(error) && !isTextValue(error)) {
                    problems.add(new Problem(path, describe(error)));
                }
            }
            return problems;
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

        /** A number or boolean given for a string that travels as text: its text is the value. */
        private boolean isTextValue(Error error) {
            Object[] arguments = error.getArguments();
            return textValues && "type".equals(error.getKeyword()) && arguments != null && arguments.length == 2
                    && "string".equals(String.valueOf(arguments[1])) && error.getInstanceNode() != null
                    && (error.getInstanceNode().isNumber() || error.getInstanceNode().isBoolean());
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
