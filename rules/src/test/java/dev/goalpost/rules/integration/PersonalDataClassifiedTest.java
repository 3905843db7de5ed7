package dev.goalpost.rules.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.goalpost.engine.Finding;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.rules.ConfiguredLint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataClassifiedTest {

    private static final String RULE = "integration/personal-data-classified";
    private static final Path SPEC = TestSpecs.resolve("options/personal-data-extra-names.yaml");

    @Test
    void extraNamesAreComparedLikeTheBuiltInOnes() {
        List<Finding> findings = ConfiguredLint.alone(SPEC, RULE,
                Map.of("extraNames", JsonNodeFactory.instance.arrayNode().add("NationalId")));

        assertThat(findings).extracting(Finding::rule, Finding::line).containsExactly(org.assertj.core.groups.Tuple
                .tuple(RULE, 13));
        assertThat(findings.get(0).message()).contains("`national_id`", "x-data-classification: pii");
    }

    @Test
    void namesOutsideTheListNeedNoClassificationByDefault() {
        assertThat(ConfiguredLint.alone(SPEC, RULE, Map.of())).isEmpty();
    }
}
