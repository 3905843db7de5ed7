package dev.goalpost.engine;

import dev.goalpost.api.ExampleValidator;
import dev.goalpost.api.Goals;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import dev.goalpost.goal.GoalAssignment;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import dev.goalpost.validation.SchemaExamples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine's {@link RuleContext}: one rule's view of one spec, reporting into that spec's findings. */
final class CheckContext implements RuleContext {

    private final ActiveRule rule;
    private final FindingCollector out;
    private final IndexedDocument document;
    private final GoalAssignment goals;
    private final GoalCatalog catalog;
    private final OptionNames optionNames;
    /** Made on first use, one per setting: only example rules ask, and they ask for the whole document. */
    private final Map<Boolean, ExampleValidator> validators = new HashMap<>(2);
    /** By identity: operations with equal goals share one set (see {@link GoalAssignment}), hashing it is not free. */
    private final Map<Set<String>, Boolean> inScopeByGoals = new IdentityHashMap<>();
    private List<Operation> operations;

    CheckContext(ActiveRule rule, FindingCollector out, IndexedDocument document, GoalAssignment goals,
            GoalCatalog catalog, OptionNames optionNames) {
        this.rule = rule;
        this.out = out;
        this.document = document;
        this.goals = goals;
        this.catalog = catalog;
        this.optionNames = optionNames;
    }

    @Override
    public void report(SpecNode at, String message) {
        TreeNode node = (TreeNode) at;
        out.add(rule.descriptor(), rule.severity(), node.file().displayName(), node.position(), node.pointer(),
                message);
    }

    @Override
    public void reportValue(SpecNode at, String message) {
        TreeNode node = (TreeNode) at;
        out.add(rule.descriptor(), rule.severity(), node.file().displayName(), node.valuePosition(), node.pointer(),
                message);
    }

    @Override
    public String optionName(String option) {
        return optionNames.name(option);
    }

    @Override
    public IndexedDocument document() {
        return document;
    }

    @Override
    public Goals goals() {
        return goals;
    }

    @Override
    public boolean inScope(Operation operation) {
        return inScopeOf(goals.goalsOf(operation));
    }

    /** Whether the rule applies to an operation with these effective goals. */
    boolean inScopeOf(Set<String> operationGoals) {
        // Few distinct goal sets exist in a document; thousands of operations share them.
        Boolean known = inScopeByGoals.get(operationGoals);
        if (known == null) {
            known = applies(rule.descriptor(), operationGoals, catalog);
            inScopeByGoals.put(operationGoals, known);
        }
        return known;
    }

    @Override
    public List<Operation> operations() {
        if (operations == null) {
            List<Operation> list = new ArrayList<>();
            for (Operation operation : document.operations()) {
                if (inScope(operation)) {
                    list.add(operation);
                }
            }
            operations = List.copyOf(list);
        }
        return operations;
    }

    @Override
    public Severity severity() {
        return rule.severity();
    }

    @Override
    public ExampleValidator exampleValidator(boolean formatAssertions) {
        return validators.computeIfAbsent(formatAssertions, assertions -> new SchemaExamples(document, assertions));
    }

    /** Whether a rule applies where {@code goals} are in force: core rules always, others when a goal includes them. */
    static boolean applies(RuleDescriptor rule, Set<String> goals, GoalCatalog catalog) {
        if (rule.isCore()) {
            return true;
        }
        for (String goal : goals) {
            // A rule of a Spectral ruleset tied to a goal carries that goal without being named after it.
            if (goal.equals(rule.goal()) || catalog.includes(goal, rule.id())) {
                return true;
            }
        }
        return false;
    }
}
