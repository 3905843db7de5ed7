package dev.goalpost.rules.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.rules.ConfiguredLint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionDeclaredTest {

    private static final String RULE = "reach/version-declared";

    /** Versioned in the server URL and, on every operation, in a header. */
    private static final String PATH_AND_HEADER = """
            openapi: 3.0.3
            x-business-goal: reach
            info: {title: Orders, version: '1'}
            servers:
              - url: https://api.example.com/v1
            paths:
              /orders:
                get:
                  parameters:
                    - {name: Accept-Version, in: header, schema: {type: string}}
                  responses:
                    '200':
                      description: the orders
                      content:
                        application/json:
                          schema: {type: object}
            """;

    @TempDir
    Path folder;

    private List<Finding> lint(String spec, String options) {
        LintConfiguration configuration = options == null ? LintConfiguration.defaults()
                : ConfiguredLint.withOptions(RULE, options);
        return ConfiguredLint.findings(folder, spec, configuration, RULE);
    }

    @Test
    void anyWayPassesByDefault() {
        assertThat(lint(PATH_AND_HEADER, null)).isEmpty();
    }

    @Test
    void eachStyleAcceptsOnlyItsOwnWay() {
        assertThat(lint(PATH_AND_HEADER, "{\"style\": \"path\"}")).isEmpty();
        assertThat(lint(PATH_AND_HEADER, "{\"style\": \"header\"}")).isEmpty();
        assertThat(lint(PATH_AND_HEADER, "{\"style\": \"query\"}")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("version query parameter"));
        assertThat(lint(PATH_AND_HEADER, "{\"style\": \"media-type\"}")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("JSON media type"));
    }

    @Test
    void headerStyleIgnoresAVersionedPath() {
        String pathOnly = PATH_AND_HEADER.replace("Accept-Version", "X-Request-Id");

        assertThat(lint(pathOnly, "{\"style\": \"path\"}")).isEmpty();
        assertThat(lint(pathOnly, "{\"style\": \"header\"}")).singleElement()
                .satisfies(finding -> assertThat(finding.line()).isEqualTo(5));
    }

    @Test
    void configuredParameterNamesReplaceTheDefaults() {
        String custom = PATH_AND_HEADER.replace("Accept-Version", "X-GitHub-Api-Version");

        assertThat(lint(custom, "{\"style\": \"header\"}")).hasSize(1);
        assertThat(lint(custom, "{\"style\": \"header\", \"parameterNames\": [\"x-github-api-version\"]}")).isEmpty();
    }
}
