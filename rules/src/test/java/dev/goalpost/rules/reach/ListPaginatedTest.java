package dev.goalpost.rules.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.rules.ConfiguredLint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListPaginatedTest {

    private static final String RULE = "reach/list-paginated";

    private static final String COUNT_AND_FROM = """
            openapi: 3.1.0
            x-business-goal: reach
            info: {title: Orders, version: '1'}
            paths:
              /orders:
                get:
                  parameters:
                    - {name: count, in: query, schema: {type: integer}}
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
    void namesOutsideTheDefaultsAreNotPagination() {
        List<Finding> findings = ConfiguredLint.findings(folder, COUNT_AND_FROM, LintConfiguration.defaults(), RULE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(6);
            assertThat(finding.message()).startsWith("GET /orders returns a list but takes neither");
        });
    }

    @Test
    void configuredNamesCountAsPageSizeAndPosition() {
        LintConfiguration configuration = ConfiguredLint.withOptions(RULE,
                "{\"pageSizeNames\": [\"count\"], \"positionNames\": [\"from\"]}");

        assertThat(ConfiguredLint.findings(folder, COUNT_AND_FROM, configuration, RULE)).isEmpty();
    }

    @Test
    void configuredNamesReplaceTheDefaultsAndShapeTheAdvice() {
        String limitAndCursor = COUNT_AND_FROM.replace("count", "limit").replace("from", "cursor");
        LintConfiguration configuration = ConfiguredLint.withOptions(RULE, "{\"pageSizeNames\": [\"count\"]}");

        assertThat(ConfiguredLint.findings(folder, limitAndCursor, configuration, RULE)).singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("takes no page-size parameter; add `count`"));
    }
}
