package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The CLI keeps pace with the plugin: --max-warnings, --docs-url, and a did-you-mean for mistyped words. */
class CommandLineHelpTest extends CommandLineTest {

    private static final String TWO_WARNINGS = """
            openapi: 3.0.3
            x-business-goal: reach
            info: {title: t, version: '1'}
            servers: [{url: 'https://api.example.com/v1'}]
            paths:
              /orders/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '200': {description: one order, content: {application/json: {schema: {type: object}}}}
              /users/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '200': {description: one user, content: {application/json: {schema: {type: object}}}}
            """;

    @Test
    void maxWarningsFailsOnlyWhenWarningsExceedIt() throws Exception {
        Path file = write("api.yaml", TWO_WARNINGS);
        assertThat(run("lint", file.toString())).isZero();
        assertThat(out).contains("0 errors, 2 warnings in 1 spec");
        assertThat(run("lint", "--max-warnings", "2", file.toString())).isZero();
        assertThat(run("lint", "--max-warnings", "1", file.toString())).isEqualTo(1);
        assertThat(err).isEqualTo("goalpost: 2 warnings exceed --max-warnings 1\n");
        assertThat(run("lint", "--max-warnings", "-2", file.toString())).isEqualTo(2);
        assertThat(err).startsWith("goalpost: --max-warnings -2 is not a limit");
    }

    @Test
    void mistypedCommandsAndOptionsGetASuggestion() {
        assertThat(run("lnt", "api.yaml")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: Unmatched arguments from index 0: 'lnt', 'api.yaml' (did you mean "
                + "`lint`?)\n");
        assertThat(run("lint", "--fail-onn", "error", "api.yaml")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: Unknown option: '--fail-onn' (did you mean `--fail-on`?)\n");
        assertThat(run("lint", "--max-warning=3", "api.yaml")).isEqualTo(2);
        assertThat(err).contains("(did you mean `--max-warnings`?)");
        assertThat(run("lint", "--zzzzzzzzzz", "api.yaml")).isEqualTo(2);
        assertThat(err).doesNotContain("did you mean");
    }

    @Test
    void docsUrlMovesTheRulesHelpLinks() throws Exception {
        Path file = write("api.yaml", TWO_WARNINGS);
        assertThat(run("lint", "--format", "sarif", "--docs-url", "https://docs.acme.example/rules/",
                file.toString())).isZero();
        assertThat(out).contains("\"helpUri\" : \"https://docs.acme.example/rules/reach/conditional-get.md\"")
                .doesNotContain("\"helpUri\" : \"https://github.com/goalpost-dev");
    }
}
