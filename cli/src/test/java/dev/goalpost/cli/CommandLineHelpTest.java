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
        assertThat(err).isEqualTo("goalpost: unknown command `lnt` (did you mean `lint`?); the commands are lint, "
                + "baseline, rules, help\nTry 'goalpost --help' for more information.\n");
        assertThat(run("lint", "--fail-onn", "error", "api.yaml")).isEqualTo(2);
        assertThat(err).isEqualTo("goalpost: unknown option `--fail-onn` (did you mean `--fail-on`?)\n"
                + "Try 'goalpost lint --help' for more information.\n");
        assertThat(run("lint", "--max-warning=3", "api.yaml")).isEqualTo(2);
        assertThat(err).contains("(did you mean `--max-warnings`?)");
        assertThat(run("lint", "--zzzzzzzzzz", "api.yaml")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: unknown option `--zzzzzzzzzz`\n");
        assertThat(run("--verison")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: unknown option `--verison` (did you mean `--version`?)");
    }

    @Test
    void optionMistakesSayWhatTheOptionWanted() {
        assertThat(run("lint", "api.yaml", "--format")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: option `--format` needs a value (FORMAT)\n");
        assertThat(run("lint", "--format", "json", "--format", "text", "api.yaml")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: option `--format` is given 2 times; give it once\n");
        assertThat(run("lint", "--threads", "two", "api.yaml")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: option `--threads` needs a whole number, not `two`\n");
        assertThat(run("lint", "--output", "a\0b", "api.yaml")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: option `--output`: `a\0b` is not a path");
        assertThat(run("rules", "extra")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: `goalpost rules` takes no parameters, but was given `extra`\n");
        assertThat(run("help", "lint", "rules")).isEqualTo(2);
        assertThat(err).startsWith("goalpost: `goalpost help` takes one command, but was given 2 words\n");
        assertThat(out).isEmpty();
    }

    @Test
    void optionsMayFollowThePathsAndValuesMayBeJoinedOrNegative() throws Exception {
        Path file = write("api.yaml", TWO_WARNINGS);
        assertThat(run("lint", file.toString(), "--fail-on=warning", "--max-warnings", "-1")).isEqualTo(1);
        assertThat(out).contains("0 errors, 2 warnings in 1 spec");
        assertThat(run("lint", "--default-goal", "reach", "--default-goal=marketing", "--fail-on", "never",
                file.toString())).isZero();
        assertThat(run("lint", "--fail-on", "never", "--", file.toString())).isZero();
        assertThat(run("lint", "--fail-on", "never", "--", "--help")).isEqualTo(2);
        assertThat(err).contains("no such file or folder");
    }

    @Test
    void helpListsEveryCommandAndEveryOption() {
        assertThat(run()).isZero();
        String root = out;
        assertThat(root).contains("Usage: goalpost COMMAND").contains("  lint  ").contains("  baseline  ")
                .contains("  rules  ").contains("Exit codes:");
        assertThat(run("--help")).isZero();
        assertThat(out).isEqualTo(root);
        assertThat(run("help")).isZero();
        assertThat(out).isEqualTo(root);
        assertThat(run("help", "help")).isZero();
        assertThat(out).isEqualTo(root);
        assertThat(run("lint", "-h", "--", "--help")).isZero();
        assertThat(out).startsWith("Usage: goalpost lint [OPTIONS]");
        assertThat(run("lint", "--fail-on", "never", "--", "-h")).isEqualTo(2);
        assertThat(err).contains("no such file or folder");
        assertThat(run("-V")).isZero();
        assertThat(out).startsWith("goalpost ");
        for (Subcommand command : GoalpostCommand.commands()) {
            assertThat(run(command.name(), "--help")).isZero();
            String help = out;
            assertThat(help).startsWith("Usage: goalpost " + command.name() + " [OPTIONS]");
            for (org.apache.commons.cli.Option option : command.options().getOptions()) {
                assertThat(help).contains("--" + option.getLongOpt());
            }
            assertThat(run("help", command.name())).isZero();
            assertThat(out).isEqualTo(help);
            assertThat(run(command.name(), "-h")).isZero();
            assertThat(out).isEqualTo(help);
        }
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
