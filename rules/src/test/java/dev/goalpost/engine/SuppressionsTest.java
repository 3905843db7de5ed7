package dev.goalpost.engine;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.OperationRule;
import dev.goalpost.api.ResponseRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.rules.core.SuppressionInvalid;
import dev.goalpost.rules.core.SuppressionUnused;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an {@code x-goalpost-ignore} entry silences, with rules that report at known places. */
class SuppressionsTest {

    @TempDir
    Path dir;

    /** Reports every operation. */
    @RuleInfo(id = "reach/every-operation", severity = Severity.ERROR, summary = "Test rule.")
    public static final class EveryOperation implements OperationRule {
        @Override
        public void check(Operation operation, RuleContext context) {
            context.report(operation.node(), "saw " + operation.label());
        }
    }

    /** Reports every response, where it is written (shared responses are reported once per operation). */
    @RuleInfo(id = "reach/every-response", severity = Severity.WARNING, summary = "Test rule.")
    public static final class EveryResponse implements ResponseRule {
        @Override
        public void check(Response response, Operation operation, RuleContext context) {
            context.report(response.node(), "saw response " + response.status());
        }
    }

    /** Reports the document once, at its root. */
    @RuleInfo(id = "marketing/document", severity = Severity.WARNING, summary = "Test rule.")
    public static final class DocumentLevel implements DocumentRule {
        @Override
        public void check(ApiDocument document, RuleContext context) {
            context.report(document.root(), "saw the document");
        }
    }

    private static Clock on(int year, int month, int day) {
        return Clock.fixed(LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** A spec of the reach goal with these paths, written under {@code paths:}. */
    private Path reachSpec(String name, String paths) {
        return write(dir, name, "openapi: 3.0.3\nx-business-goal: reach\ninfo: {title: t, version: '1'}\npaths:\n" + paths);
    }

    private SpecReport lint(Path spec, Clock clock) {
        RuleRegistry registry = RuleRegistry.of(List.of(EveryOperation.class, EveryResponse.class,
                DocumentLevel.class, SuppressionInvalid.class, SuppressionUnused.class));
        return new Linter(new ConfiguredRules(registry, LintConfiguration.defaults()), LoadOptions.defaults(), dir,
                clock).lint(spec);
    }

    private SpecReport lint(Path spec) {
        return lint(spec, on(2026, 1, 1));
    }

    private static List<Finding> reported(SpecReport report) {
        return report.findings().stream().filter(Finding::isReported).toList();
    }

    @Test
    void anEntryOnAnOperationCoversWhatOperationRulesReportInAReferencedFile() {
        write(dir, "responses.yaml", "Ok:\n  description: ok\n");
        Path spec = reachSpec("api.yaml", """
                  /a:
                    get:
                      x-goalpost-ignore:
                        reach/every-response: responses are shared with the legacy API
                      responses:
                        '200': {$ref: 'responses.yaml#/Ok'}
                """);
        SpecReport report = lint(spec);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("reach/every-response")).singleElement()
                .satisfies(f -> {
                    assertThat(f.file()).isEqualTo("responses.yaml");
                    assertThat(f.suppression()).isEqualTo(new Finding.Suppression("reach/every-response",
                            "responses are shared with the legacy API", null, "api.yaml", 8, 9));
                });
        assertThat(reported(report)).extracting(Finding::rule).containsExactly("reach/every-operation");
    }

    @Test
    void aSharedComponentIsSilencedOnlyWhenEveryOperationItIsReportedForSilencesIt() {
        String spec = """
                openapi: 3.0.3
                x-business-goal: reach
                info: {title: t, version: '1'}
                paths:
                  /a:
                    get:
                      x-goalpost-ignore: {reach/every-response: the shared error is documented elsewhere}
                      responses: {'400': {$ref: '#/components/responses/Problem'}}
                  /b:
                    get:
                      %s
                      responses: {'400': {$ref: '#/components/responses/Problem'}}
                components:
                  responses:
                    Problem: {description: a problem}
                """;
        SpecReport once = lint(write(dir, "once.yaml", spec.formatted("operationId: b")));
        assertThat(once.findings()).filteredOn(f -> f.rule().equals("reach/every-response")).singleElement()
                .satisfies(f -> assertThat(f.isSuppressed()).isFalse());
        // The entry matched a report of the finding, so it is not unused, although /b keeps the finding.
        assertThat(once.findings()).extracting(Finding::rule).doesNotContain("core/suppression-unused");

        SpecReport both = lint(write(dir, "both.yaml", spec.formatted(
                "x-goalpost-ignore: {reach/every-response: the shared error is documented elsewhere}")));
        assertThat(both.findings()).filteredOn(f -> f.rule().equals("reach/every-response")).singleElement()
                .satisfies(f -> assertThat(f.isSuppressed()).isTrue());
    }

    @Test
    void pointersMatchOnTokenBoundariesOnly() {
        Path spec = reachSpec("api.yaml", """
                  /a:
                    x-goalpost-ignore: {reach/every-operation: covers /a only}
                    get: {responses: {'200': {description: ok}}}
                  /ab:
                    get: {responses: {'200': {description: ok}}}
                """);
        SpecReport report = lint(spec);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("reach/every-operation"))
                .extracting(Finding::pointer, Finding::isSuppressed)
                .containsExactly(tuple("/paths/~1a/get", true), tuple("/paths/~1ab/get", false));
    }

    @Test
    void aGoalEntryCoversEveryRuleOfTheGoalAndNoOther() {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                x-business-goal: [reach, marketing]
                x-goalpost-ignore: {extend-reach/*: 'a prototype, not for partners yet'}
                info: {title: t, version: '1'}
                paths:
                  /a:
                    get: {responses: {'200': {description: ok}}}
                """);
        SpecReport report = lint(spec);
        assertThat(reported(report)).extracting(Finding::rule).containsExactly("marketing/document");
        assertThat(report.suppressedCount()).isEqualTo(2);
    }

    @Test
    void anEntryLapsesAfterItsDateAndTheFindingSaysSo() {
        Path spec = reachSpec("api.yaml", """
                  /a:
                    get:
                      x-goalpost-ignore:
                        reach/every-operation: {reason: pagination ships in June, until: 2026-06-30}
                      responses: {'200': {description: ok}}
                """);
        assertThat(lint(spec, on(2026, 6, 30)).findings()).filteredOn(f -> f.rule().equals("reach/every-operation"))
                .singleElement().satisfies(f -> assertThat(f.suppression().until()).isEqualTo(LocalDate.of(2026, 6, 30)));

        SpecReport lapsed = lint(spec, on(2026, 7, 1));
        assertThat(reported(lapsed)).filteredOn(f -> f.rule().equals("reach/every-operation")).singleElement()
                .satisfies(f -> {
            assertThat(f.message()).isEqualTo("saw GET /a (its `x-goalpost-ignore` at api.yaml:8:9, \"pagination "
                    + "ships in June\", expired on 2026-06-30; fix the finding or renew the suppression with a later "
                    + "`until`)");
        });
    }

    @Test
    void invalidEntriesSilenceNothingAndSayWhatToWrite() {
        Path spec = reachSpec("api.yaml", """
                  /a:
                    get:
                      x-goalpost-ignore:
                        reach/every-operatoin: misspelt
                        rech/*: misspelt goal
                        reach/every-response: ''
                        marketing/document: {reason: later, until: next year}
                      responses: {'200': {description: ok}}
                """);
        SpecReport report = lint(spec);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("core/suppression-invalid"))
                .extracting(Finding::line, Finding::column, Finding::message).containsExactly(
                        tuple(8, 9, "`reach/every-operatoin` is not a rule (did you mean `reach/every-operation`?); "
                                + "write a rule id (`goalpost rules` lists them) or <goal>/*"),
                        tuple(9, 9, "`rech/*` names no goal (did you mean `reach/*`?); write a rule id or <goal>/* "
                                + "with one of monetization, reach, marketing, innovation, integration, core"),
                        tuple(10, 9, "the suppression of reach/every-response gives no reason; say why the finding "
                                + "is accepted (reviewers read it), such as `reach/every-response: the partner "
                                + "contract fixes this`"),
                        tuple(11, 52, "`next year` is not a date; write `until: YYYY-MM-DD`, such as until: "
                                + "2026-07-01"));
        assertThat(report.findings()).filteredOn(f -> f.rule().startsWith("reach/"))
                .allSatisfy(f -> assertThat(f.isSuppressed()).isFalse()).hasSize(2);
    }

    @Test
    void anEntryThatSilencesNothingIsReportedAsUnused() {
        Path spec = reachSpec("api.yaml", """
                  /a:
                    x-goalpost-ignore:
                      marketing/document: the document rule never reports at a path item
                      reach/every-operation: {reason: old, until: 2020-01-01}
                    get: {responses: {'200': {description: ok}}}
                """);
        SpecReport report = lint(spec);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("core/suppression-unused"))
                .extracting(Finding::line, Finding::severity, Finding::message).containsExactly(
                        tuple(7, Severity.INFO, "`x-goalpost-ignore` silences marketing/document here, but no such "
                                + "finding is reported at or under this object; remove the entry"));
        // The expired entry matched the operation's finding, which comes back with a note; it is not unused.
        assertThat(reported(report)).filteredOn(f -> f.rule().equals("reach/every-operation")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("expired on 2020-01-01"));
    }

    @Test
    void suppressedFindingsNeverFailARunAndAreCountedApart() {
        Path spec = write(dir, "api.yaml", """
                openapi: 3.0.3
                x-business-goal: reach
                x-goalpost-ignore: {reach/*: 'a sunset API, removed in 2027'}
                info: {title: t, version: '1'}
                paths:
                  /a:
                    get: {responses: {'200': {description: ok}}}
                """);
        SpecReport spec1 = lint(spec);
        LintReport report = new LintReport("1", List.of(spec1), List.of());
        assertThat(report.suppressedCount()).isEqualTo(2);
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.fails(FailOn.INFO)).isFalse();
        assertThat(spec1.rulesRun()).contains("core/suppression-invalid", "core/suppression-unused");
    }

    @Test
    void suppressionsInExamplesAreDataNotSuppressions() {
        Path spec = reachSpec("api.yaml", """
                  /a:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              example: {x-goalpost-ignore: {reach/every-operation: just data}}
                """);
        assertThat(lint(spec).findings()).extracting(Finding::rule)
                .containsExactlyInAnyOrder("reach/every-operation", "reach/every-response");
    }
}
