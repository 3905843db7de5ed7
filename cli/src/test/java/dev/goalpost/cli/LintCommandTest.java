package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.fixtures.TestSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LintCommandTest extends CommandLineTest {

    private static final String DUPLICATE_IDS = dev.goalpost.SpecFiles.DUPLICATE_OPERATION_IDS;

    @Test
    void violationsExitWithOneAndPrintOneLinePerFindingThenASummary() throws Exception {
        Path file = write("api.yaml", DUPLICATE_IDS);
        assertThat(run("lint", file.toString())).isEqualTo(1);
        assertThat(out).contains(relative(file) + ":7:25 error core/operation-id-unique operationId `same` is already used");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("1 error, 0 warnings in 1 spec");
        assertThat(err).isEmpty();
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path file = write("api.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assertThat(run("lint", file.toString())).isZero();
        assertThat(out).contains("warning core/business-goal-missing");
        assertThat(run("lint", "--fail-on", "warning", file.toString())).isEqualTo(1);
        assertThat(run("lint", "--fail-on", "never", write("bad.yaml", DUPLICATE_IDS).toString())).isZero();
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        Path file = write("api.yaml", DUPLICATE_IDS);
        assertThat(run("lint", "--format", "json", file.toString())).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.path("tool").path("name").asText()).isEqualTo("goalpost");
        JsonNode spec = report.path("specs").get(0);
        assertThat(spec.path("openapi").asText()).isEqualTo("3.0.3");
        JsonNode finding = spec.path("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly(
                "rule", "goal", "severity", "message", "file", "line", "column", "pointer");
        assertThat(finding.path("pointer").asText()).isEqualTo("/paths/~1a/post/operationId");
        assertThat(report.path("summary").path("error").asInt()).isEqualTo(1);
    }

    @Test
    void outputGoesToAFileWhenAsked() throws Exception {
        Path file = write("api.yaml", DUPLICATE_IDS);
        Path report = dir.resolve("reports/goalpost.sarif");
        assertThat(run("lint", "--format", "sarif", "--output", report.toString(), file.toString())).isEqualTo(1);
        assertThat(out).isEmpty();
        assertThat(Files.readString(report)).contains("\"version\" : \"2.1.0\"").contains("core/operation-id-unique");
    }

    @Test
    void foldersAreSearchedForRootDocumentsOnly() throws Exception {
        write("specs/api.yaml", """
                openapi: 3.0.3
                x-business-goal: []
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get: {$ref: 'ops/get.yaml'}
                """);
        write("specs/ops/get.yaml", "operationId: a\nresponses: {'200': {description: ok}}\n");
        write("specs/notes.yaml", "title: not a spec\n");
        assertThat(run("lint", "--format", "json", dir.resolve("specs").toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.path("specs")).hasSize(1);
        assertThat(report.path("specs").get(0).path("file").asText()).endsWith("specs/api.yaml");
    }

    @Test
    void usageAndInputErrorsExitWithTwoAndNoStackTrace() throws Exception {
        Path file = write("api.yaml", DUPLICATE_IDS);
        assertThat(run("lint", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err).contains("no such file or folder").doesNotContain("Exception").doesNotContain("\tat ");

        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("lint", dir.resolve("empty").toString())).isEqualTo(2);
        assertThat(err).contains("no OpenAPI documents found under");

        assertThat(run("lint", "--format", "xml", file.toString())).isEqualTo(2);
        assertThat(err).contains("unknown format `xml`").contains("text, json, sarif");

        assertThat(run("lint", "--fail-on", "critical", file.toString())).isEqualTo(2);
        assertThat(err).contains("unknown --fail-on `critical`");

        assertThat(run("lint", "--default-goal", "reech", file.toString())).isEqualTo(2);
        assertThat(err).contains("did you mean `reach`");

        assertThat(run("lint", "--no-such-option", file.toString())).isEqualTo(2);
        assertThat(err).contains("unknown option `--no-such-option`").contains("--help");

        assertThat(run("lint")).isEqualTo(2);
        assertThat(err).contains("missing PATH");
    }

    @Test
    void unparseableSpecIsAFindingWithItsPlace() throws Exception {
        Path file = write("broken.yaml", "openapi: 3.0.3\ninfo: [oops\n");
        assertThat(run("lint", file.toString())).isEqualTo(1);
        assertThat(out).contains(relative(file) + ":2:").contains("error core/spec-valid cannot read YAML");
        assertThat(err).isEmpty();
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out).startsWith("goalpost ");
        assertThat(run("lint", "--help")).isZero();
        assertThat(out).contains("--fail-on").contains("--allow-remote-ref");
    }

    @Test
    void fixturesFolderLintsWithoutCrashing() {
        assertThat(run("lint", "--fail-on", "never", TestSpecs.resolve("rules/core").toString())).isZero();
        assertThat(out).contains("core/ref-refused").doesNotContain(dev.goalpost.engine.Linter.RULE_FAILED);
    }
}
