package dev.goalpost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.endsWith;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.goalpost.fixtures.TestSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file, suppressions, baselines and the rules listing through the plugin's goals. */
class ProjectGoalsTest {

    @TempDir
    Path project;

    Log log = mock(Log.class);
    LintMojo lint = new LintMojo();

    /** Two list operations without pagination: two reach/list-paginated errors. */
    static final String LISTS = TestSpecs.read("project/unpaginated-lists.yaml");
    static final String SPEC = "src/main/openapi/openapi.yaml";

    @BeforeEach
    void setUp() {
        Mojos.lintInProject(lint, project, log);
        lint.formats = List.of("json");
    }

    void write(String relative, String content) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Log freshLog() {
        log = mock(Log.class);
        lint.setLog(log);
        return log;
    }

    @Test
    void theProjectsConfigurationFileSetsSeverities() throws Exception {
        write(SPEC, LISTS);
        write("goalpost.yaml", "rules:\n  reach/list-paginated: warning\n");
        lint.execute();
        verify(log).warn(startsWith(SPEC + ":7:5 [reach/list-paginated]"));
        verify(log, never()).error(contains("reach/list-paginated"));
    }

    @Test
    void theConfigurationFileOfTheFolderMavenStartedInServesItsModules() throws Exception {
        Path module = project.resolve("orders-api");
        when(lint.project.getBasedir()).thenReturn(module.toFile());
        write("orders-api/" + SPEC, LISTS.replace("x-business-goal: reach\n", ""));
        write("goalpost.yaml", "defaultGoals: [reach]\noverrides:\n  - files: [orders-api/src/**]\n"
                + "    rules: {reach/list-paginated: info}\n");
        lint.failOn = "never";
        lint.execute();
        verify(log).info(startsWith("orders-api/" + SPEC + ":6:5 [reach/list-paginated]"));
    }

    @Test
    void aNamedConfigurationFileWinsAndParametersWinOverIt() throws Exception {
        write(SPEC, LISTS.replace("x-business-goal: reach\n", ""));
        write("goalpost.yaml", "defaultGoals: [marketing]\n");
        write("config/strict.yaml", "defaultGoals: [reach]\n");
        lint.failOn = "never";
        lint.config = project.resolve("config/strict.yaml").toFile();
        lint.execute();
        verify(log).info(endsWith("in 1 spec (reach)"));

        freshLog();
        lint.defaultGoals = List.of("integration");
        lint.execute();
        verify(log).info(endsWith("in 1 spec (integration)"));
    }

    @Test
    void aBadConfigurationFileIsABuildErrorListingEveryProblem() throws Exception {
        write(SPEC, LISTS);
        write("goalpost.yaml", "rules:\n  reach/list-pagination: off\ngoals:\n  sales: {extends: [reach]}\n");
        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Goalpost configuration: 2 problems:\n"
                        + "goalpost.yaml:2:3: unknown rule `reach/list-pagination` (did you mean `reach/list-paginated`?); "
                        + "`goalpost rules` lists every rule (a custom rule needs its jar: --rules-jar, or a plugin "
                        + "dependency)\n"
                        + "goalpost.yaml:4:3: `sales` is an alias of the built-in goal marketing; give the custom goal "
                        + "another name (it may `extends: [marketing]`)");
        // Maven prints the message as the build error; the problems are not logged a second time.
        verify(log, never()).error(anyString());

        lint.config = project.resolve("missing.yaml").toFile();
        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Goalpost configuration: the configuration file ")
                .hasMessageContaining("missing.yaml does not exist");
    }

    @Test
    void suppressedFindingsAreNotLoggedNorFailTheBuildButAreCounted() throws Exception {
        write(SPEC, LISTS.replace("info:", "x-goalpost-ignore:\n  reach/list-paginated: an export API\ninfo:"));
        lint.execute();
        verify(log, never()).error(anyString());
        verify(log).info("Goalpost: 0 errors, 0 warnings in 1 spec (reach); 2 suppressed");
    }

    @Test
    void anExpiredSuppressionFailsTheBuildAgainSayingSo() throws Exception {
        write(SPEC, LISTS.replace("info:", "x-goalpost-ignore:\n  reach/list-paginated: {reason: later, until: "
                + "2026-03-31}\ninfo:"));
        lint.execute();
        lint.clock = Mojos.on(LocalDate.of(2026, 4, 1));
        // The last run is not reused after the suppression's date, although no file changed.
        assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class);
        verify(log, org.mockito.Mockito.times(2)).error(contains("expired on 2026-03-31"));
    }

    @Test
    void baselineRoundTrip() throws Exception {
        write(SPEC, LISTS);
        BaselineMojo baseline = Mojos.inProject(new BaselineMojo(), project, log);
        baseline.execute();
        verify(log).info("Goalpost: wrote 2 findings of 1 spec to goalpost-baseline.json");
        assertThat(project.resolve("goalpost-baseline.json")).content().contains("\"file\" : \"" + SPEC + "\"");

        // lines shift: the build passes, and says what the baseline holds
        write(SPEC, "# orders\n" + LISTS);
        freshLog();
        lint.execute();
        // a green build prints no [ERROR] for what the baseline accepts: those findings are INFO, marked
        verify(log, never()).error(anyString());
        verify(log).info(SPEC + ":8:5 [reach/list-paginated] GET /orders returns a list but takes neither a "
                + "page-size nor a position parameter; add `limit` (integer, with a `maximum`) and `cursor` query "
                + "parameters (in the baseline) (error)");
        verify(log).info("Goalpost: 0 new errors, 0 new warnings in 1 spec (reach); baseline goalpost-baseline.json: "
                + "2 accepted (2 errors), 0 fixed");

        // a new violation fails the build alone; a changed baseline is never skipped as unchanged
        write(SPEC, Files.readString(project.resolve(SPEC)) + "  /invoices:\n    get:\n      responses:\n"
                + "        '200': {description: all, content: {application/json: {schema: {type: array}}}}\n");
        freshLog();
        assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(1 new finding is at or above failOn=error)");

        // fixing one lists it as fixed; pruneBaseline drops it from the file
        write(SPEC, "# orders\n" + LISTS.replace("  /customers:\n    get:\n", "  /customers:\n    get:\n"
                + "      deprecated: true\n"));
        freshLog();
        lint.pruneBaseline = true;
        lint.failOn = "never";
        lint.execute();
        verify(log).info(SPEC + ": fixed reach/list-paginated at /paths/~1customers/get (in the baseline, no longer "
                + "found; prune the baseline to drop it)");
        verify(log).info("Goalpost: removed 1 fixed entry from goalpost-baseline.json");
        assertThat(project.resolve("goalpost-baseline.json")).content().doesNotContain("~1customers/get\"")
                .contains("~1orders/get");
    }

    @Test
    void baselineProblemsAreBuildErrors() throws Exception {
        write(SPEC, LISTS);
        lint.baseline = project.resolve("nope.json").toFile();
        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Goalpost baseline: the baseline nope.json does not exist; write it with `goalpost "
                        + "baseline` (or mvn goalpost:baseline), or leave the baseline option out");
        write("nope.json", "{\"format\": 1, \"findings\": {}}");
        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Goalpost baseline: nope.json:1:27: `findings` must be a list of entries");
        lint.baseline = null;
        lint.pruneBaseline = true;
        assertThatThrownBy(lint::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("<pruneBaseline> needs a baseline: there is no goalpost-baseline.json");
    }

    @Test
    void editingTheConfigurationFileOrTheBaselineLintsAgain() throws Exception {
        write(SPEC, LISTS);
        write("goalpost.yaml", "rules:\n  reach/list-paginated: warning\n");
        lint.execute();
        freshLog();
        lint.execute();
        verify(log).info(startsWith("Goalpost: 1 spec, the files they reference, the configuration and the plugin "
                + "are unchanged"));

        write("goalpost.yaml", "rules:\n  reach/list-paginated: info\n");
        freshLog();
        lint.execute();
        verify(log).info(startsWith(SPEC + ":7:5 [reach/list-paginated]"));

        Mojos.inProject(new BaselineMojo(), project, mock(Log.class)).execute();
        freshLog();
        lint.execute();
        verify(log).info(endsWith("baseline goalpost-baseline.json: 2 accepted (2 info), 0 fixed"));
    }

    @Test
    void rulesListsEveryRuleAsConfiguredAndTheCustomGoals() throws Exception {
        write("goalpost.yaml", "rules:\n  reach/conditional-get: off\ngoals:\n  partner-api: {extends: [reach]}\n");
        RulesMojo rules = Mojos.inProject(new RulesMojo(), project, log);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        rules.stdout = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        rules.execute();
        // on standard output, not the log, so that `mvn -q goalpost:rules` lists them too
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).first()
                .isEqualTo("Rules for goalpost.yaml: id, goal, severity, summary; options with their values");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("reach/conditional-get")
                .contains(" off (default warning) "))
                .contains("Custom goals:");
    }
}
