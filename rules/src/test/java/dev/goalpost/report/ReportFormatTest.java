package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.LintReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {

    @Test
    void everyFormatHasANameAFileAndAWriter() {
        assertThat(ReportFormat.labels()).containsExactly("text", "json", "sarif", "junit", "checkstyle", "github",
                "html");
        assertThat(ReportFormat.values()).extracting(ReportFormat::fileName).containsExactly("goalpost.txt",
                "goalpost.json", "goalpost.sarif", "goalpost.junit.xml", "goalpost.checkstyle.xml",
                "goalpost.github.txt", "goalpost.html");
        assertThat(ReportFormat.parse(" JUnit ")).isEqualTo(ReportFormat.JUNIT);
        assertThat(ReportFormat.parse("pdf")).isNull();
    }

    @Test
    void reportFilesWritesOneFilePerFormat(@TempDir Path dir) throws Exception {
        List<Path> files = ReportFiles.write(SampleReports.small(), List.of(ReportFormat.JSON, ReportFormat.HTML),
                dir.resolve("out"));
        assertThat(files).containsExactly(dir.resolve("out/goalpost.json"), dir.resolve("out/goalpost.html"));
        assertThat(Files.readString(files.get(0))).isEqualTo(SampleReports.write(new JsonReportWriter(),
                SampleReports.small()));
    }

    @Test
    void summaryCountsInfoOnlyWhenThereIsSome() {
        LintReport report = SampleReports.small();
        assertThat(Summaries.line(report)).isEqualTo("1 error, 1 warning in 1 spec (reach)");
        assertThat(Summaries.line(SampleReports.hostile())).isEqualTo("0 errors, 1 warning in 1 spec");
        var spec = report.specs().get(0);
        var info = new dev.goalpost.engine.Finding("reach/x", "reach", dev.goalpost.api.Severity.INFO, "m",
                "a.yaml", 1, 1, "");
        var withInfo = new dev.goalpost.engine.SpecReport(spec.file(), spec.openapi(), spec.goals(),
                List.of(info), spec.rulesRun(), spec.sources(), spec.timings());
        assertThat(Summaries.line(new LintReport("1", List.of(withInfo, withInfo), List.of())))
                .isEqualTo("0 errors, 0 warnings, 2 info in 2 specs (reach)");
    }
}
