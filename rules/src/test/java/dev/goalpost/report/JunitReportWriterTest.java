package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {

    /**
     * Under the default failOn=error only the error is a failed test; the warning is skipped saying why (a build
     * that passes is not UNSTABLE in Jenkins). Test names carry the rule and the pointer, never the line.
     */
    @Test
    void writesASuitePerSpecAPassingCasePerCleanRuleAndAFailurePerFindingThatFailsTheRun() throws Exception {
        assertThat(SampleReports.write(new JunitReportWriter(), SampleReports.small())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="goalpost" tests="4" failures="1" errors="0">
                  <testsuite name="api/openapi.yaml" tests="4" failures="1" errors="0" skipped="1">
                    <properties>
                      <property name="openapi" value="3.0.3"/>
                      <property name="goals" value="reach"/>
                    </properties>
                    <testcase classname="api/openapi.yaml" name="core/business-goal-unknown"/>
                    <testcase classname="api/openapi.yaml" name="core/operation-id-unique at /paths/~1pets/post/operationId">
                      <failure type="error" message="api/openapi.yaml:14:7 operationId `getPet` is already used by GET /pets/{id}; give each operation its own">api/openapi.yaml:14:7 error core/operation-id-unique
                operationId `getPet` is already used by GET /pets/{id}; give each operation its own
                Rule: https://github.com/goalpost-dev/goalpost/blob/main/docs/rules/core/operation-id-unique.md</failure>
                    </testcase>
                    <testcase classname="api/openapi.yaml" name="reach/conditional-get"/>
                    <testcase classname="api/openapi.yaml" name="reach/list-paginated at api/schemas/pet.yaml#/Pets">
                      <skipped message="warning below failOn=error | api/schemas/pet.yaml:3:3 `GET /pets` returns a list but takes no page-size parameter; add `limit`"/>
                    </testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void failOnWarningMakesTheWarningAFailedTestToo() throws Exception {
        Document junit = XmlReports.parse(SampleReports.write(new JunitReportWriter(FailOn.WARNING),
                SampleReports.small()));
        Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        Element warning = (Element) junit.getElementsByTagName("failure").item(1);
        assertThat(warning.getAttribute("type")).isEqualTo("warning");
        assertThat(warning.getAttribute("message")).startsWith("api/schemas/pet.yaml:3:3 `GET /pets` returns a list");
    }

    @Test
    void testNamesStayTheSameWhenLinesMove() throws Exception {
        LintReport report = SampleReports.small();
        SpecReport spec = report.specs().get(0);
        List<Finding> shifted = spec.findings().stream().map(finding -> new Finding(finding.rule(), finding.goal(),
                finding.severity(), finding.message(), finding.file(), finding.line() + 7, finding.column(),
                finding.pointer())).toList();
        LintReport moved = new LintReport(report.toolVersion(), List.of(spec.withFindings(shifted)), report.rules());
        assertThat(names(SampleReports.write(new JunitReportWriter(), moved)))
                .isEqualTo(names(SampleReports.write(new JunitReportWriter(), report)))
                .contains("core/operation-id-unique at /paths/~1pets/post/operationId");
    }

    private static List<String> names(String xml) throws Exception {
        NodeList cases = XmlReports.parse(xml).getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        return names;
    }

    @Test
    void hostileMessagesAndFileNamesStayWellFormedAndReadBackAsWritten() throws Exception {
        String xml = SampleReports.write(new JunitReportWriter(FailOn.INFO), SampleReports.hostile());
        assertThat(xml).doesNotContain("<script>").doesNotContain("\u0001");

        Document document = XmlReports.parse(xml);
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(SampleReports.HOSTILE_FILE);
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        // Attributes are one line; the element text keeps the message's line breaks.
        assertThat(failure.getAttribute("message")).endsWith(" " + SampleReports.HOSTILE_MESSAGE_ONE_LINE);
        assertThat(failure.getTextContent()).contains(
                "say \"hi\" & 'bye' <script>alert(1)</script>\nline two\nnaïve ✓ 日本 \uFFFD 100% done: a,b");
    }

    @Test
    void anEmptyRunIsAnEmptySuiteList() throws Exception {
        String xml = SampleReports.write(new JunitReportWriter(),
                new dev.goalpost.engine.LintReport("1.2.3", java.util.List.of(), SampleReports.RULES));
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="goalpost" tests="0" failures="0" errors="0"></testsuites>
                """);
    }
}
