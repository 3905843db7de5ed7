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

/**
 * The rule docs and the rules cannot drift apart: every rule has its page, every page has its rule, and each page's
 * header and each goal's index are what the rules' annotations say (generated: {@link RulePages}).
 */
class RuleDocsTest {

    private static final Path DOCS = RulePages.docs();
    private static final List<String> GOALS = List.of("core", "monetization", "reach", "marketing", "innovation",
            "integration");

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
            if (!text.startsWith("# " + rule.id() + "\n")) {
                problems.add(rule.id() + ": the page should start with `# " + rule.id() + "`");
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
    void everyPageHeaderIsWhatTheRuleDeclares() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor rule : RuleRegistry.builtIn().rules()) {
            Path page = page(rule.id());
            if (!Files.exists(page)) {
                continue; // reported by the test above
            }
            String text = Files.readString(page);
            String expected = RulePages.header(rule);
            String updated = RulePages.withBlock(text, RulePages.HEADER_START, RulePages.HEADER_END, expected);
            if (updated == null) {
                problems.add(rule.id() + ": the page has no generated header (`" + RulePages.HEADER_START + "`)");
            } else if (!updated.equals(text)) {
                if (RulePages.writing()) {
                    Files.writeString(page, updated);
                } else {
                    problems.add(rule.id() + ": the page's header differs from the rule's annotations; expected:\n"
                            + expected);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyGoalIndexListsItsRulesAsTheyAreDeclared() throws IOException {
        List<String> problems = new ArrayList<>();
        List<RuleDescriptor> rules = RuleRegistry.builtIn().rules();
        for (String goal : GOALS) {
            Path index = DOCS.resolve("rules").resolve(goal).resolve("README.md");
            String text = Files.readString(index);
            String expected = RulePages.index(rules.stream().filter(rule -> rule.goal().equals(goal)).toList());
            String updated = RulePages.withBlock(text, RulePages.INDEX_START, RulePages.INDEX_END, expected);
            if (updated == null) {
                problems.add("docs/rules/" + goal + "/README.md has no generated index (`" + RulePages.INDEX_START
                        + "`)");
            } else if (!updated.equals(text)) {
                if (RulePages.writing()) {
                    Files.writeString(index, updated);
                } else {
                    problems.add("docs/rules/" + goal + "/README.md: the index differs from the rules; expected:\n"
                            + expected);
                }
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
                    continue;
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
