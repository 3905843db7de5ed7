package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.SpecReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {

    @TempDir
    Path dir;

    /** Two spec files whose lines say their own number, so excerpts can be checked exactly. */
    LintReport smallWithSources() throws Exception {
        Path root = dir.resolve("openapi.yaml");
        Path fragment = dir.resolve("pet.yaml");
        Files.write(root, IntStream.rangeClosed(1, 20).mapToObj(n -> "root line " + n).toList());
        Files.write(fragment, List.of("fragment line 1", "fragment line 2", "fragment <line> & 3", "fragment line 4"));
        return SampleReports.small(root, fragment);
    }

    static Document parse(String html) throws Exception {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        return XmlReports.parse(html.substring("<!DOCTYPE html>\n".length()));
    }

    static String text(Document document, String tag, String cssClass) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                texts.add(element.getTextContent());
            }
        }
        return String.join("\n", texts);
    }

    @Test
    void writesExactlyTheExpectedPageForASmallReport() throws Exception {
        Path resources = Path.of(HtmlReportWriterTest.class.getResource("/report").toURI());
        Path sources = resources.resolve("sources");
        String html = SampleReports.write(new HtmlReportWriter(),
                SampleReports.small(sources.resolve("openapi.yaml"), sources.resolve("pet.yaml")));
        assertThat(html).isEqualTo(Files.readString(resources.resolve("small.html")));
    }

    @Test
    void showsAScorecardPerGoalWithRulesPassedAndFailed() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(), smallWithSources());
        Document document = parse(html);
        assertThat(text(document, "div", "card")).isEqualTo(
                "reach1 of 2 rules passed1 of 2 rules passed, 1 failed\n"
                        + "core (every spec)1 of 2 rules passed1 of 2 rules passed, 1 failed");
        // Bars: grey track, green passed share, red failed share, in inline SVG.
        assertThat(html).contains("<svg width=\"240\" height=\"12\" viewBox=\"0 0 240 12\" role=\"img\" "
                + "aria-label=\"1 of 2 rules passed\"><title>1 of 2 rules passed</title>"
                + "<rect x=\"0\" y=\"0\" width=\"240\" height=\"12\" fill=\"#d1d9e0\"/>"
                + "<rect x=\"0\" y=\"0\" width=\"120\" height=\"12\" fill=\"#2e7d32\"/>"
                + "<rect x=\"120\" y=\"0\" width=\"120\" height=\"12\" fill=\"#c62828\"/></svg>");
    }

    @Test
    void groupsFindingsByGoalThenRuleWithDocLinksAndSourceLinesAroundEachLocation() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(), smallWithSources());
        Document document = parse(html);
        assertThat(text(document, "section", "goal").lines().filter(line -> !line.isBlank()).toList()).isNotEmpty();
        NodeList goals = document.getElementsByTagName("h3");
        assertThat(goals.item(0).getTextContent()).isEqualTo("reach");
        assertThat(goals.item(1).getTextContent()).isEqualTo("core (every spec)");

        // each rule is a collapsible section, open, with its count and a link to its page
        assertThat(html).contains("<details class=\"rule\" open=\"open\"><summary>reach/list-paginated<span "
                + "class=\"muted\"> (1)</span></summary>");
        assertThat(html).contains("<a href=\"" + RuleDescriptor.DOCS_BASE + "reach/list-paginated.md\">Rule page</a>");
        // the JSON pointer beside the location
        assertThat(text(document, "code", "ptr")).isEqualTo("/Pets\n/paths/~1pets/post/operationId");
        assertThat(text(document, "pre", null)).isEqualTo(
                "1  fragment line 1" + "2  fragment line 2" + "3  fragment <line> & 3" + "4  fragment line 4" + "\n"
                        + "12  root line 12" + "13  root line 13" + "14  root line 14" + "15  root line 15"
                        + "16  root line 16");
        assertThat(text(document, "span", "hit")).isEqualTo("3  fragment <line> & 3\n14  root line 14");
        assertThat(html).contains("fragment &lt;line&gt; &amp; 3");
    }

    @Test
    void isSelfContained() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(), smallWithSources());
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain(" src=")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("<img");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertThat(hrefs.group(1)).startsWith(RuleDescriptor.DOCS_BASE);
        }
    }

    @Test
    void escapesHostileContentAndLinksOnlyWebDocs() throws Exception {
        LintReport hostile = SampleReports.hostile();
        List<RuleDescriptor> rules = new ArrayList<>(hostile.rules());
        rules.replaceAll(rule -> rule.id().equals("core/operation-id-unique")
                ? new RuleDescriptor(rule.id(), rule.goal(), rule.defaultSeverity(), "<b>bold</b> summary",
                        "javascript:alert(1)", rule.kind(), rule.options(), null)
                : rule);
        String html = SampleReports.write(new HtmlReportWriter(), new LintReport("1.2.3", hostile.specs(), rules));
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("javascript:")
                .doesNotContain("\u0001");
        Document document = parse(html);
        assertThat(text(document, "h2", null)).isEqualTo(SampleReports.HOSTILE_FILE);
        assertThat(text(document, "div", "finding")).contains(
                "say \"hi\" & 'bye' <script>alert(1)</script>\nline two\nnaïve ✓ 日本 \uFFFD 100% done: a,b");
        assertThat(text(document, "summary", null)).contains("core/operation-id-unique");
    }

    @Test
    void messageBackticksAreCode() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(), smallWithSources());
        assertThat(html).contains("<p>operationId <code>getPet</code> is already used by GET /pets/{id}; give each "
                + "operation its own</p>");
        assertThat(html).contains("<p><code>GET /pets</code> returns a list but takes no page-size parameter; add "
                + "<code>limit</code></p>");
    }

    @Test
    void checkboxesFilterFindingsByGoalAndSeverityInCssAlone() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(), smallWithSources());
        Document document = parse(html);
        NodeList inputs = document.getElementsByTagName("input");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < inputs.getLength(); i++) {
            Element input = (Element) inputs.item(i);
            assertThat(input.getAttribute("type")).isEqualTo("checkbox");
            assertThat(input.getAttribute("checked")).isEqualTo("checked");
            ids.add(input.getAttribute("id"));
        }
        assertThat(ids).containsExactly("f-sev-error", "f-sev-warning", "f-sev-info", "f-goal-core", "f-goal-reach");
        assertThat(text(document, "p", "filters"))
                .isEqualTo("Show (click to hide):errorwarninginfogoal coregoal reach");
        assertThat(html).contains("#f-sev-warning:not(:checked)~* .finding.sev-warning{display:none}")
                .contains("#f-goal-reach:not(:checked)~* .finding.goal-reach{display:none}");
        // each finding carries the classes the filters select on
        assertThat(html).contains("<div class=\"finding warning sev-warning goal-reach\">")
                .contains("<div class=\"finding error sev-error goal-core\">");
    }

    @Test
    void aMinifiedJsonLineShowsTheNodePrettyPrintedInsteadOfTheStartOfTheLine() throws Exception {
        Path spec = dir.resolve("openapi.json");
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            paths.append(i == 0 ? "" : ",").append("\"/items").append(i).append("\":{\"get\":{\"responses\":{}}}");
        }
        Files.writeString(spec, "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
                + "\"paths\":{" + paths + "}}");
        dev.goalpost.engine.Finding finding = new dev.goalpost.engine.Finding("core/operation-id-unique", null,
                dev.goalpost.api.Severity.ERROR, "no responses", "openapi.json", 1, 400,
                "/paths/~1items12/get");
        SpecReport report = new SpecReport("openapi.json", "3.0.3", List.of(), List.of(finding),
                List.of("core/operation-id-unique"), List.of(new SpecReport.Source("openapi.json", spec)),
                new SpecReport.Timings(0, 0, 0));
        String html = SampleReports.write(new HtmlReportWriter(),
                new LintReport("1.2.3", List.of(report), SampleReports.RULES));
        Document document = parse(html);
        assertThat(text(document, "pre", "node")).isEqualTo("{\n  \"responses\" : { }\n}");
        assertThat(text(document, "code", "ptr")).isEqualTo("/paths/~1items12/get");
        assertThat(html).doesNotContain("{\"openapi\":\"3.0.3\"");
    }

    @Test
    void newFindingsAreListedApartFromThoseTheBaselineAccepts() throws Exception {
        LintReport report = SampleReports.suppressedAndBaselined();
        String html = SampleReports.write(new HtmlReportWriter(), report);
        Document document = parse(html);
        String goals = text(document, "section", "goal");
        assertThat(goals).contains("reach/list-paginated").doesNotContain("core/operation-id-unique");
        NodeList details = document.getElementsByTagName("details");
        Element baselined = null;
        for (int i = 0; i < details.getLength(); i++) {
            if (((Element) details.item(i)).getAttribute("class").equals("baselined")) {
                baselined = (Element) details.item(i);
            }
        }
        assertThat(baselined).isNotNull();
        assertThat(baselined.hasAttribute("open")).isFalse();
        assertThat(baselined.getTextContent()).startsWith("In the baseline (1): accepted, they do not fail the build")
                .contains("core/operation-id-unique");
    }

    @Test
    void remoteAndUnreadableSourcesHaveNoExcerpt() throws Exception {
        String html = SampleReports.write(new HtmlReportWriter(),
                SampleReports.small(null, dir.resolve("does-not-exist.yaml")));
        assertThat(html).doesNotContain("<pre>").contains("give each operation its own");
    }

    @Test
    void cleanSpecsSayNoFindingsAndEveryBarIsGreen() throws Exception {
        SpecReport spec = new SpecReport("openapi.yaml", "3.1.0", List.of("monetization"), List.of(),
                List.of("core/operation-id-unique"), List.of(), new SpecReport.Timings(0, 0, 0));
        String html = SampleReports.write(new HtmlReportWriter(),
                new LintReport("1.2.3", List.of(spec), SampleReports.RULES));
        Document document = parse(html);
        assertThat(text(document, "p", "ok")).isEqualTo("No findings.");
        assertThat(text(document, "div", "card"))
                .isEqualTo("monetizationno rules ranno rules ran\ncore (every spec)1 of 1 rules passed1 of 1 rules passed");
        assertThat(html).doesNotContain("#c62828\"/>");
    }
}
