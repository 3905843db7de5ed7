package dev.goalpost.rules.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.rules.ConfiguredLint;
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

        List<Finding> asked = ConfiguredLint.alone(spec, RULE, Map.of("formatAssertions", BooleanNode.TRUE));

        assertThat(asked).extracting(Finding::line).containsExactly(15);
        assertThat(asked.get(0).message()).contains("schema example (top level)", "date-time");
        assertThat(ConfiguredLint.alone(spec, RULE, Map.of())).isEmpty();
    }
}
