package dev.goalpost.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;
import org.mockito.Mockito;

class LintMojoTest {

    /** One error (a duplicate operationId, reported at the second) and one warning (no business goal). */
    static final String VIOLATING = """
            openapi: 3.0.3
            info:
              title: Orders
              version: 1.0.0
            paths:
              /orders:
                get:
                  operationId: listOrders
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: 'schemas/order.yaml'
              /orders/open:
                get:
                  operationId: listOrders
                  responses:
                    '200':
                      description: ok
            """;
    static final String ERROR_LINE = "src/main/openapi/openapi.yaml:18:20 [core/operation-id-unique] operationId "
            + "`listOrders` is already used by GET /orders (7:5); give each operation its own id";
    static final String WARNING_LINE = "src/main/openapi/openapi.yaml:1:1 [core/business-goal-missing] no business "
            + "goal is declared";

    @TempDir
    Path project;

    Log log = mock(Log.class);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    LintMojo mojo = new LintMojo();

    @BeforeEach
    void setUp() throws Exception {
        Mojos.lintInProject(mojo, project, log);
        mojo.stdout = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    }

    void write(String relative, String content) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    void violatingProject() throws Exception {
        write("src/main/openapi/openapi.yaml", VIOLATING);
        write("src/main/openapi/schemas/order.yaml", "type: object\n");
    }

    /** The same spec, without the duplicate operationId: only the warning is left. */
    void warningOnlyProject() throws Exception {
        int second = VIOLATING.lastIndexOf("listOrders");
        write("src/main/openapi/openapi.yaml", VIOLATING.substring(0, second) + "getOrder"
                + VIOLATING.substring(second + "listOrders".length()));
        write("src/main/openapi/schemas/order.yaml", "type: object\n");
    }

    @Test
    void logsEachFindingAtItsLevelThenTheSummaryAndFailsOnErrors() throws Exception {
        violatingProject();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Goalpost: 1 error, 1 warning in 1 spec fail the build (1 finding is at or above "
                        + "failOn=error). Reports: target/goalpost/goalpost.json, target/goalpost/goalpost.sarif");
        InOrder order = Mockito.inOrder(log);
        order.verify(log).warn(startsWith(WARNING_LINE));
        order.verify(log).error(ERROR_LINE);
        order.verify(log).info("Goalpost: 1 error, 1 warning in 1 spec");
        assertThat(project.resolve("target/goalpost/goalpost.json")).isRegularFile();
        assertThat(project.resolve("target/goalpost/goalpost.sarif")).isRegularFile();
        assertThat(project.resolve("target/goalpost/" + IncrementalRun.STATE_FILE)).doesNotExist();
    }

    @Test
    void warningsPassUnderTheDefaultFailOn() throws Exception {
        warningOnlyProject();
        mojo.execute();
        verify(log).warn(startsWith(WARNING_LINE));
        verify(log).info("Goalpost: 0 errors, 1 warning in 1 spec");
        verify(log, never()).error(anyString());
    }

    @Test
    void failOnWarningFailsOnWarnings() throws Exception {
        warningOnlyProject();
        mojo.failOn = "warning";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(1 finding is at or above failOn=warning)");
    }

    @Test
    void failOnNeverPassesWithErrors() throws Exception {
        violatingProject();
        mojo.failOn = "NEVER";
        mojo.execute();
        verify(log).error(ERROR_LINE);
    }

    @Test
    void maxWarningsFailsOnlyWhenWarningsExceedIt() throws Exception {
        warningOnlyProject();
        mojo.maxWarnings = 1;
        mojo.execute();

        mojo.maxWarnings = 0;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(1 warning exceeds maxWarnings=0)");
    }

    @Test
    void bothReasonsAreGivenWhenBothApply() throws Exception {
        violatingProject();
        mojo.maxWarnings = 0;
        assertThatThrownBy(mojo::execute).hasMessageContaining(
                "(1 finding is at or above failOn=error; 1 warning exceeds maxWarnings=0)");
    }

    @Test
    void aProjectWithoutSpecsLogsOneLineAndPasses() throws Exception {
        mojo.execute();
        verify(log).info(startsWith("Goalpost: no OpenAPI specs in src/main/openapi, openapi.yaml, openapi.yml, "
                + "openapi.json or src/main/resources under "));
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void rootSpecFilesAreFoundByDefaultToo() throws Exception {
        write("openapi.yml", "openapi: 3.1.0\nx-business-goal: []\ninfo: {title: t, version: '1'}\npaths: {}\n");
        mojo.execute();
        verify(log).info("Goalpost: 0 errors, 0 warnings in 1 spec");
    }

    @Test
    void skipLintsNothing() throws Exception {
        violatingProject();
        mojo.skip = true;
        mojo.execute();
        verify(log).info("Goalpost: skipped (goalpost.skip)");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void configuredSpecsMayBeFilesFoldersAndPatterns() throws Exception {
        write("api/a.yaml", "openapi: 3.1.0\ninfo: {title: a, version: '1'}\npaths: {}\n");
        write("api/v2/b.json", "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"b\", \"version\": \"1\"}, \"paths\": {}}");
        write("other.yaml", "openapi: 3.1.0\ninfo: {title: o, version: '1'}\npaths: {}\n");
        mojo.specs = List.of("api/**/*.json", "api/a.yaml,other.yaml");
        mojo.execute();
        verify(log).warn(startsWith("api/a.yaml:1:1 [core/business-goal-missing]"));
        verify(log).warn(startsWith("api/v2/b.json:1:1 [core/business-goal-missing]"));
        verify(log).warn(startsWith("other.yaml:1:1 [core/business-goal-missing]"));
        verify(log).info("Goalpost: 0 errors, 3 warnings in 3 specs");
    }

    @Test
    void includesAddPatternsAndExcludesDropFilesWhateverFoundThem() throws Exception {
        String spec = "openapi: 3.1.0\ninfo: {title: a, version: '1'}\npaths: {}\n";
        write("api/a.yaml", spec);
        write("api/generated/b.yaml", spec);
        write("src/main/resources/static/c.yaml", spec);
        write("src/main/resources/d.yaml", spec);
        mojo.includes = List.of("api/**/*.yaml");
        mojo.excludes = List.of("api/generated/**");
        mojo.execute();
        verify(log).warn(startsWith("api/a.yaml:1:1 [core/business-goal-missing]"));
        verify(log, never()).warn(startsWith("api/generated/b.yaml"));
        verify(log).info("Goalpost: 0 errors, 1 warning in 1 spec");

        // without includes the default places are searched, and excludes apply to them too
        mojo.includes = null;
        mojo.excludes = List.of("src/main/resources/static/");
        mojo.execute();
        verify(log).warn(startsWith("src/main/resources/d.yaml:1:1 [core/business-goal-missing]"));
        verify(log, never()).warn(startsWith("src/main/resources/static/c.yaml"));

        mojo.excludes = List.of("/abs/**");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("<excludes>: `/abs/**` is absolute; patterns are relative to the project "
                        + "folder");
    }

    @Test
    void defaultGoalsApplyToSpecsWithoutOne() throws Exception {
        warningOnlyProject();
        mojo.defaultGoals = List.of("reach");
        mojo.failOn = "never";
        mojo.execute();
        verify(log, never()).warn(startsWith(WARNING_LINE));
        verify(log, atLeastOnce()).error(Mockito.contains("[reach/"));
        verify(log).info(Mockito.endsWith("in 1 spec (reach)"));
    }

    @Test
    void badConfigurationIsAnExecutionErrorSayingWhatToWrite() throws Exception {
        violatingProject();
        mojo.failOn = "sometimes";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<failOn>sometimes</failOn> is not a severity; write error, warning, info or never");
        mojo.failOn = "error";

        mojo.formats = List.of("json", "pdf");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<formats> names an unknown report format `pdf`; write any of text, json, sarif, junit, "
                        + "checkstyle, github, html");
        mojo.formats = List.of("json");

        mojo.maxWarnings = -2;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("write a number of warnings (0 or more), or -1 for no limit");
        mojo.maxWarnings = -1;

        mojo.specs = List.of("apis/*.yaml");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("<specs>: `apis/*.yaml` matches no file under ")
                .hasMessageContaining("; write spec files, folders or patterns such as src/main/openapi/**/*.yaml");
        mojo.specs = null;

        mojo.defaultGoals = List.of("revenu");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Goalpost configuration: unknown default goal `revenu`");
    }

    @Test
    void anUnwritableOutputDirectoryIsAnExecutionError() throws Exception {
        warningOnlyProject();
        write("target/goalpost", "a file where the folder should be");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Goalpost could not write its reports: ")
                .hasMessageEndingWith("; set <outputDirectory> to a folder the build can write");
    }

    @Test
    void writesEveryRequestedFormatAndPrintsGithubCommandsToStandardOutput() throws Exception {
        violatingProject();
        mojo.formats = List.of("json", "sarif", "junit", "checkstyle", "html", "github", "text");
        mojo.failOn = "never";
        mojo.execute();
        for (String name : List.of("json", "sarif", "junit.xml", "checkstyle.xml", "html", "github.txt", "txt")) {
            assertThat(project.resolve("target/goalpost/goalpost." + name)).isNotEmptyFile();
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(
                Files.readString(project.resolve("target/goalpost/goalpost.github.txt")))
                .contains("::error file=src/main/openapi/openapi.yaml,line=18,col=20,title=core/operation-id-unique::");
    }

    @Test
    void filesAreNamedRelativeToTheFolderMavenStartedIn() throws Exception {
        Path module = project.resolve("orders-api");
        when(mojo.project.getBasedir()).thenReturn(module.toFile());
        write("orders-api/src/main/openapi/openapi.yaml", VIOLATING);
        write("orders-api/src/main/openapi/schemas/order.yaml", "type: object\n");
        mojo.outputDirectory = module.resolve("target/goalpost").toFile();
        assertThatThrownBy(mojo::execute).hasMessageEndingWith(
                "Reports: orders-api/target/goalpost/goalpost.json, orders-api/target/goalpost/goalpost.sarif");
        verify(log).error("orders-api/" + ERROR_LINE);
    }

    @Test
    void skipsWhenNothingChangedAndLintsAgainWhenAReferencedFragmentChanges() throws Exception {
        warningOnlyProject();
        mojo.execute();
        assertThat(project.resolve("target/goalpost/" + IncrementalRun.STATE_FILE)).isRegularFile();

        Log second = mock(Log.class);
        mojo.setLog(second);
        mojo.execute();
        verify(second).info("Goalpost: 1 spec, the files they reference, the configuration and the plugin are "
                + "unchanged since the last successful run; skipping (-Dgoalpost.force=true lints anyway)");
        verify(second, never()).warn(anyString());

        write("src/main/openapi/schemas/order.yaml", "type: object\nproperties:\n  id:\n    $ref: '#/nowhere'\n");
        Log third = mock(Log.class);
        mojo.setLog(third);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        verify(third).error(startsWith("src/main/openapi/schemas/order.yaml:4:5 [core/ref-unresolved]"));
    }

    @Test
    void forceAndConfigurationChangesBypassTheSkip() throws Exception {
        warningOnlyProject();
        mojo.execute();

        Log forced = mock(Log.class);
        mojo.setLog(forced);
        mojo.force = true;
        mojo.execute();
        verify(forced).warn(startsWith(WARNING_LINE));
        mojo.force = false;

        Log reconfigured = mock(Log.class);
        mojo.setLog(reconfigured);
        mojo.maxWarnings = 5;
        mojo.execute();
        verify(reconfigured).warn(startsWith(WARNING_LINE));

        Log deletedReport = mock(Log.class);
        mojo.setLog(deletedReport);
        Files.delete(project.resolve("target/goalpost/goalpost.sarif"));
        mojo.execute();
        verify(deletedReport).warn(startsWith(WARNING_LINE));
        assertThat(project.resolve("target/goalpost/goalpost.sarif")).isRegularFile();
    }

    @Test
    void aFailedRunIsNeverSkipped() throws Exception {
        violatingProject();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        Log again = mock(Log.class);
        mojo.setLog(again);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        verify(again).error(ERROR_LINE);
    }

    @Test
    void withoutAPomTheUninterpolatedDefaultOutputFolderIsTakenFromTheFolderMavenRunsIn() throws Exception {
        warningOnlyProject();
        mojo.outputDirectory = new File("${project.basedir}/target/goalpost");
        mojo.execute();
        assertThat(project.resolve("target/goalpost/goalpost.json")).isRegularFile();
    }

    @Test
    void commaSeparatedValuesAreSplit() {
        assertThat(LintMojo.values(List.of("json, sarif", "", "html"))).containsExactly("json", "sarif", "html");
        assertThat(LintMojo.values(null)).isEmpty();
    }
}
