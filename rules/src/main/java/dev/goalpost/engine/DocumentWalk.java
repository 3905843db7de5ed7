package dev.goalpost.engine;

import dev.goalpost.goal.GoalAssignment;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.ApiDocument;
import dev.goalpost.model.MediaType;
import dev.goalpost.model.Operation;
import dev.goalpost.model.Parameter;
import dev.goalpost.model.PathItem;
import dev.goalpost.model.RequestBody;
import dev.goalpost.model.Response;
import dev.goalpost.model.Schema;
import dev.goalpost.model.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One traversal of a document that hands each element to the rules subscribed to it, gated by goals: document
 * rules run when the document carries their goal, operation rules on operations whose effective goals include
 * theirs. A rule that throws is reported as {@code core/rule-failed} and the walk goes on.
 *
 * <p>While a rule checks an element, the collector knows the element's subjects (when the spec has inline
 * suppressions): the document root, then the path item, operation, parameter, response or media type, or schema
 * under check, each as declared and as resolved. A suppression on any of them covers what the rule reports then,
 * even in a file reached through {@code $ref}.
 */
final class DocumentWalk {

    private final List<ActiveRule> rules;
    private final FindingCollector out;
    private final Workspace workspace;
    private final ApiDocument document;
    private final GoalAssignment goals;
    private final GoalCatalog catalog;
    private final RuleDescriptor ruleFailed;
    private final Map<ActiveRule, RuleContext> contexts = new java.util.IdentityHashMap<>();
    private final Set<String> ran = new LinkedHashSet<>();
    /** The subjects of document-wide checks: the root document, or nothing when there is none. */
    private final List<SpecNode> documentSubjects;
    /** Each operation's subjects, when the collector tracks them. */
    private List<List<SpecNode>> operationSubjects;

    /** Whether rules may run side by side; {@code -Dgoalpost.parallelRules=false} runs them one after another. */
    private static final boolean PARALLEL = !"false".equals(System.getProperty("goalpost.parallelRules"));

    DocumentWalk(List<ActiveRule> rules, FindingCollector out, Workspace workspace, ApiDocument document,
            GoalAssignment goals, GoalCatalog catalog, RuleDescriptor ruleFailed) {
        this.rules = rules;
        this.out = out;
        this.workspace = workspace;
        this.document = document;
        this.goals = goals;
        this.catalog = catalog;
        this.ruleFailed = ruleFailed;
        this.documentSubjects = workspace.root() == null ? List.of()
                : List.of(SpecNode.root(workspace, workspace.root()));
    }

    /** A walk over the same document for a share of the rules, reporting to its own collector. */
    private DocumentWalk(DocumentWalk parent, FindingCollector out) {
        this(parent.rules, out, parent.workspace, parent.document, parent.goals, parent.catalog, parent.ruleFailed);
        this.operationSubjects = parent.operationSubjects;
    }

    /** The subjects of a check: the document's, then {@code nodes}; null when the collector does not track them. */
    private List<SpecNode> subjects(List<SpecNode> outer, SpecNode... nodes) {
        if (!out.tracksSubjects()) {
            return null;
        }
        List<SpecNode> chain = new ArrayList<>(outer);
        for (SpecNode node : nodes) {
            if (node != null) {
                chain.add(node);
            }
        }
        return List.copyOf(chain);
    }

    /** Runs every rule; returns the ids of the rules that ran on this spec. */
    Set<String> run() {
        for (ActiveRule rule : rules) {
            if (rule.rule() instanceof WorkspaceRule workspaceRule) {
                guard(rule, null, documentSubjects, () -> workspaceRule.check(workspace, context(rule)));
            }
        }
        if (document == null) {
            return ran;
        }
        List<ActiveRule> units = new ArrayList<>();
        for (ActiveRule rule : rules) {
            if (rule.rule() instanceof EngineRule || rule.rule() instanceof WorkspaceRule) {
                continue;
            }
            if (isOperationScoped(rule) || RuleContext.applies(rule.descriptor(), goals.carried(), catalog)) {
                units.add(rule);
            }
        }
        if (units.size() < 2 || !PARALLEL) {
            units.forEach(this::runRule);
            return ran;
        }
        // Rules are independent and keep no state, so they run side by side, each share with its own
        // collector; the shares are merged in rule order and findings are sorted later, so the report is
        // the same whatever the number of threads.
        if (out.tracksSubjects()) {
            operationSubjects();
        }
        List<DocumentWalk> shares = units.parallelStream().map(rule -> {
            DocumentWalk share = new DocumentWalk(this, out.fork());
            share.runRule(rule);
            return share;
        }).toList();
        for (DocumentWalk share : shares) {
            out.absorb(share.out);
            ran.addAll(share.ran);
        }
        return ran;
    }

    private static boolean isOperationScoped(ActiveRule rule) {
        return rule.rule() instanceof OperationRule || rule.rule() instanceof ParameterRule
                || rule.rule() instanceof ResponseRule || rule.rule() instanceof MediaTypeRule;
    }

    /** Runs one rule over everything it subscribes to. */
    private void runRule(ActiveRule rule) {
        if (isOperationScoped(rule)) {
            runOperationRule(rule);
        } else {
            runDocumentRule(rule);
        }
    }

    private void runDocumentRule(ActiveRule rule) {
        if (rule.rule() instanceof DocumentRule documentRule) {
            guard(rule, document.root(), documentSubjects, () -> documentRule.check(document, context(rule)));
        }
        if (rule.rule() instanceof PathItemRule pathItemRule) {
            for (PathItem item : document.pathItems()) {
                guard(rule, item.node(), subjects(documentSubjects, item.declaration(), item.node()),
                        () -> pathItemRule.check(item, context(rule)));
            }
        }
        if (rule.rule() instanceof SchemaRule schemaRule) {
            for (Schema schema : document.schemas()) {
                guard(rule, schema.node(), subjects(documentSubjects, schema.node()),
                        () -> schemaRule.check(schema, context(rule)));
            }
        }
    }

    private void runOperationRule(ActiveRule rule) {
        Map<Set<String>, Boolean> appliesByGoals = new HashMap<>();
        List<Operation> operations = document.operations();
        List<List<SpecNode>> subjects = out.tracksSubjects() ? operationSubjects() : null;
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            if (appliesByGoals.computeIfAbsent(goals.goalsOf(operation),
                    set -> RuleContext.applies(rule.descriptor(), set, catalog))) {
                runOn(rule, operation, subjects == null ? null : subjects.get(i));
            }
        }
    }

    /** What each operation's checks are about, in operation order; computed once and shared by every rule. */
    private List<List<SpecNode>> operationSubjects() {
        if (operationSubjects == null) {
            List<List<SpecNode>> all = new ArrayList<>();
            for (Operation operation : document.operations()) {
                PathItem item = operation.pathItem();
                all.add(subjects(documentSubjects, item.declaration(), item.node(), operation.declaration(),
                        operation.node()));
            }
            operationSubjects = List.copyOf(all);
        }
        return operationSubjects;
    }

    private void runOn(ActiveRule rule, Operation operation, List<SpecNode> subjects) {
        RuleContext context = context(rule);
        if (rule.rule() instanceof OperationRule operationRule) {
            guard(rule, operation.node(), subjects, () -> {
                if (operationRule.appliesTo(operation)) {
                    operationRule.check(operation, context);
                }
            });
        }
        if (rule.rule() instanceof ParameterRule parameterRule) {
            for (Parameter parameter : operation.parameters()) {
                guard(rule, parameter.node(), within(subjects, parameter.node()),
                        () -> parameterRule.check(parameter, operation, context));
            }
        }
        if (rule.rule() instanceof ResponseRule responseRule) {
            for (Response response : operation.responses()) {
                guard(rule, response.node(), within(subjects, response.node()),
                        () -> responseRule.check(response, operation, context));
            }
        }
        if (rule.rule() instanceof MediaTypeRule mediaTypeRule) {
            RequestBody body = operation.requestBody();
            List<MediaType> media = new ArrayList<>(body == null ? List.of() : body.mediaTypes());
            for (Response response : operation.responses()) {
                media.addAll(response.mediaTypes());
            }
            for (MediaType mediaType : media) {
                guard(rule, mediaType.node(), within(subjects, mediaType.node()),
                        () -> mediaTypeRule.check(mediaType, operation, context));
            }
        }
    }

    private RuleContext context(ActiveRule rule) {
        ran.add(rule.id());
        return contexts.computeIfAbsent(rule,
                r -> new RuleContext(r, out, workspace, document, goals, catalog));
    }

    /** An operation's subjects plus one element of it; null when subjects are not tracked. */
    private static List<SpecNode> within(List<SpecNode> operationSubjects, SpecNode element) {
        if (operationSubjects == null) {
            return null;
        }
        List<SpecNode> chain = new ArrayList<>(operationSubjects);
        chain.add(element);
        return chain;
    }

    private void guard(ActiveRule rule, SpecNode at, List<SpecNode> subjects, Runnable check) {
        out.subjects(subjects);
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            String file = at != null ? at.file().displayName()
                    : workspace.root() != null ? workspace.root().displayName() : "";
            out.add(ruleFailed, Severity.ERROR, file, at == null ? null : at.position(),
                    at == null ? "" : at.pointer(), "the rule " + rule.id() + " failed here ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); this is a bug in the rule, please report it with this spec");
        } finally {
            out.subjects(null);
        }
    }
}
