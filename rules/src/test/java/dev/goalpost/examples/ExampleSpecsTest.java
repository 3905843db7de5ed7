package dev.goalpost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.TestSpecs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example specs the README lints: clean ones pass every built-in rule, violating ones break their goal's. */
class ExampleSpecsTest {

    private final Linter linter = Linter.withDefaults(TestSpecs.root());

    @ParameterizedTest
    @ValueSource(strings = {"integration", "marketing", "innovation"})
    void cleanExampleDeclaringOnlyItsGoalPassesEveryBuiltInRule(String goal) {
        SpecReport report = linter.lint(example(goal + "-clean.yaml"));

        assertThat(report.goals()).containsExactly(goal);
        assertThat(report.findings()).isEmpty();
        assertThat(report.rulesRun()).anyMatch(rule -> rule.startsWith(goal + "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "marketing", "innovation"})
    void violatingExampleBreaksOnlyItsGoalsRules(String goal) {
        List<Finding> findings = linter.lint(example(goal + "-violations.yaml")).findings();

        assertThat(findings).isNotEmpty().allMatch(finding -> goal.equals(finding.goal()));
    }

    private static Path example(String name) {
        return TestSpecs.resolve("examples").resolve(name);
    }
}
