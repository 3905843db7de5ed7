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
    @ValueSource(strings = {"integration", "marketing", "innovation"})
    void indexRowsMatchTheRulesMetadata(String goal) throws IOException {
        String configured = System.getProperty("goalpost.docs");
        Path index = (configured != null ? Path.of(configured) : Path.of("..", "docs"))
                .resolve("rules").resolve(goal).resolve("README.md");
        List<String> rows = Files.readAllLines(index).stream().filter(line -> line.startsWith("| [")).toList();

        List<String> expected = new ArrayList<>();
        for (RuleDescriptor rule : RuleRegistry.builtIn().rules()) {
            if (rule.goal().equals(goal)) {
                String name = rule.id().substring(goal.length() + 1);
                expected.add("| [" + rule.id() + "](" + name + ".md) | " + rule.defaultSeverity().label() + " | "
                        + rule.summary() + " |");
            }
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }
}
