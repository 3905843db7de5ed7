package dev.goalpost.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.RuleSetting;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.load.DataFile;
import dev.goalpost.load.Position;
import dev.goalpost.load.SourceFile;
import dev.goalpost.load.SpecPatterns;
import dev.goalpost.model.TreeNode;
import dev.goalpost.text.DidYouMean;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code goalpost.yaml}, the configuration file of a project:
 *
 * <pre>
 * defaultGoals: [reach]                 # for specs that declare none
 * rules:
 *   reach/conditional-get: off          # off | info | warning | error
 *   reach/page-size-bounded:
 *     severity: error
 *     options: {maxPageSize: 200}
 * goals:                                # custom goals composed of existing rules
 *   partner-api:
 *     extends: [reach]
 *     rules: [integration/idempotency-key]
 * overrides:                            # per-file changes, Ant-style patterns
 *   - files: ["legacy/**"]
 *     rules: {reach/list-paginated: warning}
 * </pre>
 *
 * Nothing in it is ignored: every unknown key, rule, goal, severity, option or value and every malformed pattern
 * is a problem naming the file, line and column and the valid choices; all problems are reported at once.
 */
public final class ConfigFile {

    /** The name looked for in the project folder (plugin) or the working directory (CLI). */
    public static final String FILE_NAME = "goalpost.yaml";

    static final List<String> TOP_LEVEL = List.of("defaultGoals", "rules", "goals", "overrides", "pagination",
            "rulesets");
    /** The pagination vocabulary: each key sets the option of that name on every rule that has one. */
    static final List<String> PAGINATION_KEYS = List.of("pageSizeNames", "positionNames");
    static final List<String> RULE_KEYS = List.of("severity", "options");
    static final List<String> GOAL_KEYS = List.of("extends", "rules");
    static final List<String> OVERRIDE_KEYS = List.of("files", "rules");
    static final List<String> SEVERITIES = List.of("off", "info", "warning", "error");

    private static final Pattern GOAL_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String displayName;
    private final RuleRegistry registry;
    private final List<Problem> problems = new ArrayList<>();

    private ConfigFile(String displayName, RuleRegistry registry) {
        this.displayName = displayName;
        this.registry = registry;
    }

    private record Problem(Position position, String message) {}

    /**
     * The configuration {@code file} holds, checked against the rules in {@code registry}.
     *
     * @param displayName how messages name the file ({@code goalpost.yaml}, {@code api/goalpost.yaml})
     * @throws ConfigFileException listing every problem, one line each
     */
    public static LintConfiguration read(Path file, String displayName, RuleRegistry registry) {
        return read(file, null, displayName, directoryOf(file), registry);
    }

    /**
     * The configuration a resource holds (a {@code goalpost.yaml} shared in a jar), checked against the rules in
     * {@code registry}; its override patterns are relative to {@code directory}.
     *
     * @throws ConfigFileException listing every problem, one line each
     */
    public static LintConfiguration read(java.net.URL resource, String displayName, Path directory,
            RuleRegistry registry) {
        return read(null, resource, displayName, directory, registry);
    }

    private static LintConfiguration read(Path file, java.net.URL resource, String displayName, Path directory,
            RuleRegistry registry) {
        SourceFile source;
        try {
            source = file != null ? DataFile.read(file) : DataFile.read(resource);
        } catch (NoSuchFileException e) {
            throw new ConfigFileException(List.of(displayName + ": no such file; write a " + FILE_NAME
                    + " there or name an existing one"));
        } catch (IOException e) {
            throw new ConfigFileException(List.of(displayName + ": cannot be read (" + e.getMessage() + ")"));
        } catch (DataFile.UnreadableException e) {
            if (e.empty()) {
                return LintConfiguration.defaults().withConfigDirectory(directory);
            }
            Position at = e.position() == null ? Position.START : e.position();
            throw new ConfigFileException(List.of(displayName + ":" + at + ": " + e.getMessage()));
        }
        ConfigFile reader = new ConfigFile(displayName, registry);
        LintConfiguration configuration = reader.read(TreeNode.root(DataFile.workspace(source), source),
                directory);
        if (!reader.problems.isEmpty()) {
            throw new ConfigFileException(reader.problems.stream()
                    .sorted(Comparator.comparingInt((Problem p) -> p.position().line())
                            .thenComparingInt(p -> p.position().column()))
                    .map(p -> displayName + ":" + p.position() + ": " + p.message())
                    .distinct()
                    .toList());
        }
        return configuration;
    }

    private static Path directoryOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private LintConfiguration read(TreeNode root, Path directory) {
        if (!root.isObject()) {
            problem(root.valuePosition(), "the configuration is " + describe(root.value()) + "; write a mapping with "
                    + "any of " + String.join(", ", TOP_LEVEL));
            return LintConfiguration.defaults();
        }
        unknownKeys(root, TOP_LEVEL, "the configuration file");
        rulesets(root.get("rulesets"), directory, true);
        GoalCatalog catalog = goals(root.get("goals"));
        List<String> defaultGoals = defaultGoals(root.get("defaultGoals"), catalog);
        Map<String, RuleSetting> rules = pagination(root.get("pagination"));
        if (root.has("rules")) {
            rules(root.get("rules")).forEach((id, setting) -> rules.merge(id, setting, RuleSetting::overriddenBy));
        }
        List<LintConfiguration.FileOverride> overrides = overrides(root.get("overrides"));
        return new LintConfiguration(defaultGoals, rules, catalog, overrides, directory);
    }

    // ---- rulesets ---------------------------------------------------------------------------------------

    /**
     * The Spectral rulesets a configuration file lists under {@code rulesets:}, relative to its folder; empty when
     * it lists none or cannot be read ({@link #read} reports why).
     */
    public static List<Path> rulesetFiles(Path file) {
        try {
            SourceFile source = DataFile.read(file);
            TreeNode root = TreeNode.root(DataFile.workspace(source), source);
            return new ConfigFile(file.toString(), null).rulesets(root.get("rulesets"), directoryOf(file), false);
        } catch (IOException | DataFile.UnreadableException e) {
            return List.of();
        }
    }

    private List<Path> rulesets(TreeNode node, Path directory, boolean check) {
        List<Path> files = new ArrayList<>();
        if (node == null) {
            return files;
        }
        for (TreeNode item : node.isArray() ? node.elements() : List.of(node)) {
            if (item.text() == null || item.text().isBlank()) {
                problem(item.valuePosition(), "`rulesets` lists Spectral ruleset files (such as .spectral.yaml), "
                        + "relative to this file");
                continue;
            }
            Path ruleset = directory.resolve(item.text()).normalize();
            if (check && !java.nio.file.Files.isRegularFile(ruleset)) {
                problem(item.valuePosition(), "the ruleset " + item.text() + " does not exist (looked for " + ruleset
                        + ")");
                continue;
            }
            files.add(ruleset);
        }
        return files;
    }

    // ---- rules ------------------------------------------------------------------------------------------

    private Map<String, RuleSetting> rules(TreeNode rules) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        if (!rules.isObject()) {
            problem(rules.valuePosition(), "`rules` is " + describe(rules.value()) + "; write a mapping from rule id "
                    + "to a severity (" + String.join(", ", SEVERITIES) + ") or to {severity, options}");
            return settings;
        }
        rules.members().forEach((id, value) -> {
            RuleDescriptor descriptor = rule(value, id);
            if (descriptor != null) {
                RuleSetting setting = setting(descriptor, value);
                if (setting != null) {
                    settings.put(id, setting);
                }
            }
        });
        return settings;
    }

    /** The rule a key names, or null after reporting that it names none. */
    private RuleDescriptor rule(TreeNode at, String id) {
        RuleDescriptor descriptor = registry.get(id);
        if (descriptor == null) {
            problem(at.position(), unknownRule(id));
        }
        return descriptor;
    }

    private String unknownRule(String id) {
        return "unknown rule `" + id + "`" + DidYouMean.hint(id, registry.ids())
                + "; `goalpost rules` lists every rule (a custom rule needs its jar: --rules-jar, or a plugin "
                + "dependency)";
    }

    private RuleSetting setting(RuleDescriptor rule, TreeNode value) {
        if (value.isObject()) {
            boolean misspelt = unknownKeys(value, RULE_KEYS, "the settings of " + rule.id());
            RuleSetting severity = value.has("severity") ? severity(rule, value.get("severity"))
                    : new RuleSetting(true, null, Map.of());
            Map<String, JsonNode> options = options(rule, value.get("options"));
            if (!value.has("severity") && !value.has("options") && !misspelt) {
                problem(value.valuePosition(), "the settings of " + rule.id() + " are empty; give `severity` ("
                        + String.join(", ", SEVERITIES) + ") or `options`");
            }
            return severity == null ? null : new RuleSetting(severity.enabled(), severity.severity(), options);
        }
        return severity(rule, value);
    }

    /** A severity: {@code off} (or YAML's {@code false}, which is how {@code off} reads), info, warning, error. */
    private RuleSetting severity(RuleDescriptor rule, TreeNode value) {
        JsonNode raw = value.value();
        if (raw.isBoolean() && !raw.booleanValue()) {
            return RuleSetting.off();
        }
        String text = raw.isTextual() ? raw.textValue().strip() : null;
        if (text != null && text.equalsIgnoreCase("off")) {
            return RuleSetting.off();
        }
        Severity severity = Severity.parse(text);
        if (severity != null) {
            return RuleSetting.severity(severity);
        }
        String shown = text != null ? "`" + text + "`" : raw.isBoolean() ? "`on`" : describe(raw);
        problem(value.valuePosition(), shown + " is not a severity for " + rule.id()
                + (text != null ? DidYouMean.hint(text, SEVERITIES) : "") + "; write one of "
                + String.join(", ", SEVERITIES) + " (the rule's default is " + rule.defaultSeverity().label() + ")");
        return null;
    }

    private Map<String, JsonNode> options(RuleDescriptor rule, TreeNode options) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (options == null) {
            return values;
        }
        if (!options.isObject()) {
            problem(options.valuePosition(), "the options of " + rule.id() + " are " + describe(options.value())
                    + "; write a mapping from option name to value");
            return values;
        }
        options.members().forEach((name, value) -> {
            String problem = registry.checkOption(rule, name, value.value());
            if (problem == null) {
                values.put(name, value.value());
            } else {
                problem(rule.option(name) == null ? value.position() : value.valuePosition(), problem);
            }
        });
        return values;
    }

    // ---- pagination -------------------------------------------------------------------------------------

    /**
     * The pagination vocabulary, as option settings of every rule that takes {@code pageSizeNames} or
     * {@code positionNames} (built-in or custom): set once, it is the same for all of them. A rule's own options
     * in {@code rules} are written over it.
     */
    private Map<String, RuleSetting> pagination(TreeNode pagination) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        if (pagination == null) {
            return settings;
        }
        if (!pagination.isObject()) {
            problem(pagination.valuePosition(), "`pagination` is " + describe(pagination.value()) + "; write a "
                    + "mapping with " + String.join(" and ", PAGINATION_KEYS) + ", each a list of parameter names");
            return settings;
        }
        unknownKeys(pagination, PAGINATION_KEYS, "`pagination`");
        Map<String, JsonNode> vocabulary = new LinkedHashMap<>();
        for (String key : PAGINATION_KEYS) {
            TreeNode names = pagination.get(key);
            if (names == null) {
                continue;
            }
            int problemsBefore = problems.size();
            List<TreeNode> listed = strings(names, "`pagination." + key + "`", "parameter names");
            if (problems.size() == problemsBefore && !listed.isEmpty()) {
                vocabulary.put(key, names.isArray() ? names.value()
                        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                                .add(names.text()));
            }
        }
        for (String id : registry.ids()) {
            RuleDescriptor rule = registry.get(id);
            Map<String, JsonNode> options = new LinkedHashMap<>();
            vocabulary.forEach((name, value) -> {
                if (rule.option(name) != null) {
                    options.put(name, value);
                }
            });
            if (!options.isEmpty()) {
                settings.put(id, RuleSetting.options(options));
            }
        }
        return settings;
    }

    // ---- goals ------------------------------------------------------------------------------------------

    private GoalCatalog goals(TreeNode goals) {
        if (goals == null) {
            return GoalCatalog.builtIn();
        }
        if (!goals.isObject()) {
            problem(goals.valuePosition(), "`goals` is " + describe(goals.value()) + "; write a mapping from goal "
                    + "name to {extends, rules}");
            return GoalCatalog.builtIn();
        }
        if (goals.value().size() > GoalCatalog.MAX_CUSTOM_GOALS) {
            problem(goals.valuePosition(), "`goals` defines " + goals.value().size() + " goals, more than the "
                    + GoalCatalog.MAX_CUSTOM_GOALS + " Goalpost reads; compose fewer goals");
            return GoalCatalog.builtIn();
        }
        Map<String, TreeNode> definitions = new LinkedHashMap<>();
        goals.members().forEach((name, definition) -> {
            if (goalName(definition, name)) {
                definitions.put(name, definition);
            }
        });
        List<String> names = new ArrayList<>(GoalCatalog.BUILT_IN);
        names.addAll(GoalCatalog.ALIASES.keySet().stream().sorted().toList());
        names.addAll(definitions.keySet());
        List<GoalCatalog.CustomGoal> custom = new ArrayList<>();
        Map<String, List<TreeNode>> extendsNodes = new LinkedHashMap<>();
        definitions.forEach((name, definition) -> {
            List<String> parents = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            List<TreeNode> parentNodes = new ArrayList<>();
            boolean misspelt = false;
            if (definition.isObject()) {
                misspelt = unknownKeys(definition, GOAL_KEYS, "the goal " + name);
                for (TreeNode parent : strings(definition.get("extends"), "`extends` of " + name, "goal names")) {
                    String canonical = canonicalGoal(parent.text(), definitions.keySet());
                    if (canonical == null) {
                        problem(parent.valuePosition(), "`" + parent.text() + "` is not a goal"
                                + DidYouMean.hint(parent.text(), names) + "; " + name + " can extend "
                                + String.join(", ", GoalCatalog.BUILT_IN)
                                + (definitions.size() > 1 ? " or another goal of this file" : ""));
                    } else {
                        parents.add(canonical);
                        parentNodes.add(parent);
                    }
                }
                for (TreeNode rule : strings(definition.get("rules"), "`rules` of " + name, "rule ids")) {
                    if (registry.get(rule.text()) == null) {
                        problem(rule.valuePosition(), unknownRule(rule.text()));
                    } else {
                        rules.add(rule.text());
                    }
                }
            } else if (!isEmpty(definition.value())) {
                problem(definition.valuePosition(), "the goal " + name + " is " + describe(definition.value())
                        + "; write {extends: [goals…], rules: [rule ids…]}");
            }
            boolean ownsRules = registry.ids().stream().anyMatch(id -> id.startsWith(name + "/"));
            if (parents.isEmpty() && rules.isEmpty() && !ownsRules && !misspelt && (!definition.isObject()
                    || !definition.has("extends") && !definition.has("rules"))) {
                problem(definition.position(), "the goal " + name + " includes no rule; give it `extends` (goals "
                        + "whose rules it applies) or `rules` (rule ids)");
            }
            custom.add(new GoalCatalog.CustomGoal(name, parents, rules));
            extendsNodes.put(name, parentNodes);
        });
        cycles(custom, extendsNodes);
        return GoalCatalog.withCustomGoals(custom);
    }

    /** Whether a custom goal's name is usable; reports why not. */
    private boolean goalName(TreeNode at, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String builtIn = GoalCatalog.BUILT_IN.contains(lower) ? lower : GoalCatalog.ALIASES.get(lower);
        if (builtIn != null) {
            problem(at.position(), "`" + name + "` is " + (builtIn.equals(lower) ? "a built-in goal"
                    : "an alias of the built-in goal " + builtIn) + "; give the custom goal another name (it may "
                    + "`extends: [" + builtIn + "]`)");
            return false;
        }
        if (lower.equals(GoalCatalog.ALL) || lower.equals(RuleDescriptor.CORE)) {
            problem(at.position(), "`" + name + "` is reserved (" + (lower.equals(GoalCatalog.ALL)
                    ? "`all` stands for every built-in goal" : "`core` rules run on every spec")
                    + "); give the custom goal another name");
            return false;
        }
        if (!GOAL_NAME.matcher(name).matches()) {
            problem(at.position(), "`" + name + "` is not a goal name; write lower-case words joined by `-`, such "
                    + "as partner-api");
            return false;
        }
        return true;
    }

    private static String canonicalGoal(String name, Set<String> custom) {
        String canonical = GoalCatalog.builtIn().canonical(name);
        if (canonical != null) {
            return canonical;
        }
        return custom.contains(name) ? name : null;
    }

    /**
     * Reports each loop of custom goals extending each other once, at the {@code extends} entry that closes it. A
     * depth-first search with an explicit stack, in declaration order: every {@code extends} entry is followed once,
     * so a 3,000-goal loop costs 3,000 steps and cannot overflow the Java stack.
     */
    private void cycles(List<GoalCatalog.CustomGoal> goals, Map<String, List<TreeNode>> extendsNodes) {
        Map<String, GoalCatalog.CustomGoal> byName = new LinkedHashMap<>();
        goals.forEach(goal -> byName.put(goal.name(), goal));
        Set<String> done = new java.util.HashSet<>();
        for (GoalCatalog.CustomGoal start : goals) {
            if (done.contains(start.name())) {
                continue;
            }
            // The goals being visited, in order, with where each one is on that path and its next entry.
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new java.util.HashMap<>();
            List<Integer> nextEntry = new ArrayList<>();
            path.add(start.name());
            onPath.put(start.name(), 0);
            nextEntry.add(0);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String goal = path.get(top);
                List<String> parents = byName.get(goal).extendsGoals();
                int i = nextEntry.get(top);
                if (i >= parents.size()) {
                    path.remove(top);
                    nextEntry.remove(top);
                    onPath.remove(goal);
                    done.add(goal);
                    continue;
                }
                nextEntry.set(top, i + 1);
                String parent = parents.get(i);
                if (!byName.containsKey(parent) || done.contains(parent)) {
                    continue;
                }
                Integer at = onPath.get(parent);
                if (at != null) {
                    problem(extendsNodes.get(goal).get(i).valuePosition(), "goals extend each other in a loop ("
                            + loop(path.subList(at, path.size()), parent) + "); remove one of these `extends`");
                } else {
                    onPath.put(parent, path.size());
                    path.add(parent);
                    nextEntry.add(0);
                }
            }
        }
    }

    /** A loop for a message: every goal when it is short, else its first and last few and how many. */
    private static String loop(List<String> members, String closing) {
        if (members.size() <= 12) {
            return String.join(" → ", members) + " → " + closing;
        }
        return String.join(" → ", members.subList(0, 5)) + " → … → "
                + String.join(" → ", members.subList(members.size() - 3, members.size())) + " → " + closing + "; "
                + members.size() + " goals";
    }

    private List<String> defaultGoals(TreeNode goals, GoalCatalog catalog) {
        List<String> names = new ArrayList<>();
        if (goals == null) {
            return names;
        }
        List<String> accepted = new ArrayList<>(catalog.acceptedNames());
        accepted.add(GoalCatalog.ALL);
        for (TreeNode goal : strings(goals, "`defaultGoals`", "goal names")) {
            if (goal.text().equalsIgnoreCase(GoalCatalog.ALL) || catalog.canonical(goal.text()) != null) {
                names.add(goal.text());
            } else {
                problem(goal.valuePosition(), "`" + goal.text() + "` is not a goal" + DidYouMean.hint(goal.text(),
                        accepted) + "; write any of " + String.join(", ", catalog.goals()) + " or all");
            }
        }
        return names;
    }

    // ---- overrides --------------------------------------------------------------------------------------

    private List<LintConfiguration.FileOverride> overrides(TreeNode overrides) {
        List<LintConfiguration.FileOverride> list = new ArrayList<>();
        if (overrides == null) {
            return list;
        }
        if (!overrides.isArray()) {
            problem(overrides.valuePosition(), "`overrides` is " + describe(overrides.value()) + "; write a list of "
                    + "{files: [patterns…], rules: {…}}");
            return list;
        }
        for (TreeNode override : overrides.elements()) {
            if (!override.isObject()) {
                problem(override.valuePosition(), "an override is " + describe(override.value()) + "; write "
                        + "{files: [patterns…], rules: {…}}");
                continue;
            }
            unknownKeys(override, OVERRIDE_KEYS, "an override");
            List<String> files = new ArrayList<>();
            if (!override.has("files")) {
                problem(override.valuePosition(), "an override needs `files`: the Ant-style patterns of the specs "
                        + "it applies to, such as [\"legacy/**\"]");
            }
            for (TreeNode pattern : strings(override.get("files"), "`files`", "Ant-style patterns")) {
                String problem = SpecPatterns.problem(pattern.text());
                if (problem != null) {
                    problem(pattern.valuePosition(), problem);
                } else {
                    files.add(pattern.text().strip());
                }
            }
            if (!override.has("rules")) {
                problem(override.valuePosition(), "an override needs `rules`: the rule settings for those files");
            }
            Map<String, RuleSetting> rules = override.has("rules") ? rules(override.get("rules")) : Map.of();
            if (!files.isEmpty()) {
                list.add(new LintConfiguration.FileOverride(files, rules));
            }
        }
        return list;
    }

    // ---- shared -----------------------------------------------------------------------------------------

    /** A string or a list of strings; anything else is reported. Absent: empty. */
    private List<TreeNode> strings(TreeNode value, String what, String ofWhat) {
        List<TreeNode> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        if (value.isText()) {
            strings.add(value);
        } else if (value.isArray()) {
            for (TreeNode element : value.elements()) {
                if (element.isText()) {
                    strings.add(element);
                } else {
                    problem(element.valuePosition(), what + " lists " + describe(element.value()) + "; write "
                            + ofWhat + " as strings");
                }
            }
            if (value.value().isEmpty()) {
                problem(value.valuePosition(), what + " is an empty list; write " + ofWhat + ", or leave it out");
            }
        } else {
            problem(value.valuePosition(), what + " is " + describe(value.value()) + "; write " + ofWhat
                    + " as a list of strings");
        }
        return strings;
    }

    /** Reports every key not in {@code known}; whether there was one. */
    private boolean unknownKeys(TreeNode object, List<String> known, String where) {
        boolean any = false;
        for (Map.Entry<String, TreeNode> member : object.members().entrySet()) {
            if (!known.contains(member.getKey())) {
                any = true;
                problem(member.getValue().position(), "unknown key `" + member.getKey() + "` in " + where
                        + DidYouMean.hint(member.getKey(), known) + "; the keys are " + String.join(", ", known));
            }
        }
        return any;
    }

    /** A key written with no value reads as null or as empty text. */
    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.textValue().isEmpty();
    }

    private void problem(Position position, String message) {
        problems.add(new Problem(position == null ? Position.START : position, message));
    }

    /** {@code a number (12)}, {@code a list}, … for messages about a value of the wrong kind. */
    static String describe(JsonNode value) {
        if (isEmpty(value)) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asText() + ")";
        }
        if (value.isNumber()) {
            return "a number (" + value.asText() + ")";
        }
        return "the text `" + value.asText() + "`";
    }
}
