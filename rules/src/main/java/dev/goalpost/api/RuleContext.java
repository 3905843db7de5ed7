package dev.goalpost.api;

import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.List;

/** What a rule sees while it checks one spec, and where it reports what it finds. */
public interface RuleContext {

    /** Reports a finding at a node: at its key when it is an object member, else where its value starts. */
    void report(SpecNode at, String message);

    /** Reports a finding where a node's value starts (for a wrong value rather than a wrong member). */
    void reportValue(SpecNode at, String message);

    /** The document under check. */
    ApiDocument document();

    /** The goals in force in the document. */
    Goals goals();

    /** Whether this rule applies to an operation: one of its effective goals includes the rule. */
    boolean inScope(Operation operation);

    /** The operations this rule applies to, in written order. */
    List<Operation> operations();

    /** The configured severity this rule reports with. */
    Severity severity();

    /**
     * How the user of the program running this lint sets one of Goalpost's options, named as the configuration file
     * names it ({@code defaultGoals}): {@code `--default-goal GOAL`} on the command line, {@code `<defaultGoals>`}
     * in the Maven plugin. For messages that tell the user what to set.
     */
    String optionName(String option);

    /** A validator for examples, made once per document and setting; {@code formatAssertions} checks {@code format}. */
    ExampleValidator exampleValidator(boolean formatAssertions);
}
