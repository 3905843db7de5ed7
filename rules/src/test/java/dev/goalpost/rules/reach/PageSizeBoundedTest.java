package dev.goalpost.rules.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.rules.ConfiguredLint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSizeBoundedTest {

    private static final String RULE = "reach/page-size-bounded";

    private static final String LIMIT_500_DEFAULT_50 = """
            openapi: 3.0.3
            x-business-goal: reach
            info: {title: Orders, version: '1'}
            paths:
              /orders:
                get:
                  parameters:
                    - name: limit
                      in: query
                      schema: {type: integer, maximum: 500, default: 50}
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
    void boundsWithinTheDefaultLimitsPass() {
        assertThat(ConfiguredLint.findings(folder, LIMIT_500_DEFAULT_50, LintConfiguration.defaults(), RULE)).isEmpty();
    }

    @Test
    void aLowerMaxPageSizeRejectsTheMaximumAtTheParameter() {
        LintConfiguration configuration = ConfiguredLint.withOptions(RULE, "{\"maxPageSize\": 200}");

        assertThat(ConfiguredLint.findings(folder, LIMIT_500_DEFAULT_50, configuration, RULE)).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.line()).isEqualTo(8);
                    assertThat(finding.message()).isEqualTo("page-size parameter `limit` allows pages of 500; lower "
                            + "its `maximum` to 200 or less, so a small device never gets more than it can handle");
                });
    }

    @Test
    void aLowerMaxDefaultPageSizeRejectsTheDefault() {
        LintConfiguration configuration = ConfiguredLint.withOptions(RULE, "{\"maxDefaultPageSize\": 20}");

        assertThat(ConfiguredLint.findings(folder, LIMIT_500_DEFAULT_50, configuration, RULE)).singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("defaults to 50; lower its `default` to 20 or less"));
    }

    @Test
    void configuredPageSizeNamesAreChecked() {
        String count = LIMIT_500_DEFAULT_50.replace("name: limit", "name: count").replace("maximum: 500, ", "");
        LintConfiguration configuration = ConfiguredLint.withOptions(RULE, "{\"pageSizeNames\": [\"count\"]}");

        assertThat(ConfiguredLint.findings(folder, count, LintConfiguration.defaults(), RULE)).isEmpty();
        assertThat(ConfiguredLint.findings(folder, count, configuration, RULE)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("`count` has no `maximum`"));
    }
}
