package dev.goalpost.engine;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.ExampleRule;
import dev.goalpost.api.MediaTypeRule;
import dev.goalpost.api.OperationRule;
import dev.goalpost.api.ParameterRule;
import dev.goalpost.api.PathItemRule;
import dev.goalpost.api.ResponseRule;
import dev.goalpost.api.SchemaRule;
import dev.goalpost.api.SecuritySchemeRule;
import dev.goalpost.api.ServerRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.TagRule;
import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.Header;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.PathItem;
import dev.goalpost.api.model.RequestBody;
import dev.goalpost.api.model.Response;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SecurityScheme;
import dev.goalpost.api.model.Server;
import dev.goalpost.api.model.SpecElement;
import dev.goalpost.api.model.Tag;
import dev.goalpost.goal.GoalAssignment;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands each element of an indexed document to the rules of its kind, scoped by goals once, here: operation kinds
 * (operations, and their parameters, responses, media types and examples) on the operations whose effective goals
 * include the rule's goal, path items holding such an operation, document kinds (the document, schemas, servers,
 * security schemes, tags) when the document carries the goal. Rules never walk; they judge what they are given. A
 * rule that throws is reported as {@code core/rule-failed} and the dispatch goes on. An operation or response rule
 * with a {@link dev.goalpost.api.Vocabulary} the document does not use anywhere is reported once, on the document
 * ({@link MissingVocabulary}), instead of on each operation.
 *
 * <p>While a rule checks an element, the collector knows the element's subjects (when the spec has inline
 * suppressions): the document root, then the path item, operation and the element under check, each as declared
 * and as resolved. A suppression on any of them covers what the rule reports then, even in a file reached through
 * {@code $ref}.
 */
final class RuleDispatch {

    private final List<ActiveRule> rules;
    private final FindingCollector out;
    private final Workspace workspace;
    private final IndexedDocument document;
    private final GoalAssignment goals;
    private final GoalCatalog catalog;
    private final RuleDescriptor ruleFailed;
    private final OptionNames optionNames;
    private final Set<String> ran = new LinkedHashSet<>();
    /** The subjects of document-wide checks: the root document, or nothing when there is none. */
    private final List<TreeNode> documentSubjects;
    /** Each operation's subjects, when the collector tracks them. */
    private List<List<TreeNode>> operationSubjects;
    /**
     * Each operation's effective goals, in operation order; looked up once for all rules (a lookup per operation
     * and rule in a map of ten thousand operations misses the cache each time).
     */
    private List<Set<String>> operationGoals;
    /** The examples of each operation and schema, gathered once for all example rules. */
    private SharedExamples examples;
    /** What of the rules' vocabularies the document could use; gathered once, for the first rule that has one. */
    private VocabularyInUse vocabularyInUse;

    /** Whether rules may run side by side; {@code -Dgoalpost.parallelRules=false} runs them one after another. */
    private static final boolean PARALLEL = !"false".equals(System.getProperty("goalpost.parallelRules"));

    RuleDispatch(List<ActiveRule> rules, FindingCollector out, Workspace workspace, IndexedDocument document,
            GoalAssignment goals, GoalCatalog catalog, RuleDescriptor ruleFailed, OptionNames optionNames) {
        this.rules = rules;
        this.out = out;
        this.workspace = workspace;
        this.document = document;
        this.goals = goals;
        this.catalog = catalog;
        this.ruleFailed = ruleFailed;
        this.optionNames = optionNames;
        this.documentSubjects = workspace.root() == null ? List.of()
                : List.of(TreeNode.root(workspace, workspace.root()));
    }

    /** A dispatch over the same document for a share of the rules, reporting to its own collector. */
    private RuleDispatch(RuleDispatch parent, FindingCollector out) {
        this(parent.rules, out, parent.workspace, parent.document, parent.goals, parent.catalog, parent.ruleFailed,
                parent.optionNames);
        this.operationSubjects = parent.operationSubjects;
        this.vocabularyInUse = parent.vocabularyInUse;
        this.operationGoals = parent.operationGoals;
        this.examples = parent.examples;
    }

    /** Runs every rule that applies; returns the ids of the rules that ran on this spec. */
    Set<String> run() {
        if (document == null) {
            return ran;
        }
        List<ActiveRule> units = new ArrayList<>();
        for (ActiveRule rule : rules) {
            RuleKind kind = rule.descriptor().kind();
            if (kind == RuleKind.ENGINE) {
                continue;
            }
            if (kind.operationScoped() || CheckContext.applies(rule.descriptor(), goals.carried(), catalog)) {
                units.add(rule);
            }
        }
        List<List<ActiveRule>> tasks = tasks(units, PARALLEL ? OPERATION_GROUPS : 1);
        for (ActiveRule rule : units) {
            ran.add(rule.id());
        }
        if (tasks.size() < 2 || !PARALLEL) {
            tasks.forEach(this::runTask);
            return ran;
        }
        // Rules are independent and keep no state, so they run side by side, each task with its own
        // collector; findings are sorted later, so the report is the same whatever the number of threads.
        if (out.tracksSubjects()) {
            operationSubjects();
        }
        if (units.stream().anyMatch(rule -> rule.descriptor().vocabulary() != null)) {
            vocabularyInUse();
        }
        operationGoals();
        if (units.stream().anyMatch(rule -> rule.rule() instanceof ExampleRule)) {
            examples();
        }
        List<RuleDispatch> shares = tasks.parallelStream().map(task -> {
            RuleDispatch share = new RuleDispatch(this, out.fork());
            share.runTask(task);
            return share;
        }).toList();
        for (RuleDispatch share : shares) {
            out.absorb(share.out);
        }
        return ran;
    }

    /** How many tasks share the operation rules when rules run side by side: enough for two to four threads. */
    private static final int OPERATION_GROUPS = 4;

    /**
     * The rules in tasks: rules of the same element-wise kind go together (operation kinds in {@code groups}
     * tasks, schema rules in one), every other rule is a task of its own. A task of several rules walks the
     * elements once and hands each element to every rule in turn. Rule by rule over ten thousand elements, the
     * call into the rule would see one rule class for a long stretch, then another: the JIT compiles the loop for
     * the first, throws the code away at the second, and compiles it again, a second of compiling per lint in a
     * warm Maven JVM. Element by element, the call sees every rule class from the start.
     */
    private static List<List<ActiveRule>> tasks(List<ActiveRule> units, int groups) {
        List<ActiveRule> operationRules = new ArrayList<>();
        List<ActiveRule> schemaRules = new ArrayList<>();
        List<List<ActiveRule>> tasks = new ArrayList<>();
        for (ActiveRule rule : units) {
            RuleKind kind = rule.descriptor().kind();
            if (perOperation(kind)) {
                operationRules.add(rule);
            } else if (kind == RuleKind.SCHEMA) {
                schemaRules.add(rule);
            } else {
                tasks.add(List.of(rule));
            }
        }
        if (!schemaRules.isEmpty()) {
            tasks.add(schemaRules);
        }
        int operationTasks = Math.min(groups, operationRules.size());
        for (int group = 0; group < operationTasks; group++) {
            List<ActiveRule> task = new ArrayList<>();
            for (int i = group; i < operationRules.size(); i += operationTasks) {
                task.add(operationRules.get(i));
            }
            tasks.add(task);
        }
        return tasks;
    }

    /** Kinds checked on each operation's own parts (a path item rule is scoped by operations but runs per path). */
    private static boolean perOperation(RuleKind kind) {
        return kind.operationScoped() && kind != RuleKind.PATH_ITEM;
    }

    /** Runs a task of {@link #tasks}. */
    private void runTask(List<ActiveRule> task) {
        RuleKind kind = task.get(0).descriptor().kind();
        if (perOperation(kind)) {
            runOnOperations(task);
        } else if (kind == RuleKind.SCHEMA) {
            runOnSchemas(task);
        } else {
            runRule(task.get(0));
        }
    }

    /** Runs one document-wide rule (not an operation or schema kind) over every element of its kind. */
    private void runRule(ActiveRule rule) {
        CheckContext context = context(rule);
        Object check = rule.rule();
        if (check instanceof DocumentRule documentRule) {
            guard(rule, document.root(), documentSubjects, () -> documentRule.check(document, context));
        } else if (check instanceof ServerRule serverRule) {
            for (Server server : document.servers()) {
                guard(rule, server.node(), element(documentSubjects, server), () -> serverRule.check(server, context));
            }
        } else if (check instanceof SecuritySchemeRule schemeRule) {
            for (SecurityScheme scheme : document.securitySchemes().values()) {
                guard(rule, scheme.node(), element(documentSubjects, scheme), () -> schemeRule.check(scheme, context));
            }
        } else if (check instanceof TagRule tagRule) {
            for (Tag tag : document.tags().values()) {
                guard(rule, tag.node(), element(documentSubjects, tag), () -> tagRule.check(tag, context));
            }
        } else if (check instanceof PathItemRule pathItemRule) {
            for (PathItem item : document.pathItems()) {
                if (rule.descriptor().isCore() || item.operations().stream().anyMatch(context::inScope)) {
                    guard(rule, item.node(), element(documentSubjects, item),
                            () -> pathItemRule.check(item, context));
                }
            }
        }
    }

    /** Runs schema rules over every schema, schema by schema. */
    private void runOnSchemas(List<ActiveRule> task) {
        int count = task.size();
        CheckContext[] contexts = new CheckContext[count];
        SchemaRule[] checks = new SchemaRule[count];
        for (int k = 0; k < count; k++) {
            contexts[k] = context(task.get(k));
            checks[k] = (SchemaRule) task.get(k).rule();
        }
        for (Schema schema : document.schemas()) {
            List<TreeNode> schemaSubjects = subjects(documentSubjects, (TreeNode) schema.node());
            for (int k = 0; k < count; k++) {
                SchemaRule check = checks[k];
                CheckContext context = contexts[k];
                // As guard(…), without a lambda for each schema and rule: a big spec has tens of thousands of schemas.
                out.subjects(schemaSubjects);
                try {
                    check.check(schema, context);
                } catch (RuntimeException | StackOverflowError e) {
                    failed(task.get(k), schema.node(), e);
                } finally {
                    out.subjects(null);
                }
            }
        }
    }

    /**
     * Runs operation-kind rules on each operation in their scope, in written order, operation by operation. When
     * the document uses none of what a rule asks for, one finding on the document says so, with the count,
     * instead of the same sentence on every operation. An operation with its own suppression of the rule is still
     * checked on its own, so that the entry silences what it was written for.
     */
    private void runOnOperations(List<ActiveRule> task) {
        List<Operation> operations = document.operations();
        List<Set<String>> goalsOfOperations = operationGoals();
        List<List<TreeNode>> subjects = out.tracksSubjects() ? operationSubjects() : null;
        int count = task.size();
        CheckContext[] contexts = new CheckContext[count];
        List<List<Operation>> sums = new ArrayList<>(count);
        List<Set<Example>> judged = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            ActiveRule rule = task.get(k);
            contexts[k] = context(rule);
            boolean summed = rule.descriptor().vocabulary() != null
                    && !vocabularyInUse().inUse(rule.descriptor().vocabulary());
            sums.add(summed ? new ArrayList<>() : null);
            judged.add(rule.rule() instanceof ExampleRule ? new HashSet<>() : null);
        }
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            Set<String> goalsOfOperation = goalsOfOperations.get(i);
            List<TreeNode> operationSubjects = subjects == null ? null : subjects.get(i);
            for (int k = 0; k < count; k++) {
                if (!contexts[k].inScopeOf(goalsOfOperation)) {
                    continue;
                }
                ActiveRule rule = task.get(k);
                List<Operation> sum = sums.get(k);
                if (sum != null && (operationSubjects == null || !Suppressions.namedApartFromRoot(workspace,
                        operationSubjects, rule.id(), catalog))) {
                    sum.add(operation);
                } else {
                    runOn(rule, contexts[k], operation, i, operationSubjects, judged.get(k));
                }
            }
        }
        List<Integer> exampleRules = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            ActiveRule rule = task.get(k);
            CheckContext context = contexts[k];
            List<Operation> sum = sums.get(k);
            if (sum != null) {
                guard(rule, document.root(), documentSubjects,
                        () -> MissingVocabulary.report(rule, context, sum, document, catalog));
            }
            if (rule.rule() instanceof ExampleRule && CheckContext.applies(rule.descriptor(), goals.carried(),
                    catalog)) {
                exampleRules.add(k);
            }
        }
        if (!exampleRules.isEmpty()) {
            runOnSchemaExamples(task, contexts, judged, exampleRules);
        }
    }

    /**
     * The examples of schemas, schema by schema, for the example rules (numbers {@code which} in {@code task})
     * when the document carries their goal; each example is judged once per rule.
     */
    private void runOnSchemaExamples(List<ActiveRule> task, CheckContext[] contexts, List<Set<Example>> judged,
            List<Integer> which) {
        List<Schema> schemas = document.schemas();
        for (int i = 0; i < schemas.size(); i++) {
            Schema schema = schemas.get(i);
            List<Example> examples = examples().ofSchema(i, schema);
            if (examples.isEmpty()) {
                continue;
            }
            List<TreeNode> schemaSubjects = subjects(documentSubjects, (TreeNode) schema.node());
            for (int k : which) {
                ActiveRule rule = task.get(k);
                ExampleRule check = (ExampleRule) rule.rule();
                CheckContext context = contexts[k];
                for (Example example : examples) {
                    if (judged.get(k).add(example)) {
                        guard(rule, example.node(), within(schemaSubjects, example),
                                () -> check.check(example, context));
                    }
                }
            }
        }
    }

    private void runOn(ActiveRule rule, CheckContext context, Operation operation, int index, List<TreeNode> subjects,
            Set<Example> judged) {
        Object check = rule.rule();
        if (check instanceof OperationRule operationRule) {
            guard(rule, operation.node(), subjects, () -> {
                if (operationRule.appliesTo(operation)) {
                    operationRule.check(operation, context);
                }
            });
        } else if (check instanceof ParameterRule parameterRule) {
            for (Parameter parameter : operation.parameters()) {
                guard(rule, parameter.node(), within(subjects, parameter),
                        () -> parameterRule.check(parameter, operation, context));
            }
        } else if (check instanceof ResponseRule responseRule) {
            for (Response response : operation.responses()) {
                guard(rule, response.node(), within(subjects, response), () -> {
                    if (responseRule.appliesTo(response, operation)) {
                        responseRule.check(response, operation, context);
                    }
                });
            }
        } else if (check instanceof MediaTypeRule mediaTypeRule) {
            for (MediaType mediaType : operation.mediaTypes()) {
                guard(rule, mediaType.node(), within(subjects, mediaType),
                        () -> mediaTypeRule.check(mediaType, operation, context));
            }
        } else if (check instanceof ExampleRule exampleRule) {
            for (Example example : examples().ofOperation(index, operation)) {
                if (judged.add(example)) {
                    guard(rule, example.node(), within(subjects, example), () -> exampleRule.check(example, context));
                }
            }
        }
    }

    /**
     * An operation's examples, in written order: the request body's media types, the parameters (and their
     * content), then each response's media types and headers (and their content).
     */
    private static List<Example> examplesOf(Operation operation) {
        List<Example> examples = new ArrayList<>();
        RequestBody body = operation.requestBody();
        if (body != null) {
            body.mediaTypes().forEach(media -> examples.addAll(media.examples()));
        }
        for (Parameter parameter : operation.parameters()) {
            examples.addAll(parameter.examples());
            parameter.mediaTypes().forEach(media -> examples.addAll(media.examples()));
        }
        for (Response response : operation.responses()) {
            response.mediaTypes().forEach(media -> examples.addAll(media.examples()));
            for (Header header : response.headers().values()) {
                examples.addAll(header.examples());
                header.mediaTypes().forEach(media -> examples.addAll(media.examples()));
            }
        }
        return examples;
    }

    /** What each operation's checks are about, in operation order; computed once and shared by every rule. */
    private List<List<TreeNode>> operationSubjects() {
        if (operationSubjects == null) {
            List<List<TreeNode>> all = new ArrayList<>();
            for (Operation operation : document.operations()) {
                PathItem item = operation.pathItem();
                all.add(subjects(documentSubjects, (TreeNode) item.declaration(), (TreeNode) item.node(),
                        (TreeNode) operation.declaration(), (TreeNode) operation.node()));
            }
            operationSubjects = List.copyOf(all);
        }
        return operationSubjects;
    }

    private List<Set<String>> operationGoals() {
        if (operationGoals == null) {
            List<Set<String>> all = new ArrayList<>();
            for (Operation operation : document.operations()) {
                all.add(goals.goalsOf(operation));
            }
            operationGoals = List.copyOf(all);
        }
        return operationGoals;
    }

    private SharedExamples examples() {
        if (examples == null) {
            examples = new SharedExamples(document);
        }
        return examples;
    }

    /**
     * Each operation's and each schema's examples, gathered on first use and shared by the example rules, which may
     * run side by side: each rule would otherwise walk every media type, parameter and header again.
     */
    private static final class SharedExamples {
        private final AtomicReferenceArray<List<Example>> ofOperations;
        private final AtomicReferenceArray<List<Example>> ofSchemas;

        SharedExamples(IndexedDocument document) {
            ofOperations = new AtomicReferenceArray<>(document.operations().size());
            ofSchemas = new AtomicReferenceArray<>(document.schemas().size());
        }

        /** The examples of operation {@code index} (of the document's operations). */
        List<Example> ofOperation(int index, Operation operation) {
            List<Example> known = ofOperations.get(index);
            if (known == null) {
                known = List.copyOf(examplesOf(operation));
                ofOperations.set(index, known); // two rules may both gather them: the same list either way
            }
            return known;
        }

        /** The examples of schema {@code index} (of the document's schemas). */
        List<Example> ofSchema(int index, Schema schema) {
            List<Example> known = ofSchemas.get(index);
            if (known == null) {
                known = List.copyOf(schema.examples());
                ofSchemas.set(index, known);
            }
            return known;
        }
    }

    private VocabularyInUse vocabularyInUse() {
        if (vocabularyInUse == null) {
            vocabularyInUse = new VocabularyInUse(document);
        }
        return vocabularyInUse;
    }

    /** A rule's context for this dispatch; each rule belongs to one task, which asks once. */
    private CheckContext context(ActiveRule rule) {
        return new CheckContext(rule, out, document, goals, catalog, optionNames);
    }

    /** The subjects of a check: {@code outer}, then {@code nodes}; null when the collector does not track them. */
    private List<TreeNode> subjects(List<TreeNode> outer, TreeNode... nodes) {
        if (!out.tracksSubjects()) {
            return null;
        }
        List<TreeNode> chain = new ArrayList<>(outer);
        for (TreeNode node : nodes) {
            if (node != null) {
                chain.add(node);
            }
        }
        return List.copyOf(chain);
    }

    /** The document's subjects plus an element, as declared and as resolved. */
    private List<TreeNode> element(List<TreeNode> outer, SpecElement element) {
        return subjects(outer, (TreeNode) element.declaration(), (TreeNode) element.node());
    }

    /** An operation's subjects plus one element of it, as declared and as resolved; null when not tracked. */
    private static List<TreeNode> within(List<TreeNode> operationSubjects, SpecElement element) {
        if (operationSubjects == null) {
            return null;
        }
        List<TreeNode> chain = new ArrayList<>(operationSubjects);
        chain.add((TreeNode) element.declaration());
        if (element.node() != element.declaration()) {
            chain.add((TreeNode) element.node());
        }
        return chain;
    }

    private void guard(ActiveRule rule, dev.goalpost.api.model.SpecNode at, List<TreeNode> subjects, Runnable check) {
        out.subjects(subjects);
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            failed(rule, at, e);
        } finally {
            out.subjects(null);
        }
    }

    /** Reports a rule that threw, at the node it was checking, so that one broken rule costs one finding. */
    private void failed(ActiveRule rule, dev.goalpost.api.model.SpecNode at, Throwable e) {
        TreeNode node = (TreeNode) at;
        String file = node != null ? node.file().displayName()
                : workspace.root() != null ? workspace.root().displayName() : "";
        out.add(ruleFailed, Severity.ERROR, file, node == null ? null : node.position(),
                node == null ? "" : node.pointer(), "the rule " + rule.id() + " failed here ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "); this is a bug in the rule, please report it with this spec");
    }
}
