package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.fixtures.TestSpecs;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/** The configuration file, suppressions, baselines and rule jars through the command line. */
class ProjectCommandsTest extends CommandLineTest {

    ProjectCommandsTest() {
        clock = Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** How messages name the configuration file or a baseline: relative when under the working directory. */
    private static String display(Path file) {
        return dev.goalpost.project.ProjectSetup.displayName(Path.of(""), file);
    }

    /** Two list operations without pagination: two reach/list-paginated errors. */
    static final String LISTS = TestSpecs.read("project/unpaginated-lists.yaml");
    /** The same, declaring no goal (so default goals apply). */
    static final String UNDECLARED = LISTS.replace("x-business-goal: reach\n", "");

    @Test
    void theConfigurationFileSetsGoalsAndSeveritiesAndOptionsWinOverIt() throws Exception {
        Path config = write("goalpost.yaml", """
                defaultGoals: [reach]
                rules:
                  reach/list-paginated: warning
                """);
        Path spec = write("api.yaml", UNDECLARED);
        assertThat(run("lint", "--fail-on", "never", "--config", config.toString(), spec.toString())).isZero();
        assertThat(out).contains(relative(spec) + ":6:5 warning reach/list-paginated ")
                .doesNotContain("error reach/list-paginated").contains(" in 1 spec (reach)");
        // --default-goal replaces the file's defaultGoals
        assertThat(run("lint", "--fail-on", "never", "--config", config.toString(), "--default-goal", "marketing",
                spec.toString())).isZero();
        assertThat(out).doesNotContain("reach/list-paginated").contains("in 1 spec (marketing)");
    }

    @Test
    void aBadConfigurationFileExitsWithTwoAndOneLinePerProblem() throws Exception {
        Path config = write("goalpost.yaml", """
                rules:
                  reach/list-pagination: off
                  reach/conditional-get: sometimes
                goals:
                  reach: {extends: [marketing]}
                """);
        Path spec = write("api.yaml", LISTS);
        assertThat(run("lint", "--config", config.toString(), spec.toString())).isEqualTo(2);
        String name = display(config);
        assertThat(err.lines().toList()).containsExactly(
                name + ":2:3: unknown rule `reach/list-pagination` (did you mean `reach/list-paginated`?); `goalpost "
                        + "rules` lists every rule (a custom rule needs its jar: --rules-jar, or a plugin dependency)",
                name + ":3:26: `sometimes` is not a severity for reach/conditional-get; write one of off, info, "
                        + "warning, error (the rule's default is warning)",
                name + ":5:3: `reach` is a built-in goal; give the custom goal another name (it may `extends: "
                        + "[reach]`)");
        assertThat(out).isEmpty();
        assertThat(run("lint", "--config", dir.resolve("none.yaml").toString(), spec.toString())).isEqualTo(2);
        assertThat(err).startsWith("goalpost: the configuration file ").contains("does not exist");
    }

    @Test
    void suppressedFindingsAreCountedNotListedAndNeverFail() throws Exception {
        Path spec = write("api.yaml", LISTS.replace("info:", """
                x-goalpost-ignore:
                  reach/list-paginated:
                    reason: an export API; clients read everything
                    until: 2026-06-30
                info:"""));
        assertThat(run("lint", spec.toString())).isZero();
        assertThat(out).isEqualTo("0 errors, 0 warnings in 1 spec (reach); 2 suppressed\n");
        assertThat(run("lint", "--format", "json", spec.toString())).isZero();
        JsonNode finding = new ObjectMapper().readTree(out).at("/specs/0/findings/0");
        assertThat(finding.at("/suppression/reason").asText()).isEqualTo("an export API; clients read everything");
        assertThat(finding.at("/suppression/until").asText()).isEqualTo("2026-06-30");

        clock = Clock.fixed(LocalDate.of(2026, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertThat(run("lint", spec.toString())).isEqualTo(1);
        assertThat(out).contains("error reach/list-paginated ").contains("expired on 2026-06-30")
                .endsWith("2 errors, 0 warnings in 1 spec (reach)\n");
    }

    @Test
    void baselineRoundTrip() throws Exception {
        Path spec = write("api.yaml", LISTS);
        Path baseline = dir.resolve("goalpost-baseline.json");
        assertThat(run("baseline", "--baseline", baseline.toString(), spec.toString())).isZero();
        assertThat(out).isEqualTo("Wrote 2 findings of 1 spec to " + display(baseline) + "\n");

        // lines shift: nothing new, the run passes and says what the baseline holds
        Files.writeString(spec, "# the order API\n# maintained by the orders team\n" + Files.readString(spec));
        assertThat(run("lint", "--baseline", baseline.toString(), spec.toString())).isZero();
        assertThat(out).contains(":9:5 error reach/list-paginated ").contains("(in the baseline)")
                .endsWith("; baseline " + display(baseline) + ": 2 accepted (2 errors), 0 fixed\n");

        // a new violation fails alone
        Files.writeString(spec, Files.readString(spec) + """
                  /invoices:
                    get:
                      responses:
                        '200': {description: all invoices, content: {application/json: {schema: {type: array}}}}
                """);
        assertThat(run("lint", "--baseline", baseline.toString(), spec.toString())).isEqualTo(1);
        assertThat(out.lines().filter(line -> line.contains("error reach/list-paginated")
                && !line.endsWith("(in the baseline)"))).singleElement().asString().startsWith(relative(spec) + ":17:5");

        // fixing one reports it as fixed; pruning removes it
        Files.writeString(spec, Files.readString(spec).replace("  /customers:\n    get:\n",
                "  /customers:\n    get:\n      parameters:\n        - {name: cursor, in: query, schema: {type: string}}\n"
                        + "        - {name: limit, in: query, schema: {type: integer, maximum: 100}}\n"));
        assertThat(run("lint", "--fail-on", "never", "--baseline", baseline.toString(), spec.toString())).isZero();
        assertThat(out).contains(relative(spec) + ": fixed reach/list-paginated at /paths/~1customers/get");
        assertThat(run("lint", "--fail-on", "never", "--prune-baseline", "--baseline", baseline.toString(),
                spec.toString())).isZero();
        assertThat(err).isEqualTo("goalpost: removed 1 fixed entry from " + display(baseline) + "\n");
        assertThat(Files.readString(baseline)).doesNotContain("customers").contains("~1orders");
        assertThat(run("lint", "--fail-on", "never", "--baseline", baseline.toString(), spec.toString())).isZero();
        assertThat(out).doesNotContain(": fixed ").endsWith("2 new errors, 1 new warning in 1 spec (reach); baseline "
                + display(baseline)
                + ": 1 accepted (1 error), 0 fixed\n");
    }

    @Test
    void baselineProblemsExitWithTwo() throws Exception {
        Path spec = write("api.yaml", LISTS);
        assertThat(run("lint", "--baseline", dir.resolve("missing.json").toString(), spec.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("goalpost: the baseline " + display(dir.resolve("missing.json")) + " does not exist; "
                + "write it with `goalpost baseline` (or mvn goalpost:baseline), or leave the baseline option out\n");
        Path corrupt = write("b.json", "{\"format\": 1,\n \"findings\": [1]}");
        assertThat(run("lint", "--baseline", corrupt.toString(), spec.toString())).isEqualTo(2);
        assertThat(err).startsWith("goalpost: " + display(corrupt) + ":2:15: an entry must be an object");
        assertThat(run("lint", "--prune-baseline", spec.toString())).isEqualTo(2);
        assertThat(err).startsWith("goalpost: --prune-baseline needs a baseline");
    }

    /** A custom rule as a team's jar provides it. */
    @RuleInfo(id = "acme/operation-tagged", severity = Severity.ERROR, summary = "Every operation has a tag.",
            helpUri = "https://wiki.acme.test/operation-tagged")
    public static final class OperationTagged implements OperationRule {
        @Override
        public void check(Operation operation, RuleContext context) {
            if (operation.tags().isEmpty()) {
                context.report(operation.node(), operation.label() + " has no tag; add one");
            }
        }
    }

    @Test
    void rulesJarsAddRulesThatCustomGoalsApply() throws Exception {
        Path jar = dir.resolve("acme-rules.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(file)) {
            zip.putNextEntry(new JarEntry("META-INF/services/dev.goalpost.api.Rule"));
            zip.write((OperationTagged.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path config = write("goalpost.yaml", "goals:\n  acme: {extends: [marketing]}\n");
        Path spec = write("api.yaml", LISTS.replace("x-business-goal: reach", "x-business-goal: acme"));
        assertThat(run("lint", "--rules-jar", jar.toString(), "--config", config.toString(), spec.toString()))
                .isEqualTo(1);
        assertThat(out).contains(":7:5 error acme/operation-tagged GET /orders has no tag; add one")
                .contains("(acme)");

        assertThat(run("rules", "--rules-jar", jar.toString(), "--config", config.toString())).isZero();
        assertThat(out).contains("acme/operation-tagged").contains("Custom goals:")
                .containsPattern("  acme extends marketing; \\d+ rules:\n    acme/operation-tagged, marketing/");

        assertThat(run("lint", "--rules-jar", dir.resolve("none.jar").toString(), spec.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("goalpost: the rules jar " + dir.resolve("none.jar") + " does not exist; name a "
                + "jar built from a custom rule project (see examples/custom-rule)\n");
        // without the jar there is no such rule
        assertThat(run("rules", "--config", config.toString())).isZero();
        assertThat(out).doesNotContain("acme/operation-tagged");
    }

    @Test
    void theWorkingDirectorysConfigurationAndBaselineAreUsedWhenNoneIsNamed() throws Exception {
        write("goalpost.yaml", "defaultGoals: [reach]\n");
        write("specs/api.yaml", UNDECLARED);
        assertThat(goalpost("baseline")).isZero();
        assertThat(dir.resolve("goalpost-baseline.json")).isRegularFile();
        assertThat(Files.readString(dir.resolve("goalpost-baseline.json"))).contains("\"file\" : \"specs/api.yaml\"");
        assertThat(goalpost("lint", "specs")).isZero();
        assertThat(out).endsWith("0 new errors, 0 new warnings in 1 spec (reach); baseline goalpost-baseline.json: "
                + "2 accepted (2 errors), 0 fixed\n");
    }

    /** Runs the command line in a separate JVM whose working directory is the test folder. */
    private int goalpost(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GoalpostCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        out = Files.readString(dir.resolve("stdout.txt"));
        err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(err).isEmpty();
        return process.exitValue();
    }
}
