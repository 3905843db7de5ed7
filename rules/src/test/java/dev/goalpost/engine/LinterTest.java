package dev.goalpost.engine;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.report.ReportFormat;
import dev.goalpost.rules.core.SpecValid;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    @TempDir
    Path dir;

    /** Reports every operation it sees, so tests can tell where reach rules run. */
    @RuleInfo(id = "reach/sees-operation", severity = Severity.WARNING, summary = "Test rule.")
    public static final class SeesOperation implements OperationRule {
        @RuleOption(description = "only operations on paths longer than this")
        int minimumPathLength = 0;

        @Override
        public void check(Operation operation, RuleContext context) {
            if (operation.path().length() > minimumPathLength) {
                context.report(operation.node(), "saw " + operation.label());
            }
        }
    }

    /** Throws on one path, to prove a broken rule cannot break the run. */
    @RuleInfo(id = "marketing/throws", severity = Severity.ERROR, summary = "Test rule.")
    public static final class Throws implements DocumentRule {
        @Override
        public void check(ApiDocument document, RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    /** Operation rules that each name every operation they see, so tests can tell that each rule saw each one. */
    abstract static class NamesOperations implements OperationRule {
        private final String name;

        NamesOperations(String name) {
            this.name = name;
        }

        @Override
        public void check(Operation operation, RuleContext context) {
            context.report(operation.node(), name + " saw " + operation.label());
        }
    }

    @RuleInfo(id = "marketing/names-a", severity = Severity.WARNING, summary = "Test rule.")
    public static final class NamesA extends NamesOperations {
        public NamesA() {
            super("a");
        }
    }

    @RuleInfo(id = "marketing/names-b", severity = Severity.WARNING, summary = "Test rule.")
    public static final class NamesB extends NamesOperations {
        public NamesB() {
            super("b");
        }
    }

    @RuleInfo(id = "marketing/names-c", severity = Severity.WARNING, summary = "Test rule.")
    public static final class NamesC extends NamesOperations {
        public NamesC() {
            super("c");
        }
    }

    @RuleInfo(id = "marketing/names-d", severity = Severity.WARNING, summary = "Test rule.")
    public static final class NamesD extends NamesOperations {
        public NamesD() {
            super("d");
        }
    }

    /** Throws on the first operation only; its id sorts first, so it comes before another rule of its group. */
    @RuleInfo(id = "marketing/a-throws-on-first", severity = Severity.ERROR, summary = "Test rule.")
    public static final class ThrowsOnFirst implements OperationRule {
        @Override
        public void check(Operation operation, RuleContext context) {
            if (operation.path().equals("/first")) {
                throw new IllegalStateException("boom on first");
            }
            context.report(operation.node(), "thrower saw " + operation.label());
        }
    }

    private static final String SPEC = """
            openapi: 3.1.0
            x-business-goal: marketing
            info: {title: t, version: "1"}
            paths:
              /reach:
                get:
                  x-business-goal: reach
              /marketing-only:
                get: {}
            """;

    private Linter linter(LintConfiguration configuration) {
        RuleRegistry registry = RuleRegistry.of(List.of(SeesOperation.class, Throws.class, SpecValid.class));
        return new Linter(new ConfiguredRules(registry, configuration), LoadOptions.defaults(), dir);
    }

    @Test
    void operationRulesRunOnlyWhereTheirGoalApplies() {
        SpecReport report = linter(LintConfiguration.defaults()).lint(write(dir, "api.yaml", SPEC));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("reach/sees-operation"))
                .extracting(Finding::message).containsExactly("saw GET /reach");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("reach/sees-operation"))
                .extracting(Finding::file, Finding::line, Finding::goal).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("api.yaml", 6, "reach"));
    }

    @Test
    void aThrowingRuleBecomesAFindingAndTheRunGoesOn() {
        SpecReport report = linter(LintConfiguration.defaults()).lint(write(dir, "api.yaml", SPEC));
        assertThat(report.findings()).extracting(Finding::rule).contains(Linter.RULE_FAILED, "reach/sees-operation");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals(Linter.RULE_FAILED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("marketing/throws").contains("boom"));
    }

    @Test
    void operationRulesCheckedTogetherEachSeeEveryOperationAndOneThatThrowsStopsNoOther() {
        // More operation rules than the dispatch has groups, so the thrower shares its group with another rule.
        RuleRegistry registry = RuleRegistry.of(List.of(ThrowsOnFirst.class, NamesA.class, NamesB.class,
                NamesC.class, NamesD.class, SpecValid.class));
        Linter linter = new Linter(new ConfiguredRules(registry, LintConfiguration.defaults()), LoadOptions.defaults(),
                dir);
        SpecReport report = linter.lint(write(dir, "api.yaml", """
                openapi: 3.1.0
                x-business-goal: marketing
                info: {title: t, version: "1"}
                paths:
                  /first:
                    get: {}
                  /second:
                    get: {}
                """));
        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>();
        for (String rule : List.of("a", "b", "c", "d")) {
            expected.add(org.assertj.core.groups.Tuple.tuple("marketing/names-" + rule, 6, rule + " saw GET /first"));
            expected.add(org.assertj.core.groups.Tuple.tuple("marketing/names-" + rule, 8, rule + " saw GET /second"));
        }
        expected.add(org.assertj.core.groups.Tuple.tuple("marketing/a-throws-on-first", 8, "thrower saw GET /second"));
        expected.add(org.assertj.core.groups.Tuple.tuple(Linter.RULE_FAILED, 6, "the rule marketing/a-throws-on-first "
                + "failed here (IllegalStateException: boom on first); this is a bug in the rule, please report it "
                + "with this spec"));
        assertThat(report.findings()).extracting(Finding::rule, Finding::line, Finding::message)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.rulesRun()).containsExactly("core/spec-valid", "marketing/a-throws-on-first",
                "marketing/names-a", "marketing/names-b", "marketing/names-c", "marketing/names-d");
    }

    @Test
    void optionsAndSeveritiesComeFromConfiguration() {
        LintConfiguration configuration = LintConfiguration.defaults()
                .withRule("reach/sees-operation", new RuleSetting(true, Severity.ERROR,
                        Map.of("minimumPathLength", IntNode.valueOf(100))))
                .withRule("marketing/throws", RuleSetting.off());
        SpecReport report = linter(configuration).lint(write(dir, "api.yaml", SPEC));
        assertThat(report.findings()).isEmpty();
        assertThat(report.rulesRun()).contains("reach/sees-operation").doesNotContain("marketing/throws");
    }

    @Test
    void badConfigurationNamesTheProblemAndTheChoices() {
        assertThatThrownBy(() -> linter(LintConfiguration.defaults().withRule("reach/sees-operatoin", RuleSetting.off())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown rule `reach/sees-operatoin`")
                .hasMessageContaining("did you mean `reach/sees-operation`");
        assertThatThrownBy(() -> linter(LintConfiguration.defaults().withRule("reach/sees-operation",
                RuleSetting.options(Map.of("minimumPathLength", TextNode.valueOf("long"))))))
                .hasMessageContaining("expects an integer");
        assertThatThrownBy(() -> linter(LintConfiguration.defaults().withRule("reach/sees-operation",
                RuleSetting.options(Map.of("minPathLength", IntNode.valueOf(1))))))
                .hasMessageContaining("has no option `minPathLength`")
                .hasMessageContaining("did you mean `minimumPathLength`");
        assertThatThrownBy(() -> linter(LintConfiguration.defaults().withDefaultGoals(List.of("reech"))))
                .hasMessageContaining("unknown default goal `reech`").hasMessageContaining("did you mean `reach`");
    }

    @Test
    void reportsAreByteIdenticalRunToRunAndAcrossThreads() throws Exception {
        Path a = write(dir, "a.yaml", SPEC);
        Path b = write(dir, "b.yaml", SPEC.replace("/reach", "/other"));
        Linter linter = linter(LintConfiguration.defaults());
        List<String> outputs = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2, 1}) {
            LintReport report = linter.lint(List.of(a, b), threads);
            for (ReportFormat format : ReportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                format.writer().write(report, out);
                outputs.add(format + "\n" + out);
            }
        }
        int formats = ReportFormat.values().length;
        assertThat(outputs.subList(formats, 2 * formats)).isEqualTo(outputs.subList(0, formats));
        assertThat(outputs.subList(2 * formats, 3 * formats)).isEqualTo(outputs.subList(0, formats));
    }

    @Test
    void unreadableSpecIsOneFindingNotAnException() {
        SpecReport report = linter(LintConfiguration.defaults()).lint(write(dir, "junk.yaml", new byte[] {0, 1, 2, (byte) 0xff}));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("core/spec-valid");
            assertThat(f.file()).isEqualTo("junk.yaml");
        });
        assertThat(report.openapi()).isNull();
    }
}
