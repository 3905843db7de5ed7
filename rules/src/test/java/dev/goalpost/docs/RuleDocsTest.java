package dev.goalpost.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule docs and the rules cannot drift apart: every rule has its page, every page has its rule. */
class RuleDocsTest {

    private static final Path DOCS = docs();

    private static Path docs() {
        String configured = System.getProperty("goalpost.docs");
        return (configured != null ? Path.of(configured) : Path.of("..", "docs")).toAbsolutePath().normalize();
    }

    private static Path page(String id) {
        return DOCS.resolve("rules").resolve(id + ".md");
    }

    @Test
    void everyRuleHasAPageSayingWhyWhatPassesWhatFailsAndHowToFix() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor rule : RuleRegistry.builtIn().rules()) {
            Path page = page(rule.id());
            if (!Files.exists(page)) {
                problems.add(rule.id() + ": no page at docs/rules/" + rule.id() + ".md");
                continue;
            }
            String text = Files.readString(page);
            String lower = text.toLowerCase(Locale.ROOT);
            if (!text.startsWith("# " + rule.id())) {
                problems.add(rule.id() + ": the page should start with `# " + rule.id() + "`");
            }
            if (!lower.contains(rule.defaultSeverity().label())) {
                problems.add(rule.id() + ": the page does not state the severity " + rule.defaultSeverity().label());
            }
            for (String section : List.of("why", "pass", "fail", "fix")) {
                if (text.lines().noneMatch(l -> l.startsWith("## ") && l.toLowerCase(Locale.ROOT).contains(section))) {
                    problems.add(rule.id() + ": no `## …" + section + "…` section");
                }
            }
            if (!text.contains("```yaml")) {
                problems.add(rule.id() + ": no YAML example");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageBelongsToARule() throws IOException {
        RuleRegistry registry = RuleRegistry.builtIn();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(DOCS.resolve("rules"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                String name = page.getFileName().toString();
                String goal = page.getParent().getFileName().toString();
                if (name.equals("README.md")) {
                    continue; // the goal indexes are held to the rules by GoalIndexTest
                }
                String id = goal + "/" + name.substring(0, name.length() - 3);
                if (registry.get(id) == null && !id.equals(Linter.RULE_FAILED)) {
                    problems.add("docs/rules/" + id + ".md documents no rule");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
