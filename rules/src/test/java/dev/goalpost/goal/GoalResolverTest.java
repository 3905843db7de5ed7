package dev.goalpost.goal;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.api.model.Operation;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.text.DidYouMean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalResolverTest {

    @TempDir
    Path dir;

    private final GoalResolver resolver = new GoalResolver(GoalCatalog.builtIn());

    private ApiDocument document(String yaml) {
        return dev.goalpost.model.IndexedDocument.of(new SpecLoader(LoadOptions.defaults()).load(write(dir, "api.yaml", yaml)));
    }

    private static Operation operation(ApiDocument document, String label) {
        return document.operations().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    private static final String SPEC = """
            openapi: 3.1.0
            x-business-goal: reach
            info:
              title: t
              version: "1"
              x-business-goal: [Sales]
            tags:
              - name: billing
                x-business-goal: monetization
              - name: events
                x-business-goal: [backend-integration]
              - name: plain
            paths:
              /own:
                get:
                  x-business-goal: innovation
                  tags: [billing]
              /item:
                x-business-goal: increase-revenue
                get:
                  tags: [billing]
                post:
                  x-business-goal: [customer-reach, integration]
              /tagged:
                get:
                  tags: [billing, events, plain]
              /untagged:
                get:
                  tags: [plain]
              /none:
                get:
                  x-business-goal: []
              /none-path:
                x-business-goal: []
                get:
                  tags: [billing]
            """;

    @Test
    void nearestDeclarationWins() {
        ApiDocument document = document(SPEC);
        GoalAssignment goals = resolver.resolve(document, Set.of());
        assertThat(goals.goalsOf(operation(document, "GET /own"))).containsExactly("innovation");
        assertThat(goals.goalsOf(operation(document, "GET /item"))).containsExactly("monetization");
        assertThat(goals.goalsOf(operation(document, "POST /item"))).containsExactly("integration", "reach");
        assertThat(goals.goalsOf(operation(document, "GET /tagged"))).containsExactly("integration", "monetization");
        assertThat(goals.goalsOf(operation(document, "GET /untagged"))).containsExactly("marketing", "reach");
    }

    @Test
    void emptyListStopsInheritance() {
        ApiDocument document = document(SPEC);
        GoalAssignment goals = resolver.resolve(document, Set.of());
        assertThat(goals.goalsOf(operation(document, "GET /none"))).isEmpty();
        assertThat(goals.goalsOf(operation(document, "GET /none-path"))).isEmpty();
    }

    @Test
    void documentCarriesItsOwnGoalsAndEveryOperations() {
        GoalAssignment goals = resolver.resolve(document(SPEC), Set.of());
        assertThat(goals.documentGoals()).containsExactly("marketing", "reach");
        assertThat(goals.carried()).containsExactly("innovation", "integration", "marketing", "monetization", "reach");
        assertThat(goals.declaresAny()).isTrue();
        assertThat(goals.unknown()).isEmpty();
    }

    @Test
    void unknownValuesAreReportedOnceWithASuggestion() {
        ApiDocument document = document("""
                openapi: 3.1.0
                x-business-goal: [revnue, reach]
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      x-business-goal: 7
                """);
        GoalAssignment goals = resolver.resolve(document, Set.of());
        assertThat(goals.unknown()).extracting(GoalAssignment.UnknownGoal::message)
                .anySatisfy(m -> assertThat(m).contains("`revnue`").contains("did you mean `revenue`"))
                .anySatisfy(m -> assertThat(m).contains("must be a goal name"));
        assertThat(goals.documentGoals()).containsExactly("reach");
        // A value that names no goal counts as absent: the operation inherits the document's goals.
        assertThat(goals.goalsOf(document.operations().get(0))).containsExactly("reach");
    }

    @Test
    void aDeclarationNamingOnlyUnknownGoalsInheritsAsIfAbsent() {
        ApiDocument document = document("""
                openapi: 3.1.0
                x-business-goal: reach
                info: {title: t, version: "1"}
                tags:
                  - name: billing
                    x-business-goal: monetisation
                paths:
                  /tagged:
                    get:
                      tags: [billing]
                  /item:
                    x-business-goal: [monetisation, markting]
                    get: {}
                  /own:
                    get:
                      x-business-goal: monetisation
                  /mixed:
                    get:
                      x-business-goal: [monetisation, innovation]
                  /off:
                    get:
                      x-business-goal: []
                """);
        GoalAssignment goals = resolver.resolve(document, Set.of());
        assertThat(goals.goalsOf(operation(document, "GET /tagged"))).containsExactly("reach");
        assertThat(goals.goalsOf(operation(document, "GET /item"))).containsExactly("reach");
        assertThat(goals.goalsOf(operation(document, "GET /own"))).containsExactly("reach");
        assertThat(goals.goalsOf(operation(document, "GET /mixed"))).containsExactly("innovation");
        assertThat(goals.goalsOf(operation(document, "GET /off"))).isEmpty();
        assertThat(goals.unknown()).extracting(u -> u.node().text())
                .containsExactly("monetisation", "monetisation", "markting", "monetisation", "monetisation");
    }

    @Test
    void webhooksResolveLikeOperationsAndCallbacksInheritFromTheirOperation() {
        ApiDocument document = document("""
                openapi: 3.1.0
                x-business-goal: reach
                info: {title: t, version: "1"}
                paths:
                  /subscriptions:
                    post:
                      x-business-goal: integration
                      callbacks:
                        onEvent:
                          '{$request.body#/url}':
                            post: {}
                        onOwn:
                          '{$request.body#/other}':
                            post:
                              x-business-goal: marketing
                webhooks:
                  orderCreated:
                    post: {}
                  invoicePaid:
                    post:
                      x-business-goal: monetization
                """);
        GoalAssignment goals = resolver.resolve(document, Set.of());
        assertThat(goals.goalsOf(operation(document, "POST callback {$request.body#/url}")))
                .containsExactly("integration");
        assertThat(goals.goalsOf(operation(document, "POST callback {$request.body#/other}")))
                .containsExactly("marketing");
        assertThat(goals.goalsOf(operation(document, "POST webhook orderCreated"))).containsExactly("reach");
        assertThat(goals.goalsOf(operation(document, "POST webhook invoicePaid"))).containsExactly("monetization");
    }

    @Test
    void defaultGoalsApplyOnlyWhenNothingIsDeclared() {
        ApiDocument silent = document("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {}\n");
        GoalAssignment applied = resolver.resolve(silent, Set.of("reach"));
        assertThat(applied.defaultsApplied()).isTrue();
        assertThat(applied.goalsOf(silent.operations().get(0))).containsExactly("reach");

        ApiDocument optedOut = document("openapi: 3.0.3\nx-business-goal: []\ninfo: {title: t, version: '1'}\npaths: {}\n");
        GoalAssignment kept = resolver.resolve(optedOut, Set.of("reach"));
        assertThat(kept.defaultsApplied()).isFalse();
        assertThat(kept.carried()).isEmpty();
    }

    @Test
    void catalogKnowsAliasesCustomGoalsAndAll() {
        GoalCatalog catalog = GoalCatalog.withCustomGoals(List.of(
                new GoalCatalog.CustomGoal("partner-api", List.of("reach"), List.of("integration/idempotency-key"))));
        assertThat(catalog.canonical("Extend-Reach")).isEqualTo("reach");
        assertThat(catalog.canonical("PARTNER-API")).isEqualTo("partner-api");
        assertThat(catalog.canonical("nope")).isNull();
        assertThat(catalog.includes("partner-api", "reach/list-paginated")).isTrue();
        assertThat(catalog.includes("partner-api", "integration/idempotency-key")).isTrue();
        assertThat(catalog.includes("partner-api", "integration/events-declared")).isFalse();
        assertThat(catalog.includes("reach", "reach/list-paginated")).isTrue();
        assertThat(catalog.includes("reach", "monetization/terms-of-service")).isFalse();
        assertThat(catalog.expand(List.of("all"))).containsExactlyElementsOf(GoalCatalog.BUILT_IN);
        assertThat(catalog.expand(List.of("revenue", "partner-api"))).containsExactly("monetization", "partner-api");
    }

    @Test
    void didYouMeanFindsCloseNamesOnly() {
        assertThat(DidYouMean.closest("markting", GoalCatalog.BUILT_IN)).isEqualTo("marketing");
        assertThat(DidYouMean.closest("REACH", GoalCatalog.BUILT_IN)).isEqualTo("reach");
        assertThat(DidYouMean.closest("banana", GoalCatalog.BUILT_IN)).isNull();
    }
}
