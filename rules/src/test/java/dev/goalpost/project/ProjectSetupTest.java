package dev.goalpost.project;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.config.ConfigFileException;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.load.SpecDiscovery;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSetupTest {

    @TempDir
    Path dir;

    /** A custom rule, as a team's jar would provide it. */
    @RuleInfo(id = "acme/operation-tagged", severity = Severity.WARNING,
            summary = "Every operation has a tag.", helpUri = "https://wiki.acme.test/api/operation-tagged")
    public static final class OperationTagged implements OperationRule {
        @RuleOption(description = "the tag every operation may use instead")
        String fallback = "misc";

        @Override
        public void check(Operation operation, RuleContext context) {
            if (operation.tags().isEmpty()) {
                context.report(operation.node(), operation.label() + " has no tag; add one (or `" + fallback + "`)");
            }
        }
    }

    private ProjectSetup open(Path configFile, List<String> defaultGoals, ClassLoader loader) {
        return ProjectSetup.open(ProjectSetup.Options.builder(dir).configFile(configFile)
                .configSearch(List.of(dir.resolve("module"), dir)).defaultGoals(defaultGoals).ruleLoader(loader)
                .clock(Clock.systemUTC()).build());
    }

    private ProjectSetup open() {
        return open(null, List.of(), ProjectSetupTest.class.getClassLoader());
    }

    private static final String UNDECLARED = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /orders:
                get: {responses: {'200': {description: ok, content: {application/json: {schema: {type: array}}}}}}
            """;

    @Test
    void theFirstConfigurationFileFoundIsUsedAndOptionsWinOverIt() throws Exception {
        write(dir, "goalpost.yaml", "defaultGoals: [marketing]\n");
        Path spec = write(dir, "api/openapi.yaml", UNDECLARED);
        ProjectSetup setup = open();
        assertThat(setup.configFile()).isEqualTo(dir.resolve("goalpost.yaml"));
        assertThat(goals(setup, spec)).containsExactly("marketing");
        assertThat(goals(open(null, List.of("reach"), getClass().getClassLoader()), spec)).containsExactly("reach");

        write(dir, "module/goalpost.yaml", "defaultGoals: [integration]\n");
        assertThat(open().configFile()).isEqualTo(dir.resolve("module/goalpost.yaml"));
    }

    private static List<String> goals(ProjectSetup setup, Path spec) throws Exception {
        return setup.lint(SpecDiscovery.find(List.of(spec)), 1).specs().get(0).goals();
    }

    @Test
    void aNamedConfigurationFileMustExistAndItsProblemsAreAllReported() {
        assertThatThrownBy(() -> open(dir.resolve("missing.yaml"), List.of(), getClass().getClassLoader()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("the configuration file " + dir.resolve("missing.yaml") + " does not exist");
        Path config = write(dir, "conf/goalpost.yaml", "rules:\n  reach/nope: off\ndefaultGoal: reach\n");
        assertThatThrownBy(() -> open(config, List.of(), getClass().getClassLoader()))
                .isInstanceOfSatisfying(ConfigFileException.class, e -> assertThat(e.problems()).hasSize(2)
                        .allSatisfy(line -> assertThat(line).startsWith("conf/goalpost.yaml:")));
    }

    @Test
    void overridePatternsAreRelativeToTheConfigurationFile() throws Exception {
        write(dir, "module/goalpost.yaml", """
                rules:
                  reach/list-paginated: warning
                overrides:
                  - files: [legacy/**]
                    rules: {reach/list-paginated: off}
                """);
        Path legacy = write(dir, "module/legacy/openapi.yaml", "x-business-goal: reach\n" + UNDECLARED);
        Path current = write(dir, "module/current/openapi.yaml", "x-business-goal: reach\n" + UNDECLARED);
        LintReport report = open().lint(SpecDiscovery.find(List.of(legacy, current)), 1);
        assertThat(report.specs().get(0).rulesRun()).doesNotContain("reach/list-paginated");
        assertThat(report.specs().get(1).findings()).filteredOn(f -> f.rule().equals("reach/list-paginated"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void rulesAreListedWithTheirEffectiveSeverityOptionsCustomGoalsAndOverrides() {
        write(dir, "goalpost.yaml", """
                rules:
                  reach/conditional-get: off
                  reach/page-size-bounded: {severity: warning, options: {maxPageSize: 200}}
                goals:
                  partner-api: {extends: [reach], rules: [integration/idempotency-key]}
                overrides:
                  - files: legacy/**
                    rules: {reach/list-paginated: off}
                """);
        List<String> lines = open().describeRules();
        assertThat(lines.get(0)).isEqualTo("Rules for goalpost.yaml: id, goal, severity, summary; options with their "
                + "values");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("reach/conditional-get").contains(
                " off (default warning) "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("reach/page-size-bounded").contains(
                " warning (default error) "));
        assertThat(lines).contains("    maxPageSize = 200 (default 1000)  an integer: The largest `maximum` a "
                + "page-size parameter may allow.", "    maxDefaultPageSize = 100  an integer: The largest `default` a "
                + "page-size parameter may have.");
        assertThat(lines).contains("Custom goals:", "Overrides (later ones win):",
                "  legacy/** -> reach/list-paginated: off");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  partner-api extends reach; adds "
                + "integration/idempotency-key; "));
    }

    @Test
    void customRulesComeFromJarsWithTheirDocsAndJoinACustomGoalByTheirPrefix() throws Exception {
        Path jar = jar("acme-rules.jar", OperationTagged.class.getName() + "\n");
        ClassLoader loader = RuleJars.loader(List.of(jar), getClass().getClassLoader());
        write(dir, "goalpost.yaml", """
                goals:
                  acme: {extends: [reach]}
                rules:
                  acme/operation-tagged: {options: {fallback: general}}
                """);
        Path spec = write(dir, "openapi.yaml", "x-business-goal: acme\n" + UNDECLARED);
        ProjectSetup setup = open(null, List.of(), loader);
        LintReport report = setup.lint(SpecDiscovery.find(List.of(spec)), 1);
        assertThat(report.specs().get(0).findings()).extracting(Finding::rule, Finding::message)
                .contains(org.assertj.core.groups.Tuple.tuple("acme/operation-tagged",
                        "GET /orders has no tag; add one (or `general`)"),
                        org.assertj.core.groups.Tuple.tuple("reach/list-paginated",
                                report.specs().get(0).findings().stream()
                                        .filter(f -> f.rule().equals("reach/list-paginated")).findFirst()
                                        .orElseThrow().message()));
        assertThat(report.rule("acme/operation-tagged").helpUri())
                .isEqualTo("https://wiki.acme.test/api/operation-tagged");
        assertThat(setup.ruleJars()).isEmpty(); // the class itself comes from the test classes, not from the jar
    }

    @Test
    void badRuleJarsAreUsageErrorsNamingTheJar() throws Exception {
        assertThatThrownBy(() -> RuleJars.loader(List.of(dir.resolve("nope.jar")), getClass().getClassLoader()))
                .hasMessage("the rules jar " + dir.resolve("nope.jar") + " does not exist; name a jar built from a "
                        + "custom rule project (see examples/custom-rule)");
        Path notAJar = write(dir, "rules.jar", "not a zip");
        assertThatThrownBy(() -> RuleJars.loader(List.of(notAJar), getClass().getClassLoader()))
                .hasMessageStartingWith("the rules jar " + notAJar + " is not a readable jar (");
        Path empty = jar("empty.jar", null);
        assertThatThrownBy(() -> RuleJars.loader(List.of(empty), getClass().getClassLoader()))
                .hasMessage("the rules jar " + empty + " declares no rules; list its rule classes in "
                        + "META-INF/services/dev.goalpost.api.Rule");
        Path old = dir.resolve("old.jar");
        try (OutputStream out = Files.newOutputStream(old); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(RuleJars.OLD_SERVICE));
            zip.write("com.acme.OldRule\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> RuleJars.loader(List.of(old), getClass().getClassLoader()))
                .hasMessageStartingWith("the rules jar " + old + " was built for Goalpost 0.1")
                .hasMessageContaining("rebuild it against the rule API in dev.goalpost.api");
        // The same jar as a plugin dependency, on the class path rather than named: refused as well.
        try (java.net.URLClassLoader plugin = new java.net.URLClassLoader(new java.net.URL[] {old.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> dev.goalpost.engine.RuleRegistry.load(plugin))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("were built for Goalpost 0.1");
        }
        Path broken = jar("broken.jar", "com.acme.NoSuchRule\n");
        ClassLoader loader = RuleJars.loader(List.of(broken), getClass().getClassLoader());
        assertThatThrownBy(() -> open(null, List.of(), loader)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("a rule could not be loaded: ")
                .hasMessageContaining("com.acme.NoSuchRule");
        assertThat(RuleJars.loader(List.of(), getClass().getClassLoader())).isSameAs(getClass().getClassLoader());
    }

    /** A jar with the given service file content (none when null). */
    private Path jar(String name, String services) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("README.txt"));
            zip.write("rules".getBytes(StandardCharsets.UTF_8));
            if (services != null) {
                zip.putNextEntry(new JarEntry(RuleJars.SERVICE));
                zip.write(services.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
