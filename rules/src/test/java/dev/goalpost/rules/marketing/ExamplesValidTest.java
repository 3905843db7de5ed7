package dev.goalpost.rules.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.rules.RuleOptionsLint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamplesValidTest {

    private static final String RULE = "marketing/examples-valid";

    @Test
    void formatsAreCheckedOnlyWhenAsked() {
        Path spec = TestSpecs.resolve("options/examples-valid-formats.yaml");

        List<Finding> asked = RuleOptionsLint.lint(spec, RULE, Map.of("formatAssertions", BooleanNode.TRUE));

        assertThat(asked).extracting(Finding::line).containsExactly(15);
        assertThat(asked.get(0).message()).contains("schema example (top level)", "date-time");
        assertThat(RuleOptionsLint.lint(spec, RULE, Map.of())).isEmpty();
    }

    /**
     * Compiling each schema once and reusing it keeps the rule fast on the 13 MB GitHub description (about a second
     * here); compiling per example took minutes. Runs where the shared corpus is present.
     */
    @Test
    void checksTheGitHubDescriptionInSeconds() {
        String corpus = System.getProperty("goalpost.corpus");
        Path github = corpus == null ? null : Path.of(corpus, "github", "api.github.com.json");
        assumeTrue(github != null && Files.exists(github), "the shared corpus is not here");

        SpecReport.Timings without = timings(github, "marketing/info-complete");
        SpecReport.Timings with = timings(github, RULE);
        long ruleMillis = (with.rulesNanos() - without.rulesNanos()) / 1_000_000;

        System.out.printf("marketing/examples-valid on api.github.com.json: %d ms (rules %d ms, load %d ms)%n",
                ruleMillis, with.rulesNanos() / 1_000_000, with.loadNanos() / 1_000_000);
        assertThat(with.rulesNanos() / 1_000_000).isLessThan(20_000);
    }

    private static SpecReport.Timings timings(Path spec, String rule) {
        return RuleOptionsLint.report(spec, rule, Map.of()).timings();
    }
}
