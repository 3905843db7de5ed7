package dev.goalpost.engine;

import dev.goalpost.goal.GoalAssignment;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.load.Position;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.ApiDocument;
import dev.goalpost.model.Operation;
import dev.goalpost.model.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a rule sees while it checks one spec, and where it reports what it finds. */
public final class RuleContext {

    private final ActiveRule rule;
    private final FindingCollector out;
    private final Workspace workspace;
    private final ApiDocument document;
    private final GoalAssignment goals;
    private final GoalCatalog catalog;
    private List<Operation> operations;
    private final java.util.Map<Set<String>, Boolean> inScopeByGoals = new java.util.HashMap<>();

    RuleContext(ActiveRule rule, FindingCollector out, Workspace workspace, ApiDocument document,
            GoalAssignment goals, GoalCatalog catalog) {
        this.rule = rule;
        this.out = out;
        this.workspace = workspace;
        this.document = document;
        this.goals = goals;
        this.catalog = catalog;
    }

    /** Reports a finding at a node: at its key when it is an object member, else where its value starts. */
    public void report(SpecNode at, String message) {
        out.add(rule.descriptor(), rule.severity(), at.file().displayName(), at.position(), at.pointer(), message);
    }

    /** Reports a finding where a node's value starts (for a wrong value rather than a wrong member). */
    public void reportValue(SpecNode at, String message) {
        out.add(rule.descriptor(), rule.severity(), at.file().displayName(), at.valuePosition(), at.pointer(), message);
    }

    /** Reports a finding at an explicit place; {@code position} may be null when it is unknown. */
    public void report(String file, Position position, String pointer, String message) {
        out.add(rule.descriptor(), rule.severity(), file, position, pointer, message);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The indexed document; null for workspace rules when the files are not an OpenAPI document. */
    public ApiDocument document() {
        return document;
    }

    /** The goals in force; null for workspace rules when the files are not an OpenAPI document. */
    public GoalAssignment goals() {
        return goals;
    }

    /** Whether this rule applies to an operation: one of its effective goals includes the rule. */
    public boolean inScope(Operation operation) {
        // Few distinct goal sets exist in a document; thousands of operations share them.
        return inScopeByGoals.computeIfAbsent(goals.goalsOf(operation),
                set -> applies(rule.descriptor(), set, catalog));
    }

    /** The operations this rule applies to, in written order. */
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

    /** The configured severity this rule reports with. */
    public Severity severity() {
        return rule.severity();
    }

    static boolean applies(RuleDescriptor rule, Set<String> goals, GoalCatalog catalog) {
        if (rule.isCore()) {
            return true;
        }
        for (String goal : goals) {
            if (catalog.includes(goal, rule.id())) {
                return true;
            }
        }
        return false;
    }
}
