package dev.goalpost.engine;

import dev.goalpost.api.Severity;
import dev.goalpost.goal.GoalAssignment;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.goal.GoalResolver;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.LoadProblem;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.IndexedDocument;
import dev.goalpost.model.TreeNode;
import dev.goalpost.openapi.StructureCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints specs: load, index, resolve goals, run the configured rules, collect findings, apply the spec's inline
 * suppressions and fingerprint each finding (for baselines). Thread-safe; the CLI and the Maven plugin are thin
 * shells over it.
 */
public final class Linter {

    public static final String RULE_FAILED = "core/rule-failed";

    private final ConfiguredRules rules;
    private final SpecLoader loader;
    private final Path baseDirectory;
    private final GoalCatalog catalog;
    private final GoalResolver resolver;
    private final Set<String> defaultGoals;
    private final RuleDescriptor ruleFailed;
    private final Clock clock;
    private final LoadOptions loadOptions;
    private final boolean fingerprints;
    private final OptionNames optionNames;

    /**
     * @param baseDirectory findings name files relative to it (the working directory, or the project root)
     * @throws ConfigurationException when a default goal is unknown
     */
    public Linter(ConfiguredRules rules, LoadOptions loadOptions, Path baseDirectory) {
        this(rules, loadOptions, baseDirectory, DefaultZoneClock.INSTANCE);
    }

    /**
     * @param clock tells today's date, after which suppressions with an {@code until} date lapse
     * @throws ConfigurationException when a default goal is unknown
     */
    public Linter(ConfiguredRules rules, LoadOptions loadOptions, Path baseDirectory, Clock clock) {
        this(rules, loadOptions, baseDirectory, clock, false, OptionNames.CLI);
    }

    private Linter(ConfiguredRules rules, LoadOptions loadOptions, Path baseDirectory, Clock clock,
            boolean fingerprints, OptionNames optionNames) {
        this.optionNames = optionNames;
        this.clock = clock;
        this.loadOptions = loadOptions;
        this.fingerprints = fingerprints;
        this.rules = rules;
        this.loader = new SpecLoader(loadOptions);
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.catalog = rules.configuration().goals();
        this.resolver = new GoalResolver(catalog);
        this.defaultGoals = catalog.expand(rules.configuration().defaultGoals());
        for (String goal : defaultGoals) {
            if (!catalog.goals().contains(goal)) {
                throw new ConfigurationException("unknown default goal `" + goal + "`"
                        + dev.goalpost.text.DidYouMean.hint(goal, catalog.acceptedNames()) + "; use one of "
                        + String.join(", ", catalog.goals()) + " or all");
            }
        }
        RuleDescriptor failed = rules.registry().get(RULE_FAILED);
        this.ruleFailed = failed != null ? failed : new RuleDescriptor(RULE_FAILED, RuleDescriptor.CORE,
                Severity.ERROR, "A rule failed while checking the spec.", RuleDescriptor.DOCS_BASE + RULE_FAILED + ".md",
                RuleKind.ENGINE, List.of(), null);
    }

    /**
     * This linter, also giving every finding the fingerprint of its node. Only baselines need fingerprints, and
     * hashing the node of each of a big spec's hundred thousand findings is not free, so plain runs skip it.
     */
    public Linter fingerprinting() {
        return fingerprints ? this : new Linter(rules, loadOptions, baseDirectory, clock, true, optionNames);
    }

    /** This linter, naming options in messages as the shell running it spells them (the CLI's by default). */
    public Linter withOptionNames(OptionNames names) {
        return new Linter(rules, loadOptions, baseDirectory, clock, fingerprints, names);
    }

    /** A linter with the built-in rules, default configuration and loading options. */
    public static Linter withDefaults(Path baseDirectory) {
        return new Linter(new ConfiguredRules(RuleRegistry.builtIn(), LintConfiguration.defaults()),
                LoadOptions.defaults(), baseDirectory);
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    /**
     * Lints what discovery found. A discovered document that another linted spec reaches through {@code $ref}
     * is a fragment of that spec, not a spec of its own, and gets no report.
     */
    public LintReport lint(SpecDiscovery.Found found, int threads) {
        LintReport report = lint(found.all(), threads);
        Set<String> fragments = new java.util.HashSet<>();
        for (SpecReport spec : report.specs()) {
            spec.sources().stream().skip(1).forEach(source -> fragments.add(source.file()));
        }
        Set<String> discovered = new java.util.HashSet<>();
        FindingCollector names = new FindingCollector(baseDirectory);
        for (Path path : found.discovered()) {
            discovered.add(names.relative(path.toAbsolutePath().normalize().toString()));
        }
        List<SpecReport> kept = report.specs().stream()
                .filter(spec -> !(discovered.contains(spec.file()) && fragments.contains(spec.file())))
                .toList();
        return kept.size() == report.specs().size() ? report
                : new LintReport(report.toolVersion(), kept, report.rules());
    }

    /** Lints specs, {@code threads} at a time; reports come back in the order of {@code specs}. */
    public LintReport lint(List<Path> specs, int threads) {
        List<SpecReport> reports = new ArrayList<>();
        if (threads <= 1 || specs.size() <= 1) {
            for (Path spec : specs) {
                reports.add(lint(spec));
            }
            return report(reports);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, specs.size()), runnable -> {
            Thread thread = new Thread(runnable, "goalpost-lint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SpecReport>> futures = new ArrayList<>();
            for (Path spec : specs) {
                futures.add(pool.submit(() -> lint(spec)));
            }
            for (Future<SpecReport> future : futures) {
                reports.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("linting was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("linting failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return report(reports);
    }

    private LintReport report(List<SpecReport> reports) {
        List<RuleDescriptor> descriptors = new ArrayList<>();
        for (ActiveRule rule : rules.base()) {
            descriptors.add(rule.descriptor());
        }
        boolean failedReported = reports.stream().flatMap(r -> r.findings().stream())
                .anyMatch(f -> f.rule().equals(RULE_FAILED));
        if (failedReported && rules.registry().get(RULE_FAILED) == null) {
            descriptors.add(ruleFailed);
        }
        return new LintReport(ToolInfo.version(), reports, descriptors);
    }

    /** Lints one spec. Never throws for bad input: what cannot be read becomes a finding. */
    public SpecReport lint(Path spec) {
        long start = System.nanoTime();
        Workspace workspace = loader.load(spec);
        long loaded = System.nanoTime();
        boolean suppressions = Suppressions.present(workspace);
        FindingCollector out = new FindingCollector(baseDirectory, suppressions);
        Path absolute = spec.toAbsolutePath().normalize();
        String rootName = out.relative(absolute.toString());
        List<ActiveRule> active = rules.forFile(overrideName(absolute, rootName));

        reportLoadProblems(workspace, active, out);
        IndexedDocument document = null;
        GoalAssignment goals = null;
        if (isOpenApiDocument(workspace)) {
            try {
                ActiveRule structureRule = active.stream().filter(rule -> rule.id().equals(SPEC_STRUCTURE))
                        .findFirst().orElse(null);
                List<StructureCheck> structure = new ArrayList<>(1);
                document = IndexedDocument.of(workspace, grammar -> {
                    if (structureRule == null) {
                        return List.of();
                    }
                    structure.add(new StructureCheck(grammar));
                    return List.copyOf(structure);
                });
                if (structureRule != null) {
                    reportStructure(workspace, structureRule, structure.get(0), out);
                }
                goals = resolver.resolve(document, defaultGoals);
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in indexing must not cost the other specs their reports.
                out.add(ruleFailed, Severity.ERROR, workspace.root().displayName(), null, "",
                        "Goalpost failed while indexing this spec (" + e + "); this is a bug, please report it");
                document = null;
                goals = null;
            }
        }
        long indexed = System.nanoTime();
        Set<String> ran = new RuleDispatch(active, out, workspace, document, goals, catalog, ruleFailed,
                optionNames).run();
        active.stream().filter(rule -> LOAD_PROBLEM_RULES.containsValue(rule.id())).forEach(rule -> ran.add(rule.id()));
        if (document != null) {
            active.stream().filter(rule -> rule.id().equals(SPEC_STRUCTURE)).forEach(rule -> ran.add(rule.id()));
        }
        Suppressions suppression = new Suppressions(workspace, out, rules.registry(), catalog, clock, active);
        ran.addAll(suppressions ? suppression.apply() : suppression.ranWithoutEntries());
        List<Finding> findings = fingerprints ? Fingerprints.add(out.sorted(), workspace, out) : out.sorted();
        long checked = System.nanoTime();

        List<SpecReport.Source> sources = new ArrayList<>();
        for (SourceFile file : workspace.files()) {
            sources.add(new SpecReport.Source(out.relative(file.displayName()), file.path()));
        }
        return new SpecReport(rootName, document == null ? null : document.versionText(),
                goals == null ? List.of() : List.copyOf(goals.carried()), findings, List.copyOf(new TreeSet<>(ran)),
                sources, new SpecReport.Timings(loaded - start, indexed - loaded, checked - indexed));
    }

    /** The core rule that reports what the structure check found while the document was indexed. */
    static final String SPEC_STRUCTURE = "core/spec-structure";

    private static void reportStructure(Workspace workspace, ActiveRule rule, StructureCheck check,
            FindingCollector out) {
        List<StructureCheck.Problem> problems = check.problems();
        if (problems.isEmpty()) {
            return;
        }
        // As for load problems, a suppression on the root document covers them.
        out.subjects(out.tracksSubjects() ? List.of(TreeNode.root(workspace, workspace.root())) : null);
        for (StructureCheck.Problem problem : problems) {
            TreeNode at = problem.at();
            out.add(rule.descriptor(), rule.severity(), at.file().displayName(), at.position(), at.pointer(),
                    problem.message());
        }
        out.subjects(null);
    }

    /** The core rules that report what loading found, by the kind of problem each owns. */
    private static final java.util.Map<LoadProblem.Kind, String> LOAD_PROBLEM_RULES = java.util.Map.of(
            LoadProblem.Kind.SPEC_INVALID, "core/spec-valid",
            LoadProblem.Kind.REF_UNRESOLVED, "core/ref-unresolved",
            LoadProblem.Kind.REF_REFUSED, "core/ref-refused");

    /** Reports each load problem under the core rule that owns its kind, when that rule is on. */
    private static void reportLoadProblems(Workspace workspace, List<ActiveRule> active, FindingCollector out) {
        if (workspace.problems().isEmpty()) {
            return;
        }
        // A suppression on the root document covers them, as it covers everything checked in the spec.
        out.subjects(out.tracksSubjects() && workspace.root() != null
                ? List.of(TreeNode.root(workspace, workspace.root())) : null);
        for (ActiveRule rule : active) {
            for (LoadProblem problem : workspace.problems()) {
                if (rule.id().equals(LOAD_PROBLEM_RULES.get(problem.kind()))) {
                    out.add(rule.descriptor(), rule.severity(), problem.file(), problem.position(), problem.pointer(),
                            problem.message());
                }
            }
        }
        out.subjects(null);
    }

    /** The root document's name as override patterns see it: relative to the configuration file's folder. */
    private String overrideName(Path absolute, String rootName) {
        Path directory = rules.configuration().configDirectory();
        if (directory == null) {
            return rootName;
        }
        Path base = directory.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    private static boolean isOpenApiDocument(Workspace workspace) {
        SourceFile root = workspace.root();
        return root != null && root.root().isObject()
                && (root.root().has("openapi") || root.root().has("swagger"));
    }
}
