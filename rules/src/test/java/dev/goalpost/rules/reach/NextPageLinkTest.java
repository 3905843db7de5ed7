package dev.goalpost.rules.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.rules.ConfiguredLint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextPageLinkTest {

    private static final String RULE = "reach/next-page-link";

    private static final String PAGED_BY_FROM = """
            openapi: 3.0.3
            x-business-goal: reach
            info: {title: Orders, version: '1'}
            paths:
              /orders:
                get:
                  parameters:
                    - {name: from, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: the orders
                      content:
                        application/json:
                          schema: {type: array, items: {type: object}}
            """;

    @TempDir
    Path folder;

    @Test
    void aListIsNotPaginatedByNamesOutsideTheDefaults() {
        assertThat(ConfiguredLint.findings(folder, PAGED_BY_FROM, LintConfiguration.defaults(), RULE)).isEmpty();
    }

    @Test
    void configuredPositionNamesMakeAListPaginated() {
        LintConfiguration configuration = ConfiguredLint.withOptions(RULE, "{\"positionNames\": [\"from\"]}");

        assertThat(ConfiguredLint.findings(folder, PAGED_BY_FROM, configuration, RULE)).singleElement()
                .satisfies(finding -> assertThat(finding.line()).isEqualTo(10));
    }
}
