package dev.goalpost.engine;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.SchemaRule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Schema;
import dev.goalpost.load.LoadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule's vocabulary that a document uses nowhere is one finding on the document, not one per operation. */
class MissingVocabularyTest {

    @TempDir
    Path dir;

    /** Asks every GET for {@code x-owner}, its own or inherited from the path item or the root. */
    @RuleInfo(id = "innovation/owner-declared", severity = Severity.WARNING, summary = "Test rule.")
    @Vocabulary(members = "x-owner", missing = "no operation names its owner", advice = "add `x-owner` at the root")
    public static final class OwnerDeclared implements OperationRule {
        @Override
        public boolean appliesTo(Operation operation) {
            return operation.isMethod("get");
        }

        @Override
        public void check(Operation operation, RuleContext context) {
            if (operation.nearest("x-owner") == null) {
                context.report(operation.node(), operation.label() + " names no owner");
            }
        }
    }

    @RuleInfo(id = "innovation/schema-vocabulary", severity = Severity.WARNING, summary = "Test rule.")
    @Vocabulary(members = "x-owner", missing = "m", advice = "a")
    public static final class SchemaVocabulary implements SchemaRule {
        @Override
        public void check(Schema schema, RuleContext context) {}
    }

    @RuleInfo(id = "innovation/empty-vocabulary", severity = Severity.WARNING, summary = "Test rule.")
    @Vocabulary(missing = "m", advice = "a")
    public static final class EmptyVocabulary implements OperationRule {
        @Override
        public void check(Operation operation, RuleContext context) {}
    }

    private SpecReport lint(String yaml) {
        RuleRegistry registry = RuleRegistry.of(List.of(OwnerDeclared.class));
        return new Linter(new ConfiguredRules(registry, LintConfiguration.defaults()), LoadOptions.defaults(), dir)
                .lint(write(dir, "api.yaml", yaml));
    }

    private static final String PATHS = """
            paths:
              /a:
                get: {}
                post: {}
              /b:
                get: {}
              /c:
                get: {}
              /d:
                get: {}
              /e:
                get:
                  x-business-goal: []
            """;

    @Test
    void unusedVocabularyIsOneFindingAtTheGoalDeclarationWithCountAndSample() {
        SpecReport report = lint("""
                openapi: 3.1.0
                info:
                  title: t
                  version: "1"
                  x-business-goal: [reach, innovation]
                """ + PATHS);
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("innovation/owner-declared");
            assertThat(finding.line()).isEqualTo(5);
            assertThat(finding.pointer()).isEqualTo("/info/x-business-goal");
            assertThat(finding.message()).isEqualTo("no operation names its owner: 4 operations in 4 paths "
                    + "(GET /a, GET /b, GET /c and 1 more); add `x-owner` at the root");
        });
    }

    @Test
    void withoutADeclarationTheFindingIsOnTheRoot() {
        RuleRegistry registry = RuleRegistry.of(List.of(OwnerDeclared.class));
        SpecReport report = new Linter(new ConfiguredRules(registry,
                LintConfiguration.defaults().withDefaultGoals(List.of("innovation"))), LoadOptions.defaults(), dir)
                .lint(write(dir, "api.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
                        + "  /a:\n    get: {}\n"));
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.pointer()).isEmpty();
            assertThat(finding.message()).startsWith("no operation names its owner: 1 operation in 1 path (GET /a);");
        });
    }

    @Test
    void onceTheVocabularyIsUsedEachOperationThatLacksItIsReported() {
        SpecReport report = lint("""
                openapi: 3.1.0
                x-business-goal: innovation
                info: {title: t, version: "1"}
                """ + PATHS.replace("  /b:\n", "  /b:\n    x-owner: team-b\n"));
        assertThat(report.findings()).extracting(Finding::message).containsExactly(
                "GET /a names no owner", "GET /c names no owner", "GET /d names no owner");
    }

    @Test
    void nothingIsReportedWhenTheRuleAppliesToNoOperation() {
        SpecReport report = lint("""
                openapi: 3.1.0
                x-business-goal: innovation
                info: {title: t, version: "1"}
                paths:
                  /a:
                    post: {}
                """);
        assertThat(report.findings()).isEmpty();
        assertThat(report.rulesRun()).contains("innovation/owner-declared");
    }

    @Test
    void vocabularyOnlyOnOperationAndResponseRulesAndNeverEmpty() {
        assertThatThrownBy(() -> RuleRegistry.describe(SchemaVocabulary.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("has @Vocabulary but is a schema rule");
        assertThatThrownBy(() -> RuleRegistry.describe(EmptyVocabulary.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("naming no member, header or response");
    }
}
