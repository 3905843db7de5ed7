package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CheckstyleReportWriterTest {

    @Test
    void writesAFilePerSourceWithAnErrorPerFinding() throws Exception {
        assertThat(SampleReports.write(new CheckstyleReportWriter(), SampleReports.small())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="api/openapi.yaml">
                    <error line="14" column="7" severity="error" message="operationId `getPet` is already used by GET /pets/{id}; give each operation its own" source="goalpost.core/operation-id-unique"/>
                  </file>
                  <file name="api/schemas/pet.yaml">
                    <error line="3" column="3" severity="warning" message="`GET /pets` returns a list but takes no page-size parameter; add `limit`" source="goalpost.reach/list-paginated"/>
                  </file>
                </checkstyle>
                """);
    }

    @Test
    void filesWithoutFindingsAreListedEmpty() throws Exception {
        var report = SampleReports.small();
        var spec = report.specs().get(0);
        var clean = new dev.goalpost.engine.SpecReport(spec.file(), spec.openapi(), spec.goals(),
                java.util.List.of(), spec.rulesRun(), spec.sources(), spec.timings());
        String xml = SampleReports.write(new CheckstyleReportWriter(),
                new dev.goalpost.engine.LintReport("1.2.3", java.util.List.of(clean), report.rules()));
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="api/openapi.yaml"/>
                  <file name="api/schemas/pet.yaml"/>
                </checkstyle>
                """);
    }

    @Test
    void hostileMessagesAndFileNamesStayWellFormed() throws Exception {
        String xml = SampleReports.write(new CheckstyleReportWriter(), SampleReports.hostile());
        Document document = XmlReports.parse(xml);
        Element file = (Element) document.getElementsByTagName("file").item(0);
        assertThat(file.getAttribute("name")).isEqualTo(SampleReports.HOSTILE_FILE);
        Element error = (Element) document.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo(SampleReports.HOSTILE_MESSAGE_ONE_LINE);
        assertThat(error.getAttribute("severity")).isEqualTo("warning");
    }
}
