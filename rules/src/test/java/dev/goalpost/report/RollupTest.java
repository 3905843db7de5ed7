package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report that would flood ends, per spec, with how many findings each rule reported. */
class RollupTest {

    private static LintReport report(int paginated, int conditional) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < paginated; i++) {
            findings.add(new Finding("reach/list-paginated", "reach", Severity.ERROR, "unpaginated", "api.yaml",
                    10 + i, 5, "/paths/~1l" + i + "/get"));
        }
        for (int i = 0; i < conditional; i++) {
            findings.add(new Finding("reach/conditional-get", "reach", Severity.WARNING, "no ETag", "api.yaml",
                    100 + i, 9, "/paths/~1c" + i + "/get"));
        }
        SpecReport spec = new SpecReport("api.yaml", "3.0.3", List.of("reach"), findings,
                List.of("reach/conditional-get", "reach/list-paginated"), List.of(), new SpecReport.Timings(0, 0, 0));
        return new LintReport("1.2.3", List.of(spec), SampleReports.RULES);
    }

    @Test
    void moreThanTwentyFindingsGetACountPerRuleMostFirst() throws Exception {
        String text = SampleReports.write(new TextReportWriter(), report(7, 14));
        assertThat(text).endsWith("""
                api.yaml:113:9 warning reach/conditional-get no ETag
                api.yaml: 21 findings by rule
                     14  warning  reach/conditional-get
                      7  error    reach/list-paginated
                7 errors, 14 warnings in 1 spec (reach)
                """);
    }

    @Test
    void farAlongALineTheLocationNamesThePointerToo() {
        Finding minified = new Finding("core/operation-id-unique", null, Severity.ERROR, "duplicate", "openapi.json",
                1, 4077, "/paths/~1orders/get/operationId");
        assertThat(Summaries.location(minified)).isEqualTo("openapi.json:1:4077 (at /paths/~1orders/get/operationId)");
        assertThat(TextReportWriter.line(minified))
                .isEqualTo("openapi.json:1:4077 (at /paths/~1orders/get/operationId) error core/operation-id-unique "
                        + "duplicate");
        Finding ordinary = new Finding("core/operation-id-unique", null, Severity.ERROR, "duplicate", "openapi.yaml",
                14, 20, "/paths/~1orders/get/operationId");
        assertThat(Summaries.location(ordinary)).isEqualTo("openapi.yaml:14:20");
    }

    @Test
    void twentyFindingsOrFewerGetNone() throws Exception {
        assertThat(Summaries.rollup(report(6, 14).specs().get(0))).isEmpty();
        assertThat(SampleReports.write(new TextReportWriter(), report(6, 14))).doesNotContain("by rule");
    }
}
