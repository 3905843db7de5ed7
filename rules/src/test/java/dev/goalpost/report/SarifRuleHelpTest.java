package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.engine.FailOn;
import org.junit.jupiter.api.Test;

/**
 * GitHub code scanning shows a rule's {@code help} beside each alert: every built-in rule carries its doc page's
 * first paragraph as {@code fullDescription} and the page as {@code help} (text and Markdown), and the help URI
 * follows {@code docsUrl} when it is set.
 */
class SarifRuleHelpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode rule(JsonNode sarif, String id) {
        for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void everyBuiltInRuleHasItsDocPageAsHelp() throws Exception {
        JsonNode sarif = JSON.readTree(SampleReports.write(new SarifReportWriter(), SampleReports.small()));
        SarifSchemaTest.assertValid(sarif);
        JsonNode paginated = rule(sarif, "reach/list-paginated");
        assertThat(paginated.at("/fullDescription/text").asText()).isEqualTo("A list operation (https://github.com/"
                + "goalpost-dev/goalpost/blob/main/docs/rules/reach/README.md#list-operations) takes a page-size "
                + "query parameter and a position parameter (query or header), by the names of the pagination "
                + "vocabulary (https://github.com/goalpost-dev/goalpost/blob/main/docs/configuration.md"
                + "#pagination-vocabulary). Names are compared in any case; a `type: boolean` parameter is neither "
                + "(`count=true` asks for a total, not a page size).");
        assertThat(paginated.at("/help/markdown").asText())
                .startsWith("**Severity:** error · **Kind:** operation rule · **Goal:** `reach`")
                .contains("## Why")
                .contains("[list operation](https://github.com/goalpost-dev/goalpost/blob/main/docs/rules/reach/"
                        + "README.md#list-operations)")
                .doesNotContain("<!--");
        assertThat(paginated.at("/help/text").asText()).contains("Severity: error").contains("## Why")
                .doesNotContain("](");
        assertThat(paginated.path("helpUri").asText())
                .isEqualTo("https://github.com/goalpost-dev/goalpost/blob/main/docs/rules/reach/list-paginated.md");
        for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
            assertThat(rule.at("/help/markdown").asText()).as(rule.path("id").asText()).isNotEmpty();
            assertThat(rule.at("/fullDescription/text").asText()).as(rule.path("id").asText()).isNotEmpty();
        }
    }

    @Test
    void docsUrlMovesHelpUrisAndLinks() throws Exception {
        ReportSettings settings = new ReportSettings(FailOn.ERROR, "https://docs.acme.example/goalpost/rules");
        JsonNode sarif = JSON.readTree(SampleReports.write(new SarifReportWriter(settings), SampleReports.small()));
        SarifSchemaTest.assertValid(sarif);
        JsonNode paginated = rule(sarif, "reach/list-paginated");
        assertThat(paginated.path("helpUri").asText())
                .isEqualTo("https://docs.acme.example/goalpost/rules/reach/list-paginated.md");
        assertThat(paginated.at("/help/markdown").asText())
                .contains("(https://docs.acme.example/goalpost/rules/reach/README.md#list-operations)")
                .doesNotContain("github.com/goalpost-dev");
    }

    @Test
    void customOrMalformedRuleIdsHaveNoHelp() {
        String base = dev.goalpost.engine.RuleDescriptor.DOCS_BASE;
        assertThat(RuleHelp.of("acme/write-audited", base)).isNull();
        assertThat(RuleHelp.of("../../etc/passwd", base)).isNull();
        assertThat(RuleHelp.of("reach/list-paginated", base)).isNotNull();
    }
}
