package dev.goalpost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.TestSpecs;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example specs the README lints, with every built-in rule: each clean example passes, and each
 * {@code *-violations} example breaks every rule of its goal and nothing else.
 */
class ExamplesTest {

    private final Linter linter = Linter.withDefaults(TestSpecs.root());

    @ParameterizedTest
    @ValueSource(strings = {"monetization", "reach", "marketing", "innovation", "integration"})
    void cleanExamplePassesEveryRule(String goal) {
        SpecReport report = linter.lint(TestSpecs.resolve("examples/" + goal + "-clean.yaml"));

        assertThat(report.goals()).containsExactly(goal);
        assertThat(report.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"monetization", "reach", "marketing", "innovation", "integration"})
    void violatingExampleBreaksEveryRuleOfItsGoalAndNoOther(String goal) {
        SpecReport report = linter.lint(TestSpecs.resolve("examples/" + goal + "-violations.yaml"));

        Set<String> goalRules = RuleRegistry.builtIn().rules().stream().filter(rule -> rule.goal().equals(goal))
                .map(RuleDescriptor::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(report.goals()).containsExactly(goal);
        assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.goal()).isEqualTo(goal));
        Set<String> reported = report.findings().stream().map(Finding::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reported).isEqualTo(goalRules);
    }
}
