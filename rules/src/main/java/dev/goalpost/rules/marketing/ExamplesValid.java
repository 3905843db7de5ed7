package dev.goalpost.rules.marketing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.engine.DocumentRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.RuleOption;
import dev.goalpost.engine.Severity;
import dev.goalpost.load.JsonPointers;
import dev.goalpost.model.ApiDocument;
import dev.goalpost.model.Header;
import dev.goalpost.model.MediaType;
import dev.goalpost.model.Operation;
import dev.goalpost.model.Parameter;
import dev.goalpost.model.RequestBody;
import dev.goalpost.model.Response;
import dev.goalpost.model.Schema;
import dev.goalpost.model.SpecNode;
import dev.goalpost.rules.marketing.ExampleValidator.Direction;
import dev.goalpost.rules.marketing.ExampleValidator.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An example that contradicts its schema misleads the reader it was written to win over, and breaks mock servers. */
@RuleInfo(id = "marketing/examples-valid", severity = Severity.ERROR,
        summary = "Every example on a media type, parameter or schema validates against its schema.")
public final class ExamplesValid implements DocumentRule {

    @RuleOption(description = "Also check `format` (date-time, email, uuid, …) in examples; off by default, as "
            + "OpenAPI formats are open-ended hints.")
    boolean formatAssertions = false;

    @Override
    public void check(ApiDocument document, RuleContext context) {
        new Run(document, context).check();
    }

    /** One check of one document: the validator with its compiled schemas, and the examples already checked. */
    private final class Run {
        private final ApiDocument document;
        private final RuleContext context;
        private final ExampleValidator bodies;
        private final ExampleValidator texts;
        private final Set<Checked> checked = new HashSet<>();

        Run(ApiDocument document, RuleContext context) {
            this.document = document;
            this.context = context;
            this.bodies = new ExampleValidator(document, formatAssertions, false);
            this.texts = new ExampleValidator(document, formatAssertions, true);
        }

        void check() {
            for (Operation operation : context.operations()) {
                RequestBody body = operation.requestBody();
                if (body != null) {
                    body.mediaTypes().forEach(media -> checkMediaType(media, Direction.REQUEST));
                }
                for (Parameter parameter : operation.parameters()) {
                    checkParameterOrHeader(parameter.node(), Direction.REQUEST);
                }
                for (Response response : operation.responses()) {
                    response.mediaTypes().forEach(media -> checkMediaType(media, Direction.RESPONSE));
                    for (Header header : response.headers().values()) {
                        checkParameterOrHeader(header.node(), Direction.RESPONSE);
                    }
                }
            }
            for (Schema schema : document.schemas()) {
                checkSchema(schema);
            }
        }

        private void checkMediaType(MediaType media, Direction direction) {
            // Other media types write examples as serialized text (XML, CSV, forms), which no JSON schema describes.
            if (!media.isJson() || media.schemaNode() == null) {
                return;
            }
            SpecNode example = media.example();
            if (example != null) {
                validate(bodies, example, "example", media.schemaNode(), direction);
            }
            media.examples().forEach((name, object) ->
                    checkExampleObject(bodies, name, object, media.schemaNode(), direction));
        }

        /** A 3.x parameter or header: {@code example} and {@code examples} against {@code schema}, or its content. */
        private void checkParameterOrHeader(SpecNode node, Direction direction) {
            if (document.version().isSwagger2()) {
                return;
            }
            SpecNode schema = node.get("schema");
            if (schema != null) {
                SpecNode example = node.get("example");
                if (example != null) {
                    validate(texts, example, "example", schema, direction);
                }
                SpecNode examples = node.get("examples");
                if (examples != null) {
                    examples.members().forEach((name, object) ->
                            checkExampleObject(texts, name, object.resolveOrSelf(), schema, direction));
                }
            }
            SpecNode content = node.get("content");
            if (content != null) {
                for (MediaType media : document.contentOf(content)) {
                    checkMediaType(media, direction);
                }
            }
        }

        private void checkExampleObject(ExampleValidator validator, String name, SpecNode object, SpecNode schema,
                Direction direction) {
            SpecNode value = object.get("value") != null ? object.get("value") : object.get("dataValue");
            if (value != null) {
                validate(validator, value, "example `" + name + "`", schema, direction);
            }
        }

        /** A schema's own {@code example}, and from 3.1 on each of its {@code examples}. */
        private void checkSchema(Schema schema) {
            SpecNode example = schema.get("example");
            if (example != null) {
                validate(bodies, example, "schema example", schema.node(), Direction.EITHER);
            }
            SpecNode examples = schema.get("examples");
            if (examples != null && document.version().atLeast31()) {
                for (SpecNode each : examples.elements()) {
                    validate(bodies, each, "schema `examples[" + each.index() + "]`", schema.node(),
                            Direction.EITHER);
                }
            }
        }

        private void validate(ExampleValidator validator, SpecNode written, String label, SpecNode schema,
                Direction direction) {
            SpecNode example = dereferenced(written);
            if (!checked.add(new Checked(example.value(), schema.value(), direction))) {
                return;
            }
            List<Problem> problems = validator.validate(schema, example.value(), direction);
            if (problems.isEmpty()) {
                return;
            }
            Problem first = problems.get(0);
            int more = problems.size() - 1;
            context.reportValue(inside(example, first.path()), label + " " + pointer(first.path()) + ": "
                    + first.message() + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s")
                    + ")") + "; make the example match its schema, or fix the schema");
        }
    }

    /**
     * The example a value stands for. Some specs write a value as a {@code $ref} to a shared Example Object
     * ({@code value: {$ref: '#/components/examples/view'}}, as GitHub does); the loader resolves such references like
     * any other, and the example is then the shared one's {@code value}.
     */
    private static SpecNode dereferenced(SpecNode value) {
        if (!value.isRef()) {
            return value;
        }
        SpecNode target = value.resolve();
        if (target == null) {
            return value;
        }
        boolean sharedExample = target.parent() != null && "examples".equals(target.parent().key())
                && target.parent().parent() != null && "components".equals(target.parent().parent().key());
        return sharedExample && target.get("value") != null ? target.get("value") : target;
    }

    /** The node inside an example that a problem is about, as far as the example goes. */
    private static SpecNode inside(SpecNode example, List<Object> path) {
        SpecNode at = example;
        for (Object token : path) {
            SpecNode next = token instanceof Integer index ? at.get(index) : at.get(String.valueOf(token));
            if (next == null) {
                break;
            }
            at = next;
        }
        return at;
    }

    private static String pointer(List<Object> path) {
        if (path.isEmpty()) {
            return "(top level)";
        }
        StringBuilder pointer = new StringBuilder();
        for (Object token : path) {
            pointer.append('/');
            JsonPointers.appendEscaped(pointer, String.valueOf(token));
        }
        return pointer.toString();
    }

    /** An example checked against a schema in one direction, compared by identity: each is checked once. */
    private record Checked(JsonNode example, JsonNode schema, Direction direction) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Checked that && that.example == example && that.schema == schema
                    && that.direction == direction;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(example) + System.identityHashCode(schema)) + direction.hashCode();
        }
    }
}
