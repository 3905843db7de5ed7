package dev.goalpost.report;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleKind;
import dev.goalpost.engine.SpecReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Small hand-made reports whose every writer's output can be checked character by character. */
final class SampleReports {

    static final String HOSTILE_MESSAGE = "say \"hi\" & 'bye' <script>alert(1)</script>\nline two\r\n"
            + "naïve ✓ 日本 \u0001 100% done: a,b";

    /** {@link #HOSTILE_MESSAGE} as an XML attribute reads back: one line, U+0001 replaced. */
    static final String HOSTILE_MESSAGE_ONE_LINE =
            "say \"hi\" & 'bye' <script>alert(1)</script> line two naïve ✓ 日本 \uFFFD 100% done: a,b";
    static final String HOSTILE_FILE = "dir, with: odd <name> & \"quotes\".yaml";

    private SampleReports() {}

    static RuleDescriptor rule(String id, Severity severity, String summary) {
        String goal = id.substring(0, id.indexOf('/'));
        return new RuleDescriptor(id, goal, severity, summary, RuleDescriptor.DOCS_BASE + id + ".md", RuleKind.DOCUMENT,
                List.of(), null);
    }

    static final List<RuleDescriptor> RULES = List.of(
            rule("core/business-goal-unknown", Severity.ERROR, "Every x-business-goal value names a known goal."),
            rule("core/operation-id-unique", Severity.ERROR, "Every operationId is used once."),
            rule("reach/conditional-get", Severity.WARNING, "A GET on one resource declares ETag."),
            rule("reach/list-paginated", Severity.WARNING, "A list operation takes a page size."));

    /** One spec with two findings, one of them in a referenced file, and two rules that passed. */
    static LintReport small() {
        return small(null, null);
    }

    /** {@link #small()}, with the spec's files read from the given paths (for source excerpts). */
    static LintReport small(Path root, Path fragment) {
        Finding duplicate = new Finding("core/operation-id-unique", null, Severity.ERROR,
                "operationId `getPet` is already used by GET /pets/{id}; give each operation its own",
                "api/openapi.yaml", 14, 7, "/paths/~1pets/post/operationId");
        Finding unpaged = new Finding("reach/list-paginated", "reach", Severity.WARNING,
                "`GET /pets` returns a list but takes no page-size parameter; add `limit`",
                "api/schemas/pet.yaml", 3, 3, "/Pets");
        SpecReport spec = new SpecReport("api/openapi.yaml", "3.0.3", List.of("reach"), List.of(duplicate, unpaged),
                List.of("core/business-goal-unknown", "core/operation-id-unique", "reach/conditional-get",
                        "reach/list-paginated"),
                List.of(new SpecReport.Source("api/openapi.yaml", root),
                        new SpecReport.Source("api/schemas/pet.yaml", fragment)),
                new SpecReport.Timings(0, 0, 0));
        return new LintReport("1.2.3", List.of(spec), RULES);
    }

    /**
     * {@link #small()} compared with a baseline (the duplicate id is in it, the list is new, one entry was fixed) and
     * with a third finding silenced by an {@code x-goalpost-ignore} entry.
     */
    static LintReport suppressedAndBaselined() {
        LintReport small = small();
        SpecReport spec = small.specs().get(0);
        Finding unchanged = spec.findings().get(0).withBaseline(Finding.BaselineState.UNCHANGED);
        Finding fresh = spec.findings().get(1).withBaseline(Finding.BaselineState.NEW);
        Finding silenced = new Finding("reach/conditional-get", "reach", Severity.WARNING,
                "`GET /pets/{id}` returns one resource but declares neither `ETag` nor `Last-Modified`",
                "api/openapi.yaml", 20, 5, "/paths/~1pets~1{id}/get")
                .withSuppression(new Finding.Suppression("reach/conditional-get", "pets change every second",
                        java.time.LocalDate.of(2027, 6, 30), "api/openapi.yaml", 22, 9));
        SpecReport compared = spec.withFindings(List.of(unchanged, fresh, silenced));
        return small.withBaseline(List.of(compared), new LintReport.BaselineComparison("goalpost-baseline.json",
                List.of(new dev.goalpost.engine.FindingKey("api/openapi.yaml", "reach/list-paginated",
                        "/paths/~1owners/get", "0123456789ab"))));
    }

    /** A finding whose message and file name hold everything a writer must escape. */
    static LintReport hostile() {
        Finding finding = new Finding("core/operation-id-unique", null, Severity.WARNING, HOSTILE_MESSAGE,
                HOSTILE_FILE, 2, 1, "/paths");
        SpecReport spec = new SpecReport(HOSTILE_FILE, "3.1.0", List.of(),
                List.of(finding), List.of("core/operation-id-unique"),
                List.of(new SpecReport.Source(HOSTILE_FILE, null)),
                new SpecReport.Timings(0, 0, 0));
        return new LintReport("1.2.3", List.of(spec), RULES);
    }

    static String write(ReportWriter writer, LintReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
