package dev.goalpost.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each goal's index lists its rules with the severity and summary the code declares, so the table cannot drift. */
class GoalIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"core", "monetization", "reach", "marketing", "innovation", "integration"})
    void indexHasARowPerRuleWithItsSeverityAndSummary(String goal) throws IOException {
        String configured = System.getProperty("goalpost.docs");
        Path index = (configured != null ? Path.of(configured) : Path.of("..", "docs"))
                .resolve("rules").resolve(goal).resolve("README.md");
        List<String> rows = Files.readAllLines(index).stream().filter(line -> line.startsWith("| [")).toList();

        List<String> problems = new ArrayList<>();
        for (RuleDescriptor rule : RuleRegistry.builtIn().rules()) {
            if (!rule.goal().equals(goal)) {
                continue;
            }
            String link = "(" + rule.id().substring(goal.length() + 1) + ".md)";
            List<String> matching = rows.stream().filter(row -> row.contains(link)).toList();
            if (matching.size() != 1) {
                problems.add(rule.id() + ": expected one row linking " + link + ", found " + matching.size());
                continue;
            }
            String row = matching.get(0);
            if (!row.contains(rule.id()) || !row.contains("| " + rule.defaultSeverity().label() + " |")
                    || !row.contains(rule.summary())) {
                problems.add(rule.id() + ": the row should show the id, `" + rule.defaultSeverity().label()
                        + "` and the summary \"" + rule.summary() + "\": " + row);
            }
        }
        assertThat(problems).isEmpty();
    }
}
