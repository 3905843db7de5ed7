package dev.goalpost.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.goalpost.SpecFiles;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.ActiveRule;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.RuleSetting;
import dev.goalpost.goal.GoalCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();

    @TempDir
    Path dir;

    private LintConfiguration read(String yaml) {
        return ConfigFile.read(SpecFiles.write(dir, "goalpost.yaml", yaml), "goalpost.yaml", REGISTRY);
    }

    /** The problems a configuration has, one line each. */
    private List<String> problems(String yaml) {
        try {
            read(yaml);
        } catch (ConfigFileException e) {
            assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
            return e.problems();
        }
        throw new AssertionError("expected problems in\n" + yaml);
    }

    @Test
    void everyKeyOfTheIssuesExampleIsRead() {
        LintConfiguration configuration = read("""
                defaultGoals: [reach]                 # for specs that declare none
                rules:
                  reach/conditional-get: off          # off | info | warning | error
                  monetization/rate-limit-headers: error
                  reach/page-size-bounded:
                    severity: error
                    options: {maxPageSize: 200, maxDefaultPageSize: 50}
                goals:                                # custom goals composed of existing rules
                  partner-api:
                    extends: [reach]                  # every rule of reach
                    rules: [integration/idempotency-key, monetization/consumer-identified]
                overrides:                            # per-file changes, Ant-style globs
                  - files: ["legacy/**"]
                    rules: {reach/list-paginated: warning}
                """);
        assertThat(configuration.defaultGoals()).containsExactly("reach");
        assertThat(configuration.rules()).containsOnly(
                Map.entry("reach/conditional-get", RuleSetting.off()),
                Map.entry("monetization/rate-limit-headers", RuleSetting.severity(Severity.ERROR)),
                Map.entry("reach/page-size-bounded", new RuleSetting(true, Severity.ERROR,
                        Map.of("maxPageSize", IntNode.valueOf(200), "maxDefaultPageSize", IntNode.valueOf(50)))));
        GoalCatalog goals = configuration.goals();
        assertThat(goals.customGoals()).containsExactly(new GoalCatalog.CustomGoal("partner-api", List.of("reach"),
                List.of("integration/idempotency-key", "monetization/consumer-identified")));
        assertThat(goals.includes("partner-api", "reach/list-paginated")).isTrue();
        assertThat(goals.includes("partner-api", "integration/idempotency-key")).isTrue();
        assertThat(goals.includes("partner-api", "integration/correlation-id")).isFalse();
        assertThat(configuration.overrides()).containsExactly(new LintConfiguration.FileOverride(List.of("legacy/**"),
                Map.of("reach/list-paginated", RuleSetting.severity(Severity.WARNING))));
        assertThat(configuration.configDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void theSettingsTakeEffectWhenRulesAreConfigured() {
        ConfiguredRules rules = new ConfiguredRules(REGISTRY, read("""
                rules:
                  reach/conditional-get: off
                  reach/list-paginated: info
                overrides:
                  - files: legacy/**
                    rules: {reach/list-paginated: error}
                  - files: ["**/internal-*.yaml"]
                    rules: {reach/list-paginated: off}
                """));
        assertThat(rules.base()).extracting(ActiveRule::id).doesNotContain("reach/conditional-get");
        assertThat(severity(rules.base(), "reach/list-paginated")).isEqualTo(Severity.INFO);
        assertThat(severity(rules.forFile("legacy/v1/orders.yaml"), "reach/list-paginated")).isEqualTo(Severity.ERROR);
        assertThat(severity(rules.forFile("orders.yaml"), "reach/list-paginated")).isEqualTo(Severity.INFO);
        // Ant style: **/ is zero or more folders, so a file at the top matches too; later overrides win.
        assertThat(rules.forFile("internal-orders.yaml")).extracting(ActiveRule::id)
                .doesNotContain("reach/list-paginated");
        assertThat(rules.forFile("legacy/internal-orders.yaml")).extracting(ActiveRule::id)
                .doesNotContain("reach/list-paginated");
    }

    private static Severity severity(List<ActiveRule> rules, String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow().severity();
    }

    @Test
    void severitiesMayBeWrittenInAnyCaseAndOffMayBeFalse() {
        LintConfiguration configuration = read("""
                rules:
                  reach/conditional-get: false
                  reach/list-paginated: Warning
                  reach/https-only: {severity: OFF}
                  reach/page-size-bounded: {options: {maxPageSize: 500}}
                """);
        assertThat(configuration.rules().get("reach/conditional-get")).isEqualTo(RuleSetting.off());
        assertThat(configuration.rules().get("reach/list-paginated")).isEqualTo(RuleSetting.severity(Severity.WARNING));
        assertThat(configuration.rules().get("reach/https-only")).isEqualTo(RuleSetting.off());
        assertThat(configuration.rules().get("reach/page-size-bounded"))
                .isEqualTo(new RuleSetting(true, null, Map.of("maxPageSize", IntNode.valueOf(500))));
    }

    @Test
    void aSingleStringStandsForAListOfOne() {
        LintConfiguration configuration = read("""
                defaultGoals: revenue
                goals:
                  partner-api: {extends: reach, rules: integration/idempotency-key}
                """);
        assertThat(configuration.defaultGoals()).containsExactly("revenue");
        assertThat(configuration.goals().customGoals().get(0).extendsGoals()).containsExactly("reach");
    }

    @Test
    void anEmptyFileIsTheDefaultConfiguration() {
        LintConfiguration configuration = read("# nothing configured yet\n");
        assertThat(configuration.rules()).isEmpty();
        assertThat(configuration.goals().customGoals()).isEmpty();
    }

    @Test
    void customGoalsMayExtendEachOtherAndAliases() {
        GoalCatalog goals = read("""
                goals:
                  partner-api: {extends: [sales, backend]}
                  backend: {extends: backend-integration, rules: [reach/https-only]}
                defaultGoals: [partner-api]
                """).goals();
        assertThat(goals.includes("partner-api", "marketing/info-complete")).isTrue();
        assertThat(goals.includes("partner-api", "integration/correlation-id")).isTrue();
        assertThat(goals.includes("partner-api", "reach/https-only")).isTrue();
        assertThat(goals.includes("partner-api", "reach/list-paginated")).isFalse();
        assertThat(goals.canonical("Partner-API")).isEqualTo("partner-api");
    }

    @Test
    void unknownKeysAreErrorsWithTheirPlaceAndTheValidKeys() {
        assertThat(problems("""
                default-goals: [reach]
                rules:
                  reach/page-size-bounded:
                    severty: error
                goals:
                  partner-api: {extend: [reach]}
                overrides:
                  - file: legacy/**
                    rules: {}
                """)).containsExactly(
                "goalpost.yaml:1:1: unknown key `default-goals` in the configuration file (did you mean "
                        + "`defaultGoals`?); the keys are defaultGoals, rules, goals, overrides, pagination, rulesets",
                "goalpost.yaml:4:5: unknown key `severty` in the settings of reach/page-size-bounded (did you mean "
                        + "`severity`?); the keys are severity, options",
                "goalpost.yaml:6:17: unknown key `extend` in the goal partner-api (did you mean `extends`?); the keys "
                        + "are extends, rules",
                "goalpost.yaml:8:5: unknown key `file` in an override (did you mean `files`?); the keys are files, rules",
                "goalpost.yaml:8:5: an override needs `files`: the Ant-style patterns of the specs it applies to, "
                        + "such as [\"legacy/**\"]");
    }

    @Test
    void unknownRulesAreErrorsWithADidYouMean() {
        assertThat(problems("""
                rules:
                  reach/list-pagination: off
                goals:
                  partner-api:
                    rules: [integration/idempotency]
                overrides:
                  - files: [legacy/**]
                    rules:
                      reach/conditonal-get: warning
                """)).containsExactly(
                "goalpost.yaml:2:3: unknown rule `reach/list-pagination` (did you mean `reach/list-paginated`?); "
                        + "`goalpost rules` lists every rule (a custom rule needs its jar: --rules-jar, or a plugin "
                        + "dependency)",
                "goalpost.yaml:5:13: unknown rule `integration/idempotency` (did you mean "
                        + "`integration/idempotency-key`?); `goalpost rules` lists every rule (a custom rule needs its "
                        + "jar: --rules-jar, or a plugin dependency)",
                "goalpost.yaml:9:7: unknown rule `reach/conditonal-get` (did you mean `reach/conditional-get`?); "
                        + "`goalpost rules` lists every rule (a custom rule needs its jar: --rules-jar, or a plugin "
                        + "dependency)");
    }

    @Test
    void badSeveritiesAreErrorsNamingTheChoices() {
        assertThat(problems("""
                rules:
                  reach/list-paginated: warn
                  reach/conditional-get: on
                  reach/https-only: {severity: 3}
                """)).containsExactly(
                "goalpost.yaml:2:25: `warn` is not a severity for reach/list-paginated (did you mean `warning`?); "
                        + "write one of off, info, warning, error (the rule's default is error)",
                "goalpost.yaml:3:26: `on` is not a severity for reach/conditional-get (did you mean `off`?); write one of off, info, "
                        + "warning, error (the rule's default is warning)",
                "goalpost.yaml:4:32: a number (3) is not a severity for reach/https-only; write one of off, info, "
                        + "warning, error (the rule's default is error)");
    }

    @Test
    void badOptionsAreErrorsAtTheNameOrTheValue() {
        assertThat(problems("""
                rules:
                  reach/page-size-bounded:
                    options:
                      maxPagesize: 200
                      maxDefaultPageSize: fifty
                  reach/conditional-get:
                    options: [a]
                """)).containsExactly(
                "goalpost.yaml:4:7: reach/page-size-bounded has no option `maxPagesize` (did you mean `maxPageSize`?); "
                        + "its options are maxPageSize, maxDefaultPageSize, pageSizeNames",
                "goalpost.yaml:5:27: option `maxDefaultPageSize` of reach/page-size-bounded expects an integer, not "
                        + "\"fifty\"",
                "goalpost.yaml:7:14: the options of reach/conditional-get are a list; write a mapping from option name "
                        + "to value");
    }

    @Test
    void unknownGoalsAreErrorsWithADidYouMean() {
        assertThat(problems("""
                defaultGoals: [reech, partner]
                goals:
                  partner-api:
                    extends: [monetisation]
                """)).containsExactly(
                "goalpost.yaml:1:16: `reech` is not a goal (did you mean `reach`?); write any of monetization, reach, "
                        + "marketing, innovation, integration, partner-api or all",
                "goalpost.yaml:1:23: `partner` is not a goal (did you mean `partner-api`?); write any of monetization, "
                        + "reach, marketing, innovation, integration, partner-api or all",
                "goalpost.yaml:4:15: `monetisation` is not a goal (did you mean `monetization`?); partner-api can "
                        + "extend monetization, reach, marketing, innovation, integration");
    }

    @Test
    void customGoalNamesMustNotClashWithBuiltInGoalsOrAliases() {
        assertThat(problems("""
                goals:
                  reach: {rules: [monetization/consumer-identified]}
                  revenue: {extends: [reach]}
                  all: {extends: [reach]}
                  Partner_API: {extends: [reach]}
                """)).containsExactly(
                "goalpost.yaml:2:3: `reach` is a built-in goal; give the custom goal another name (it may `extends: "
                        + "[reach]`)",
                "goalpost.yaml:3:3: `revenue` is an alias of the built-in goal monetization; give the custom goal "
                        + "another name (it may `extends: [monetization]`)",
                "goalpost.yaml:4:3: `all` is reserved (`all` stands for every built-in goal); give the custom goal "
                        + "another name",
                "goalpost.yaml:5:3: `Partner_API` is not a goal name; write lower-case words joined by `-`, such as "
                        + "partner-api");
    }

    @Test
    void cyclesInExtendsAreErrorsNamingTheLoop() {
        assertThat(problems("""
                goals:
                  a: {extends: [b]}
                  b: {extends: [c, reach]}
                  c: {extends: [a]}
                  d: {extends: [d]}
                """)).containsExactly(
                "goalpost.yaml:4:17: goals extend each other in a loop (a → b → c → a); remove one of these `extends`",
                "goalpost.yaml:5:17: goals extend each other in a loop (d → d); remove one of these `extends`");
    }

    @Test
    void aGoalThatIncludesNoRuleIsAnError() {
        assertThat(problems("""
                goals:
                  empty:
                  listless: {rules: []}
                """)).containsExactly(
                "goalpost.yaml:2:3: the goal empty includes no rule; give it `extends` (goals whose rules it applies) "
                        + "or `rules` (rule ids)",
                "goalpost.yaml:3:21: `rules` of listless is an empty list; write rule ids, or leave it out");
    }

    @Test
    void malformedPatternsAreErrors() {
        assertThat(problems("""
                overrides:
                  - files: ["/abs/**", "legacy/{v1,v2}/*.yaml", "../other/**", "a**/b", ""]
                    rules: {reach/list-paginated: off}
                  - files: 12
                    rules: {reach/list-paginated: off}
                """)).containsExactly(
                "goalpost.yaml:2:13: `/abs/**` is absolute; patterns are relative to the folder of the configuration "
                        + "file, such as legacy/**",
                "goalpost.yaml:2:24: `legacy/{v1,v2}/*.yaml` uses `{`, which Ant-style patterns do not have; write "
                        + "`*`, `?` and `**` only, and list several patterns instead of alternatives",
                "goalpost.yaml:2:49: `../other/**` has a `..` segment; patterns name files under the folder of the "
                        + "configuration file, such as legacy/**",
                "goalpost.yaml:2:64: `a**/b` has `**` inside the name `a**`; `**` stands for whole folders "
                        + "(legacy/**/*.yaml), `*` for part of a name",
                "goalpost.yaml:2:73: the pattern is empty; write one such as legacy/**",
                "goalpost.yaml:4:12: `files` is a number (12); write Ant-style patterns as a list of strings");
    }

    @Test
    void thePaginationVocabularySetsTheOptionsOfEveryRuleThatHasThem() {
        LintConfiguration configuration = read("""
                pagination:
                  pageSizeNames: [howMany]
                  positionNames: from
                """);
        var sizes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("howMany");
        var positions = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("from");
        assertThat(configuration.rules()).containsOnly(
                Map.entry("reach/list-paginated", RuleSetting.options(
                        Map.of("pageSizeNames", sizes, "positionNames", positions))),
                Map.entry("reach/next-page-link", RuleSetting.options(
                        Map.of("pageSizeNames", sizes, "positionNames", positions))),
                Map.entry("reach/page-size-bounded", RuleSetting.options(Map.of("pageSizeNames", sizes))));
    }

    @Test
    void aRulesOwnOptionsAndSeverityAreWrittenOverThePaginationVocabulary() {
        LintConfiguration configuration = read("""
                pagination:
                  positionNames: [from]
                rules:
                  reach/next-page-link: {severity: error, options: {positionNames: [since]}}
                  reach/list-paginated: off
                """);
        var since = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("since");
        assertThat(configuration.rules().get("reach/next-page-link"))
                .isEqualTo(new RuleSetting(true, Severity.ERROR, Map.of("positionNames", since)));
        assertThat(configuration.rules().get("reach/list-paginated").enabled()).isFalse();
    }

    @Test
    void aPaginationVocabularyOfTheWrongShapeIsAnError() {
        assertThat(problems("""
                pagination:
                  pageSizeNames: [limit, 20]
                  positionName: [cursor]
                """)).containsExactly(
                "goalpost.yaml:2:26: `pagination.pageSizeNames` lists a number (20); write parameter names as strings",
                "goalpost.yaml:3:3: unknown key `positionName` in `pagination` (did you mean `positionNames`?); the "
                        + "keys are pageSizeNames, positionNames");
        assertThat(problems("pagination: [limit]\n")).containsExactly(
                "goalpost.yaml:1:13: `pagination` is a list; write a mapping with pageSizeNames and positionNames, "
                        + "each a list of parameter names");
    }

    @Test
    void valuesOfTheWrongShapeAreErrors() {
        assertThat(problems("""
                rules: [reach/list-paginated]
                goals: partner-api
                overrides: {files: legacy}
                defaultGoals: {reach: true}
                """)).containsExactly(
                "goalpost.yaml:1:8: `rules` is a list; write a mapping from rule id to a severity (off, info, warning, "
                        + "error) or to {severity, options}",
                "goalpost.yaml:2:8: `goals` is the text `partner-api`; write a mapping from goal name to {extends, "
                        + "rules}",
                "goalpost.yaml:3:12: `overrides` is a mapping; write a list of {files: [patterns…], rules: {…}}",
                "goalpost.yaml:4:15: `defaultGoals` is a mapping; write goal names as a list of strings");
        assertThat(problems("- reach\n")).containsExactly(
                "goalpost.yaml:1:1: the configuration is a list; write a mapping with any of defaultGoals, rules, goals, "
                        + "overrides, pagination, rulesets");
    }

    @Test
    void unreadableYamlIsOneProblemWithItsPlace() {
        assertThat(problems("rules:\n  reach/list-paginated: [off\n")).singleElement()
                .asString().startsWith("goalpost.yaml:2:29: cannot read YAML: expected ',' or ']'");
        assertThat(problems("rules:\n  a: off\n  a: off\n")).singleElement().asString()
                .isEqualTo("goalpost.yaml:3:3: the key `a` appears twice in the same object (first at 2:3); keys must "
                        + "be unique");
    }

    @Test
    void aMissingFileIsAProblemNamingIt() {
        assertThatThrownBy(() -> ConfigFile.read(dir.resolve("nope.yaml"), "nope.yaml", REGISTRY))
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("nope.yaml: no such file; write a goalpost.yaml there or name an existing one");
    }

    @Test
    void longExtendsChainsAndLoopsResolveInLinearTimeWithoutOverflowingTheStack() {
        StringBuilder chain = new StringBuilder("goals:\n  g0: {extends: [monetization]}\n");
        for (int i = 1; i < 5_000; i++) {
            chain.append("  g").append(i).append(": {extends: [g").append(i - 1).append("]}\n");
        }
        LintConfiguration configuration = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> read(chain.toString()));
        assertThat(configuration.goals().includes("g4999", "monetization/pricing-declared")).isTrue();
        assertThat(configuration.goals().includes("g4999", "reach/list-paginated")).isFalse();

        StringBuilder loop = new StringBuilder("goals:\n");
        for (int i = 0; i < 3_000; i++) {
            loop.append("  l").append(i).append(": {extends: [l").append((i + 1) % 3_000).append(", reach]}\n");
        }
        List<String> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> problems(loop.toString()));
        assertThat(problems).containsExactly("goalpost.yaml:3001:21: goals extend each other in a loop (l0 → l1 → l2 "
                + "→ l3 → l4 → … → l2997 → l2998 → l2999 → l0; 3000 goals); remove one of these `extends`");
    }
}
