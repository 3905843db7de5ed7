package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import org.junit.jupiter.api.Test;

class GithubReportWriterTest {

    @Test
    void writesOneWorkflowCommandPerFinding() throws Exception {
        assertThat(SampleReports.write(new GithubReportWriter(), SampleReports.small())).isEqualTo("""
                ::error file=api/openapi.yaml,line=14,col=7,title=core/operation-id-unique::operationId `getPet` is already used by GET /pets/{id}; give each operation its own
                ::warning file=api/schemas/pet.yaml,line=3,col=3,title=reach/list-paginated::`GET /pets` returns a list but takes no page-size parameter; add `limit`
                """);
    }

    @Test
    void escapesPercentLineBreaksAndControlCharactersInMessagesAndAlsoColonsAndCommasInProperties() throws Exception {
        String out = SampleReports.write(new GithubReportWriter(), SampleReports.hostile());
        assertThat(out).isEqualTo("::warning file=dir%2C with%3A odd <name> & \"quotes\".yaml,line=2,col=1,"
                + "title=core/operation-id-unique::say \"hi\" & 'bye' <script>alert(1)</script>%0Aline two%0D%0A"
                + "naïve ✓ 日本 \\u0001 100%25 done: a,b\n");
        assertThat(out.strip()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void infoIsANoticeAndRemoteContentHasNoFile() {
        Finding remote = new Finding("core/ref-unresolved", null, Severity.INFO, "m",
                "https://example.com/api.yaml", 3, 4, "/x");
        assertThat(GithubReportWriter.command(remote)).isEqualTo("::notice title=core/ref-unresolved::m");
    }
}
