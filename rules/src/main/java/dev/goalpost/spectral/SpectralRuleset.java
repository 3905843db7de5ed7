package dev.goalpost.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.load.DataFile;
import dev.goalpost.load.Position;
import dev.goalpost.load.SourceFile;
import dev.goalpost.model.TreeNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads Spectral rulesets ({@code .spectral.yaml}, {@code .spectral.json}) into compiled rules: {@code extends} of
 * other ruleset files (relative to the one extending) and of {@code spectral:oas}, {@code aliases}, {@code rules}
 * with {@code given}, {@code then}, {@code severity}, {@code message}, {@code description},
 * {@code documentationUrl}, {@code formats}, {@code resolved}, {@code recommended} and {@code x-business-goal}.
 * Every mistake is a problem with the ruleset's file, line and column; all are reported at once. What Goalpost
 * cannot run (custom JavaScript functions, {@code overrides}) becomes a notice, one line each, never dropped
 * silently.
 */
public final class SpectralRuleset {

    /** The file names Spectral looks for next to a project. */
    public static final List<String> FILE_NAMES = List.of(".spectral.yaml", ".spectral.yml", ".spectral.json");

    /** Rule ids are {@code spectral/<name>}. */
    public static final String PREFIX = "spectral/";

    private static final List<String> TOP_LEVEL = List.of("extends", "rules", "aliases", "functions",
            "functionsDir", "formats", "documentationUrl", "overrides", "parserOptions", "description");
    private static final List<String> RULE_KEYS = List.of("description", "message", "severity", "given", "then",
            "formats", "resolved", "recommended", "documentationUrl", "type", "x-business-goal", "tags");
    private static final List<String> THEN_KEYS = List.of("field", "function", "functionOptions");
    private static final Set<String> FORMATS = Set.of("oas2", "oas3", "oas3_0", "oas3_1", "oas3_2");
    private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final int MAX_EXTENDS_DEPTH = 32;

    /**
     * A compiled rule ready for the registry.
     *
     * @param severity the severity, or null when the rule is off
     * @param goal the business goal the rule is tied to (canonical name as written), or null for every spec
     */
    public record Compiled(String id, SpectralRule rule, Severity severity, String summary, String documentationUrl,
            String goal) {}

    /**
     * What a set of rulesets gives: the rules, one line per thing Goalpost does not run, and every ruleset file read
     * (extended ones included), for incremental builds to notice a change.
     */
    public record Loaded(List<Compiled> rules, List<String> notices, List<Path> files) {
        public static final Loaded EMPTY = new Loaded(List.of(), List.of(), List.of());
    }

    /** A rule as written, before it is compiled: the last definition and severity win. */
    private static final class Definition {
        TreeNode node;
        String file;
        Severity severity = Severity.WARNING;
        boolean off;
        boolean recommended = true;
        Map<String, List<String>> aliases;
        Set<String> formats;
        String documentationBase;
    }

    private final Function<Path, String> displayName;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Set<Path> reading = new HashSet<>();
    private final Set<Path> read = new LinkedHashSet<>();

    private SpectralRuleset(Function<Path, String> displayName) {
        this.displayName = displayName;
    }

    /**
     * Reads rulesets, later ones overriding rules of earlier ones.
     *
     * @param displayName how messages name a file
     * @throws ConfigurationException listing every problem, one line each with file, line and column
     */
    public static Loaded read(List<Path> files, Function<Path, String> displayName) {
        if (files.isEmpty()) {
            return Loaded.EMPTY;
        }
        SpectralRuleset reader = new SpectralRuleset(displayName);
        for (Path file : files) {
            reader.readFile(file.toAbsolutePath().normalize(), 0, null);
        }
        List<Compiled> compiled = reader.compileAll();
        if (!reader.problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", new LinkedHashSet<>(reader.problems)));
        }
        return new Loaded(List.copyOf(compiled), List.copyOf(new LinkedHashSet<>(reader.notices)),
                List.copyOf(reader.read));
    }

    private String at(TreeNode node) {
        Position position = node.position();
        return fileName(node) + ":" + position.line() + ":" + position.column();
    }

    private String fileName(TreeNode node) {
        return node.file().path() != null ? displayName.apply(node.file().path()) : node.fileName();
    }

    private void problem(TreeNode node, String message) {
        problems.add(at(node) + ": " + message);
    }

    private void notice(TreeNode node, String message) {
        notices.add(at(node) + ": " + message);
    }

    // ---- files ------------------------------------------------------------------------------------------

    private void readFile(Path file, int depth, String referredFrom) {
        String name = displayName.apply(file);
        read.add(file);
        if (!reading.add(file)) {
            problems.add((referredFrom != null ? referredFrom + ": " : "") + "the ruleset " + name
                    + " extends itself (through `extends`)");
            return;
        }
        try {
            if (depth > MAX_EXTENDS_DEPTH) {
                problems.add(referredFrom + ": `extends` nests deeper than " + MAX_EXTENDS_DEPTH + " rulesets");
                return;
            }
            SourceFile source;
            try {
                source = DataFile.read(file);
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add((referredFrom != null ? referredFrom + ": " : "") + "the ruleset " + name
                        + " does not exist");
                return;
            } catch (IOException e) {
                problems.add(name + ": cannot be read (" + e.getMessage() + ")");
                return;
            } catch (DataFile.UnreadableException e) {
                Position position = e.position() == null ? Position.START : e.position();
                problems.add(name + ":" + position + ": " + e.getMessage());
                return;
            }
            TreeNode root = TreeNode.root(DataFile.workspace(source), source);
            readRuleset(root, file, depth, name);
        } finally {
            reading.remove(file);
        }
    }

    private void readRuleset(TreeNode root, Path file, int depth, String name) {
        if (!root.isObject()) {
            problem(root, "a ruleset is a mapping with `rules` and perhaps `extends`");
            return;
        }
        for (String key : root.keys()) {
            if (!TOP_LEVEL.contains(key)) {
                problem(root.get(key), "unknown ruleset key `" + key + "`" + dev.goalpost.text.DidYouMean.hint(key,
                        TOP_LEVEL) + "; a ruleset has " + String.join(", ", TOP_LEVEL));
            }
        }
        Map<String, List<String>> aliases = aliases(root.get("aliases"));
        Set<String> formats = root.has("formats") ? formats(root.get("formats")) : null;
        String documentationBase = root.text("documentationUrl");
        if (root.has("overrides")) {
            notice(root.get("overrides"), "`overrides` of Spectral rulesets are not supported; use `overrides` in "
                    + "goalpost.yaml (per-file rule settings) instead — these overrides are not applied");
        }
        if (root.has("parserOptions")) {
            notice(root.get("parserOptions"), "`parserOptions` are not supported; Goalpost reports duplicate keys "
                    + "and invalid values with its core rules");
        }
        TreeNode extendsNode = root.get("extends");
        if (extendsNode != null) {
            List<TreeNode> entries = extendsNode.isArray() ? extendsNode.elements() : List.of(extendsNode);
            for (TreeNode entry : entries) {
                TreeNode target = entry.isArray() ? entry.get(0) : entry;
                TreeNode modeNode = entry.isArray() ? entry.get(1) : null;
                // YAML 1.1 reads a bare `off` as false.
                String mode = modeNode == null ? "recommended" : modeNode.isBoolean()
                        ? (Boolean.TRUE.equals(modeNode.bool()) ? "recommended" : "off") : modeNode.text();
                String ruleset = target == null ? null : target.text();
                if (ruleset == null && target != null && target.isObject() && target.keys().size() == 1
                        && target.get(target.keys().get(0)).text() != null) {
                    // YAML 1.1 reads `[spectral:oas, off]` as holding the mapping {spectral: oas}.
                    ruleset = target.keys().get(0) + ":" + target.get(target.keys().get(0)).text();
                }
                if (ruleset == null || mode == null
                        || !List.of("recommended", "all", "off").contains(mode)) {
                    problem(entry, "an `extends` entry is a ruleset (a file, or spectral:oas) or [ruleset, "
                            + "recommended|all|off]");
                    continue;
                }
                Set<String> before = new LinkedHashSet<>(definitions.keySet());
                if (ruleset.equals("spectral:oas")) {
                    List<String> oasNotices = new ArrayList<>();
                    SpectralOas.extend((ruleName, rule, oasAliases) -> define(ruleName, rule).aliases =
                            aliases(oasAliases), target, oasNotices);
                    String where = at(target) + ": ";
                    if (!mode.equals("off")) {
                        oasNotices.forEach(n -> notices.add(where + n.substring(n.indexOf(": ") + 2)));
                    }
                } else if (ruleset.startsWith("spectral:")) {
                    problem(target, "`" + ruleset + "` is not supported; Goalpost lints OpenAPI (spectral:oas)");
                    continue;
                } else if (ruleset.startsWith("http://") || ruleset.startsWith("https://")) {
                    problem(target, "remote rulesets are not fetched; download " + ruleset + " next to this "
                            + "ruleset and extend the file");
                    continue;
                } else {
                    Path parent = file.getParent();
                    Path extended = (parent == null ? Path.of(ruleset) : parent.resolve(ruleset)).normalize();
                    if (!Files.isRegularFile(extended)) {
                        problem(target, "the ruleset " + ruleset + " does not exist (looked for "
                                + displayName.apply(extended) + ")");
                        continue;
                    }
                    readFile(extended, depth + 1, at(target));
                }
                for (Map.Entry<String, Definition> rule : definitions.entrySet()) {
                    if (!before.contains(rule.getKey()) || mode.equals("off")) {
                        Definition definition = rule.getValue();
                        if (mode.equals("off")) {
                            definition.off = true;
                        } else if (mode.equals("all")) {
                            definition.recommended = true;
                        }
                    }
                }
            }
        }
        TreeNode rules = root.get("rules");
        if (rules == null) {
            if (extendsNode == null) {
                problem(root, "the ruleset has neither `rules` nor `extends`");
            }
            return;
        }
        if (!rules.isObject()) {
            problem(rules, "`rules` is a mapping from rule name to a rule, a severity or true/false");
            return;
        }
        for (Map.Entry<String, TreeNode> entry : rules.members().entrySet()) {
            String ruleName = entry.getKey();
            TreeNode value = entry.getValue();
            if (value.isObject()) {
                if (!RULE_NAME.matcher(ruleName).matches()) {
                    problem(value, "the rule name `" + ruleName + "` has characters a rule id cannot carry; use "
                            + "letters, digits, `-`, `_` and `.`");
                    continue;
                }
                Definition definition = define(ruleName, value);
                definition.aliases = aliases;
                definition.formats = formats;
                definition.documentationBase = documentationBase;
                if (documentationBase == null && definitions.get(ruleName) != null) {
                    definition.documentationBase = null;
                }
            } else {
                Definition existing = definitions.get(ruleName);
                if (existing == null) {
                    problem(value, "`" + ruleName + "` is not a rule of the rulesets this one extends; define it "
                            + "with `given` and `then`" + dev.goalpost.text.DidYouMean.hint(ruleName,
                                    List.copyOf(definitions.keySet())));
                    continue;
                }
                applySeverity(existing, value);
            }
        }
    }

    /** Adds or replaces the definition of a rule from its written mapping. */
    Definition define(String ruleName, TreeNode value) {
        Definition definition = new Definition();
        definition.node = value;
        definition.file = value.fileName();
        if (value.has("severity")) {
            applySeverity(definition, value.get("severity"));
        }
        if (value.has("recommended")) {
            definition.recommended = value.isTrue("recommended");
        }
        definitions.put(ruleName, definition);
        return definition;
    }

    private void applySeverity(Definition definition, TreeNode value) {
        definition.off = false;
        if (value.isBoolean()) {
            definition.off = !Boolean.TRUE.equals(value.bool());
            definition.recommended = true;
            return;
        }
        String text = value.isNumber() ? switch (value.value().intValue()) {
            case -1 -> "off";
            case 0 -> "error";
            case 1 -> "warn";
            case 2 -> "info";
            case 3 -> "hint";
            default -> "?";
        } : value.text();
        if (text == null) {
            text = "?";
        }
        switch (text) {
            case "error" -> definition.severity = Severity.ERROR;
            case "warn" -> definition.severity = Severity.WARNING;
            case "info", "hint" -> definition.severity = Severity.INFO;
            case "off" -> definition.off = true;
            default -> problem(value, "the severity `" + value.written() + "` is none of error, warn, info, hint, "
                    + "off");
        }
        definition.recommended = true;
    }

    private Map<String, List<String>> aliases(TreeNode node) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        if (node == null) {
            return aliases;
        }
        if (!node.isObject()) {
            problem(node, "`aliases` is a mapping from name to a path or a list of paths");
            return aliases;
        }
        node.members().forEach((name, value) -> {
            List<String> paths = new ArrayList<>();
            for (TreeNode item : value.isArray() ? value.elements() : List.of(value)) {
                if (item.text() == null) {
                    problem(item, "alias `" + name + "`: only paths (strings) are supported as aliases; "
                            + "format-specific alias targets are not");
                    return;
                }
                paths.add(item.text());
            }
            aliases.put(name, paths);
        });
        return aliases;
    }

    private Set<String> formats(TreeNode node) {
        Set<String> formats = new LinkedHashSet<>();
        if (!node.isArray()) {
            problem(node, "`formats` is a list such as [oas2, oas3]");
            return formats;
        }
        for (TreeNode item : node.elements()) {
            if (item.text() == null || !FORMATS.contains(item.text())) {
                problem(item, "unknown format `" + item.written() + "`; Goalpost knows "
                        + String.join(", ", new java.util.TreeSet<>(FORMATS)));
            } else {
                formats.add(item.text());
            }
        }
        return formats;
    }

    // ---- compiling --------------------------------------------------------------------------------------

    private List<Compiled> compileAll() {
        List<Compiled> compiled = new ArrayList<>();
        for (Map.Entry<String, Definition> entry : definitions.entrySet()) {
            Definition definition = entry.getValue();
            if (definition.node == null) {
                continue;
            }
            Compiled rule = compile(entry.getKey(), definition);
            if (rule != null) {
                compiled.add(rule);
            }
        }
        return compiled;
    }

    private Compiled compile(String name, Definition definition) {
        TreeNode node = definition.node;
        int before = problems.size();
        for (String key : node.keys()) {
            if (!RULE_KEYS.contains(key)) {
                problem(node.get(key), "rule `" + name + "`: unknown key `" + key + "`"
                        + dev.goalpost.text.DidYouMean.hint(key, RULE_KEYS) + "; a rule has "
                        + String.join(", ", RULE_KEYS));
            }
        }
        List<JsonPathExpression> given = new ArrayList<>();
        TreeNode givenNode = node.get("given");
        if (givenNode == null) {
            problem(node, "rule `" + name + "` has no `given`");
        } else {
            for (TreeNode item : givenNode.isArray() ? givenNode.elements() : List.of(givenNode)) {
                if (item.text() == null) {
                    problem(item, "rule `" + name + "`: `given` is a path or a list of paths");
                    continue;
                }
                for (String path : expandAlias(item, item.text(), definition.aliases, 0)) {
                    JsonPathExpression compiled = compilePath(name, item, path);
                    if (compiled != null) {
                        given.add(compiled);
                    }
                }
            }
        }
        List<SpectralRule.Then> then = new ArrayList<>();
        TreeNode thenNode = node.get("then");
        boolean custom = false;
        if (thenNode == null) {
            problem(node, "rule `" + name + "` has no `then`");
        } else {
            for (TreeNode item : thenNode.isArray() ? thenNode.elements() : List.of(thenNode)) {
                if (!item.isObject()) {
                    problem(item, "rule `" + name + "`: `then` is {field, function, functionOptions} or a list");
                    continue;
                }
                for (String key : item.keys()) {
                    if (!THEN_KEYS.contains(key)) {
                        problem(item.get(key), "rule `" + name + "`: unknown key `" + key + "` in `then`; it has "
                                + String.join(", ", THEN_KEYS));
                    }
                }
                String function = item.text("function");
                if (function == null) {
                    problem(item, "rule `" + name + "`: `then` names no `function`");
                    continue;
                }
                if (!SpectralFunctions.CORE.contains(function)) {
                    notice(item.get("function"), PREFIX + name + " uses the custom function `" + function
                            + "`, which Goalpost cannot run (it is JavaScript); the rule is skipped. Port it to a "
                            + "Java rule: see docs/spectral-rulesets.md#porting-a-custom-function");
                    custom = true;
                    continue;
                }
                String field = item.text("field");
                if (item.has("field") && field == null) {
                    problem(item.get("field"), "rule `" + name + "`: `field` is a string");
                }
                JsonPathExpression fieldPath = null;
                if (field != null && field.startsWith("$")) {
                    fieldPath = compilePath(name, item.get("field"), field);
                }
                try {
                    TreeNode options = item.get("functionOptions");
                    then.add(new SpectralRule.Then(field, fieldPath, function,
                            SpectralFunctions.compile(function, options == null ? null : options.value())));
                } catch (IllegalArgumentException e) {
                    problem(item.has("functionOptions") ? item.get("functionOptions") : item,
                            "rule `" + name + "`: " + e.getMessage());
                }
            }
        }
        Set<String> formats = definition.formats == null ? Set.of() : definition.formats;
        if (node.has("formats")) {
            formats = formats(node.get("formats"));
        }
        boolean resolved = !node.has("resolved") || node.isTrue("resolved");
        if (node.has("resolved") && !node.get("resolved").isBoolean()) {
            problem(node.get("resolved"), "rule `" + name + "`: `resolved` is true or false");
        }
        String goal = null;
        if (node.has("x-business-goal")) {
            goal = node.text("x-business-goal");
            if (goal == null) {
                problem(node.get("x-business-goal"), "rule `" + name + "`: `x-business-goal` is one goal name");
            }
        }
        String message = node.text("message");
        String description = node.text("description");
        if (problems.size() > before || custom || given.isEmpty() || then.isEmpty()) {
            return null;
        }
        String documentation = node.text("documentationUrl");
        if (documentation == null && definition.documentationBase != null) {
            documentation = definition.documentationBase + "#" + name;
        }
        String summary = description != null ? description : message != null ? message : "Spectral rule " + name;
        SpectralRule rule = new SpectralRule(name, given, then, message, description, formats, resolved,
                goal != null);
        boolean on = !definition.off && definition.recommended;
        return new Compiled(PREFIX + name, rule, on ? definition.severity : null, summary, documentation, goal);
    }

    private List<String> expandAlias(TreeNode at, String path, Map<String, List<String>> aliases, int depth) {
        if (!path.startsWith("#")) {
            return List.of(path);
        }
        int end = 1;
        while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end)) || path.charAt(end) == '_'
                || path.charAt(end) == '-')) {
            end++;
        }
        String alias = path.substring(1, end);
        List<String> targets = aliases == null ? null : aliases.get(alias);
        if (targets == null || depth > 8) {
            problem(at, "unknown alias `#" + alias + "`" + (aliases == null || aliases.isEmpty() ? ""
                    : "; the ruleset defines " + String.join(", ", aliases.keySet())));
            return List.of();
        }
        List<String> expanded = new ArrayList<>();
        for (String target : targets) {
            for (String resolved : expandAlias(at, target, aliases, depth + 1)) {
                expanded.add(resolved + path.substring(end));
            }
        }
        return expanded;
    }

    private JsonPathExpression compilePath(String rule, TreeNode at, String path) {
        try {
            return JsonPathExpression.compile(path);
        } catch (PathSyntaxException e) {
            Position position = at.valuePosition();
            problems.add(fileName(at) + ":" + position.line() + ":" + position.column() + ": rule `" + rule
                    + "`: " + e.getMessage() + " (character " + (e.offset() + 1) + " of `" + path + "`)");
            return null;
        }
    }

}
