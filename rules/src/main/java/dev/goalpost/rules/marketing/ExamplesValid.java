package dev.goalpost.rules.marketing;

import dev.goalpost.api.ExampleRule;
import dev.goalpost.api.ExampleValidator.Problem;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.SpecNode;
import java.util.List;

/** An example that contradicts its schema misleads the reader it was written to win over, and breaks mock servers. */
@RuleInfo(id = "marketing/examples-valid", severity = Severity.ERROR,
        summary = "Every example on a media type, parameter or schema validates against its schema.")
public final class ExamplesValid implements ExampleRule {

    @RuleOption(description = "Also check `format` (date-time, email, uuid, …) in examples; off by default, as "
            + "OpenAPI formats are open-ended hints.")
    boolean formatAssertions = false;

    @Override
    public void check(Example example, RuleContext context) {
        // Other media types write examples as serialized text (XML, CSV, forms), which no JSON schema describes.
        if (example.mediaType() != null && !MediaType.isJson(example.mediaType())) {
            return;
        }
        List<Problem> problems = context.exampleValidator(formatAssertions).validate(example);
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        int more = problems.size() - 1;
        context.reportValue(inside(example.value(), first.path()), example.label() + " " + pointer(first.path())
                + ": " + first.message() + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s")
                + ")") + "; make the example match its schema, or fix the schema");
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

    /** The RFC 6901 pointer of a place inside the example, or {@code (top level)}. */
    private static String pointer(List<Object> path) {
        if (path.isEmpty()) {
            return "(top level)";
        }
        StringBuilder pointer = new StringBuilder();
        for (Object token : path) {
            pointer.append('/').append(String.valueOf(token).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
