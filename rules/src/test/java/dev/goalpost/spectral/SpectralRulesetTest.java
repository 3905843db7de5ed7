package dev.goalpost.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goalpost.SpecFiles;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.Finding;
import dev.goalpost.project.ProjectSetup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rulesets read from goalpost.yaml and --spectral-ruleset, run end to end through the linter. */
class SpectralRulesetTest {

    @TempDir
    Path dir;

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Orders, version: '1'}
            x-business-goal: reach
            paths:
              /orders:
                get:
                  operationId: list_orders
                  responses:
                    '200': {$ref: 'parts.yaml#/Ok'}
              /Users/:
                post:
                  operationId: addUser
                  responses:
                    '201': {description: created}
            """;

    private static final String PARTS = """
            Ok:
              description: ''
            """;

    private ProjectSetup open(List<Path> rulesets) {
        return ProjectSetup.open(ProjectSetup.Options.builder(dir)
                .ruleLoader(SpectralRulesetTest.class.getClassLoader()).clock(Clock.systemUTC())
                .spectralRulesets(rulesets).build());
    }

    private List<String> lint(ProjectSetup setup) {
        SpecFiles.write(dir, "parts.yaml", PARTS);
        List<Finding> findings = setup.linter().lint(SpecFiles.write(dir, "api.yaml", SPEC)).findings();
        return findings.stream().filter(f -> f.rule().startsWith("spectral/"))
                .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.rule() + " " + f.message())
                .toList();
    }

    @Test
    void rulesFromTheConfigurationFileRunWithTheirSeverityMessageAndFieldsAlsoInReferencedFiles() {
        SpecFiles.write(dir, "rules/.spectral.yaml", """
                rules:
                  operation-id-camel:
                    message: "{{property}} `{{value}}`: {{error}}"
                    severity: error
                    given: "$.paths[*][*]"
                    then: {field: operationId, function: casing, functionOptions: {type: camel}}
                  path-lower-case:
                    severity: hint
                    given: "$.paths"
                    then: {field: "@key", function: pattern, functionOptions: {match: "/^[a-z/{}-]+$/"}}
                  response-description:
                    description: Responses describe themselves.
                    given: "$.paths[*][*].responses[*]"
                    then: {field: description, function: truthy}
                """);
        SpecFiles.write(dir, "goalpost.yaml", "rulesets: [rules/.spectral.yaml]\n");
        assertThat(lint(open(List.of()))).containsExactly(
                "api.yaml:7 error spectral/operation-id-camel operationId `list_orders`: must be camel case",
                "api.yaml:10 info spectral/path-lower-case Object{} must match the pattern \"/^[a-z/{}-]+$/\"",
                "parts.yaml:2 warning spectral/response-description Responses describe themselves.");
    }

    @Test
    void aRuleTiedToAGoalRunsOnlyWhereTheGoalApplies() {
        Path ruleset = SpecFiles.write(dir, "goals.spectral.yaml", """
                rules:
                  sold-ops-have-ids:
                    x-business-goal: monetization
                    given: "$.paths[*][*]"
                    then: {field: summary, function: truthy}
                  reach-ops-have-ids:
                    x-business-goal: reach
                    given: "$.paths[*][*]"
                    then: {field: summary, function: truthy}
                """);
        assertThat(lint(open(List.of(ruleset)))).containsExactly(
                "api.yaml:6 warning spectral/reach-ops-have-ids \"summary\" property must be truthy",
                "api.yaml:11 warning spectral/reach-ops-have-ids \"summary\" property must be truthy");
    }

    @Test
    void aRuleListedUnderACustomGoalRunsWhereThatGoalAppliesAndAnUnknownGoalIsAnError() {
        SpecFiles.write(dir, ".spectral.yaml", """
                rules:
                  partner-summary:
                    given: "$.paths[*][*]"
                    then: {field: summary, function: truthy}
                """);
        SpecFiles.write(dir, "goalpost.yaml", """
                rulesets: .spectral.yaml
                goals:
                  partner-api: {rules: [spectral/partner-summary]}
                """);
        // The spec declares reach only, so the rule of partner-api does not run.
        assertThat(lint(open(List.of()))).isEmpty();
        Path partnerSpec = SpecFiles.write(dir, "partner.yaml", SPEC.replace("x-business-goal: reach",
                "x-business-goal: partner-api"));
        assertThat(open(List.of()).linter().lint(partnerSpec).findings()).extracting(Finding::rule)
                .containsExactly("spectral/partner-summary", "spectral/partner-summary");
        assertThat(open(List.of()).rulesetFiles()).containsExactly(dir.resolve(".spectral.yaml"));

        Path typo = SpecFiles.write(dir, "typo.yaml", """
                rules:
                  sold:
                    x-business-goal: monetisation
                    given: $
                    then: {function: truthy}
                """);
        assertThatThrownBy(() -> open(List.of(typo))).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("spectral/sold: unknown x-business-goal `monetisation` (did you mean "
                        + "`monetization`?)");
    }

    @Test
    void extendedRulesetsAreReadRelativeToTheExtendingOneAndCanBeReconfigured() {
        SpecFiles.write(dir, "base/company.yaml", """
                rules:
                  no-trailing-slash:
                    given: "$.paths"
                    then: {field: "@key", function: pattern, functionOptions: {notMatch: ".+/$"}}
                  operation-summary:
                    given: "$.paths[*][*]"
                    then: {field: summary, function: truthy}
                """);
        Path team = SpecFiles.write(dir, "team.yaml", """
                extends: [./base/company.yaml]
                rules:
                  no-trailing-slash: error
                  operation-summary: off
                """);
        assertThat(lint(open(List.of(team)))).containsExactly(
                "api.yaml:10 error spectral/no-trailing-slash Object{} must not match the pattern \".+/$\"");
    }

    @Test
    void customFunctionsAreReportedAsNotSupportedAtTheirLine() {
        Path ruleset = SpecFiles.write(dir, "custom.yaml", """
                functions: [checkIt]
                rules:
                  uses-js:
                    given: $
                    then:
                      function: checkIt
                """);
        ProjectSetup setup = open(List.of(ruleset));
        assertThat(setup.notices()).containsExactly("custom.yaml:6:7: spectral/uses-js uses the custom function "
                + "`checkIt`, which Goalpost cannot run (it is JavaScript); the rule is skipped. Port it to a Java "
                + "rule: see docs/spectral-rulesets.md#porting-a-custom-function");
        assertThat(lint(setup)).isEmpty();
    }

    @Test
    void everyMistakeIsAConfigurationErrorWithItsPlace() {
        Path ruleset = SpecFiles.write(dir, "broken.yaml", """
                rules:
                  bad-path:
                    given: "$.paths[(@.length-1)]"
                    then: {function: truthy}
                  bad-options:
                    given: $
                    then: {function: pattern, functionOptions: {matches: x}}
                  bad-severity:
                    severity: fatal
                    given: $
                    then: {function: truthy}
                  bad-key:
                    given: $
                    than: {function: truthy}
                """);
        assertThatThrownBy(() -> open(List.of(ruleset))).isInstanceOf(ConfigurationException.class)
                .hasMessage(String.join("\n",
                        "broken.yaml:9:5: the severity `fatal` is none of error, warn, info, hint, off",
                        "broken.yaml:3:12: rule `bad-path`: script expressions `[(…)]` are not supported; use a "
                                + "filter `[?(…)]` (character 9 of `$.paths[(@.length-1)]`)",
                        "broken.yaml:7:31: rule `bad-options`: `pattern` has no option `matches`; its options "
                                + "are match, notMatch",
                        "broken.yaml:14:5: rule `bad-key`: unknown key `than` (did you mean `then`?); a rule has description, message, "
                                + "severity, given, then, formats, resolved, recommended, documentationUrl, type, "
                                + "x-business-goal, tags",
                        "broken.yaml:12:3: rule `bad-key` has no `then`"));
    }

    @Test
    void spectralOasMapsToCoreRulesAndRunsTheRestNativelyOrSaysWhy() {
        Path ruleset = SpecFiles.write(dir, "oas.yaml", "extends: spectral:oas\n");
        ProjectSetup setup = open(List.of(ruleset));
        assertThat(setup.notices()).contains(
                "oas.yaml:1:1: spectral:oas rule operation-operationId-unique is reported by Goalpost's "
                        + "core/operation-id-unique",
                "oas.yaml:1:1: spectral:oas rule oas3-unused-component is not supported (it needs one of "
                        + "Spectral's JavaScript functions); it does not run");
        assertThat(setup.rules().registry().get("spectral/info-contact").defaultSeverity())
                .isEqualTo(Severity.WARNING);
        // Without a message of their own, Spectral's rules report their description.
        assertThat(lint(setup)).contains(
                "api.yaml:2 warning spectral/info-contact Info object must have \"contact\" object.",
                "api.yaml:6 warning spectral/operation-tags Operation must have non-empty \"tags\" array.",
                "api.yaml:10 warning spectral/path-keys-no-trailing-slash Path must not end with slash.");
    }
}
