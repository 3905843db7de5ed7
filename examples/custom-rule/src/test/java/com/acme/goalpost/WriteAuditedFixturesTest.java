package com.acme.goalpost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.fixtures.FixtureRunner;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Goalpost's own fixture harness, run on this project's fixtures: each YAML file under src/test/fixtures states
 * the findings it expects with {@code # expect: <rule>} comments, and gets exactly those.
 */
class WriteAuditedFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/fixtures").toAbsolutePath();

    /** The class path's rules: Goalpost's built-in ones and this project's, found through ServiceLoader. */
    private final FixtureRunner runner = new FixtureRunner(RuleRegistry.builtIn(), FIXTURES);

    @TestFactory
    Stream<DynamicTest> everyFixtureReportsExactlyWhatItExpects() {
        return FixtureRunner.roots(FIXTURES).stream().map(fixture -> DynamicTest.dynamicTest(
                FIXTURES.relativize(fixture).toString(), () -> {
                    FixtureRunner.Outcome outcome = runner.run(fixture);
                    assertThat(outcome.matches()).withFailMessage("%s:%n%s", fixture, outcome.difference()).isTrue();
                }));
    }

    @Test
    void theRuleIsRegisteredWithItsDocs() {
        var rule = RuleRegistry.builtIn().get("acme/write-audited");
        assertThat(rule).isNotNull();
        assertThat(rule.helpUri()).endsWith("/examples/custom-rule/docs/rules/acme/write-audited.md");
        assertThat(rule.option("methods")).isNotNull();
    }
}
