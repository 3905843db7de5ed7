package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportWriterTest {

    @Test
    void writesASuitePerSpecAPassingCasePerCleanRuleAndAFailurePerFinding() throws Exception {
        assertThat(SampleReports.write(new JunitReportWriter(), SampleReports.small())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="goalpost" tests="4" failures="2" errors="0">
                  <testsuite name="api/openapi.yaml" tests="4" failures="2" errors="0" skipped="0">
                    <properties>
                      <property name="openapi" value="3.0.3"/>
                      <property name="goals" value="reach"/>
                    </properties>
                    <testcase classname="api/openapi.yaml" name="core/business-goal-unknown"/>
                    <testcase classname="api/openapi.yaml" name="core/operation-id-unique at api/openapi.yaml:14:7">
                      <failure type="error" message="operationId `getPet` is already used by GET /pets/{id}; give each operation its own">api/openapi.yaml:14:7 error core/operation-id-unique
                operationId `getPet` is already used by GET /pets/{id}; give each operation its own
                Rule: https://github.com/goalpost-dev/goalpost/blob/main/docs/rules/core/operation-id-unique.md</failure>
                    </testcase>
                    <testcase classname="api/openapi.yaml" name="reach/conditional-get"/>
                    <testcase classname="api/openapi.yaml" name="reach/list-paginated at api/schemas/pet.yaml:3:3">
                      <failure type="warning" message="`GET /pets` returns a list but takes no page-size parameter; add `limit`">api/schemas/pet.yaml:3:3 warning reach/list-paginated
                `GET /pets` returns a list but takes no page-size parameter; add `limit`
                Rule: https://github.com/goalpost-dev/goalpost/blob/main/docs/rules/reach/list-paginated.md</failure>
                    </testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void hostileMessagesAndFileNamesStayWellFormedAndReadBackAsWritten() throws Exception {
        String xml = SampleReports.write(new JunitReportWriter(), SampleReports.hostile());
        assertThat(xml).doesNotContain("<script>").doesNotContain("\u0001");

        Document document = XmlReports.parse(xml);
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(SampleReports.HOSTILE_FILE);
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        // Attributes are one line; the element text keeps the message's line breaks.
        assertThat(failure.getAttribute("message")).isEqualTo(SampleReports.HOSTILE_MESSAGE_ONE_LINE);
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
