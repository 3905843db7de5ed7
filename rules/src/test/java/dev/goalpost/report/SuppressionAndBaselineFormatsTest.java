package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.LintReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every format shows a suppressed finding as suppressed (never as a problem, never dropped silently) and a
 * baseline comparison as the format can: one new finding, one in the baseline, one fixed entry.
 */
class SuppressionAndBaselineFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LintReport report = SampleReports.suppressedAndBaselined();

    @Test
    void countsLeaveSuppressedFindingsOutAndOnlyNewOnesFail() {
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        assertThat(report.suppressedCount()).isEqualTo(1);
        assertThat(report.fails(FailOn.ERROR)).isFalse();
        assertThat(report.fails(FailOn.WARNING)).isTrue();
        assertThat(report.gatingCount(Severity.WARNING)).isEqualTo(1);
        assertThat(report.gatingCount(Severity.ERROR)).isZero();
        assertThat(Summaries.line(report)).isEqualTo("0 new errors, 1 new warning in 1 spec (reach); 1 suppressed; "
                + "baseline goalpost-baseline.json: 1 accepted (1 error), 1 fixed");
    }

    @Test
    void textListsReportedFindingsMarksBaselineOnesAndListsFixedEntries() throws Exception {
        assertThat(SampleReports.write(new TextReportWriter(), report)).isEqualTo("""
                api/openapi.yaml:14:7 error core/operation-id-unique operationId `getPet` is already used by GET /pets/{id}; give each operation its own (in the baseline)
                api/schemas/pet.yaml:3:3 warning reach/list-paginated `GET /pets` returns a list but takes no page-size parameter; add `limit`
                api/openapi.yaml: fixed reach/list-paginated at /paths/~1owners/get (in the baseline, no longer found; prune the baseline to drop it)
                0 new errors, 1 new warning in 1 spec (reach); 1 suppressed; baseline goalpost-baseline.json: 1 accepted (1 error), 1 fixed
                """);
    }

    @Test
    void jsonCarriesTheSuppressionTheBaselineStateAndTheFixedEntries() throws Exception {
        JsonNode json = JSON.readTree(SampleReports.write(new JsonReportWriter(), report));
        JsonNode findings = json.at("/specs/0/findings");
        assertThat(findings.get(0).path("baseline").asText()).isEqualTo("unchanged");
        assertThat(findings.get(1).path("baseline").asText()).isEqualTo("new");
        assertThat(findings.get(1).has("suppression")).isFalse();
        JsonNode suppression = findings.get(2).path("suppression");
        assertThat(JSON.writeValueAsString(suppression)).isEqualTo("{\"kind\":\"inSource\",\"rule\":"
                + "\"reach/conditional-get\",\"reason\":\"pets change every second\",\"until\":\"2027-06-30\","
                + "\"file\":\"api/openapi.yaml\",\"line\":22,\"column\":9}");
        assertThat(findings.get(2).has("baseline")).isFalse();
        assertThat(JSON.writeValueAsString(json.path("summary")))
                .isEqualTo("{\"error\":1,\"warning\":1,\"info\":0,\"suppressed\":1}");
        assertThat(JSON.writeValueAsString(json.path("baseline"))).isEqualTo("{\"file\":\"goalpost-baseline.json\","
                + "\"unchanged\":1,\"new\":1,\"fixed\":[{\"file\":\"api/openapi.yaml\",\"rule\":\"reach/list-paginated\","
                + "\"pointer\":\"/paths/~1owners/get\",\"fingerprint\":\"0123456789ab\"}]}");
    }

    @Test
    void jsonWithoutSuppressionsOrBaselineKeepsTheFirstShapePlusASuppressedCount() throws Exception {
        JsonNode json = JSON.readTree(SampleReports.write(new JsonReportWriter(), SampleReports.small()));
        assertThat(json.has("baseline")).isFalse();
        assertThat(json.at("/specs/0/findings/0").size()).isEqualTo(8);
        assertThat(json.at("/summary/suppressed").asInt()).isZero();
    }

    @Test
    void sarifHasAnInSourceSuppressionWithItsJustificationAndBaselineStates() throws Exception {
        JsonNode sarif = JSON.readTree(SampleReports.write(new SarifReportWriter(), report));
        SarifSchemaTest.assertValid(sarif);
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).path("baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.get(1).path("baselineState").asText()).isEqualTo("new");
        assertThat(results.get(1).has("suppressions")).isFalse();
        JsonNode suppression = results.get(2).at("/suppressions/0");
        assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
        assertThat(suppression.path("justification").asText()).isEqualTo("pets change every second (until 2027-06-30)");
        assertThat(suppression.at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(22);
        assertThat(suppression.at("/location/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("api/openapi.yaml");
    }

    @Test
    void junitSkipsWhatCannotFailTheRunSayingWhy() throws Exception {
        Document junit = XmlReports.parse(SampleReports.write(new JunitReportWriter(FailOn.WARNING), report));
        Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("2");
        assertThat(((Element) junit.getElementsByTagName("testsuites").item(0)).getAttribute("failures"))
                .isEqualTo("1");
        NodeList skipped = junit.getElementsByTagName("skipped");
        assertThat(((Element) skipped.item(0)).getAttribute("message")).startsWith("in the baseline | api/openapi.yaml:14:7 operationId");
        assertThat(((Element) skipped.item(1)).getAttribute("message")).isEqualTo("suppressed by x-goalpost-ignore at "
                + "api/openapi.yaml:22:9: pets change every second (until 2027-06-30) | api/openapi.yaml:20:5 "
                + "`GET /pets/{id}` returns one "
                + "resource but declares neither `ETag` nor `Last-Modified`");
        assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void checkstyleLeavesSuppressedFindingsOutAsCheckstyleDoes() throws Exception {
        String xml = SampleReports.write(new CheckstyleReportWriter(), report);
        Document checkstyle = XmlReports.parse(xml);
        assertThat(checkstyle.getElementsByTagName("error").getLength()).isEqualTo(2);
        assertThat(xml).doesNotContain("conditional-get").contains("give each operation its own (in the baseline)");
    }

    @Test
    void githubAnnotatesOnlyWhatCanFailTheRun() throws Exception {
        assertThat(SampleReports.write(new GithubReportWriter(), report)).isEqualTo(
                "::warning file=api/schemas/pet.yaml,line=3,col=3,title=reach/list-paginated::`GET /pets` returns a "
                        + "list but takes no page-size parameter; add `limit`\n");
    }

    @Test
    void htmlListsSuppressedFindingsInACollapsedSectionWithTheirReason() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(), report);
        Document document = HtmlReportWriterTest.parse(html);
        NodeList all = document.getElementsByTagName("details");
        List<Element> details = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of("fixed", "suppressed").contains(element.getAttribute("class"))) {
                details.add(element);
            }
        }
        assertThat(details).hasSize(2);
        Element fixed = details.get(0);
        assertThat(fixed.getAttribute("class")).isEqualTo("fixed");
        assertThat(fixed.hasAttribute("open")).isFalse();
        assertThat(fixed.getTextContent()).startsWith("Fixed since the baseline (1)")
                .contains("api/openapi.yaml: fixed reach/list-paginated at /paths/~1owners/get");
        Element suppressed = details.get(1);
        assertThat(suppressed.getAttribute("class")).isEqualTo("suppressed");
        assertThat(suppressed.hasAttribute("open")).isFalse();
        assertThat(suppressed.getTextContent()).startsWith("Suppressed findings (1)reach/conditional-get")
                .contains("suppressed by x-goalpost-ignore (reach/conditional-get) at api/openapi.yaml:22:9: pets "
                        + "change every second (until 2027-06-30)");
        // the scorecard counts the suppressed rule as passed, and the spec's counts name it apart
        assertThat(HtmlReportWriterTest.text(document, "div", "card")).contains("reach1 of 2 rules passed");
        assertThat(html).contains("1 error, 1 warning, 1 suppressed").contains("in the baseline");
    }
}
