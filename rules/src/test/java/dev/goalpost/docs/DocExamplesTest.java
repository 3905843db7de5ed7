package dev.goalpost.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.Fixture;
import dev.goalpost.fixtures.FixtureRunner;
import dev.goalpost.load.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every YAML example on a rule's page is linted with that rule, and gives exactly the findings the example marks
 * with {@code # expect: <rule>} (none for an example of what passes). An example that is not a whole document is
 * linted as the root of one: {@code openapi: 3.1.0}, an {@code info} and the page's goal are added when the example
 * does not write them. A block that is no spec (a {@code goalpost.yaml}, say) starts with {@code # not a spec}.
 */
class DocExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z$][^:#\\s]*)\\s*:", Pattern.MULTILINE);
    private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> everyExampleOnARulePageGivesTheFindingsItMarks() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleDescriptor rule : REGISTRY.rules()) {
            Path page = RulePages.docs().resolve("rules").resolve(rule.id() + ".md");
            if (!Files.exists(page)) {
                continue;
            }
            String text = read(page);
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                String yaml = block.group(1);
                int line = text.substring(0, block.start()).split("\n", -1).length + 1;
                if (yaml.startsWith("# not a spec")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest("docs/rules/" + rule.id() + ".md:" + line,
                        () -> check(rule, yaml, "docs/rules/" + rule.id() + ".md:" + line)));
            }
        }
        return tests.stream();
    }

    private void check(RuleDescriptor rule, String yaml, String where) throws IOException {
        String document = wrapped(rule, yaml);
        int added = document.split("\n", -1).length - yaml.split("\n", -1).length;
        Path spec = Files.writeString(folder.resolve("example.yaml"), document);
        // Every rule runs, as for a user (a suppression names another rule); only the page's rule is compared.
        LintConfiguration configuration = LintConfiguration.defaults();
        SpecReport report = new Linter(new ConfiguredRules(REGISTRY, configuration), LoadOptions.defaults(), folder,
                java.time.Clock.fixed(FixtureRunner.TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                        java.time.ZoneOffset.UTC)).lint(spec);
        List<String> expected = new ArrayList<>();
        for (Fixture.Expectation expectation : Fixture.expectationsIn(spec, report.file())) {
            if (expectation.rule().equals(rule.id())) {
                expected.add("line " + (expectation.line() - added) + " " + expectation.rule());
            }
        }
        List<String> actual = new ArrayList<>();
        report.findings().stream().filter(f -> f.rule().equals(rule.id()) && f.file().equals(report.file()))
                .forEach(f -> actual.add("line " + (f.line() - added) + " " + f.rule()));
        assertThat(actual).as("%s: the findings of the example (lines counted within it)", where)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The example as a whole document: what it does not write of a root's required parts is added on top. */
    static String wrapped(RuleDescriptor rule, String yaml) {
        if (yaml.startsWith("openapi:") || yaml.startsWith("swagger:")) {
            return yaml;
        }
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = TOP_LEVEL_KEY.matcher(yaml);
        while (key.find()) {
            keys.add(key.group(1));
        }
        StringBuilder head = new StringBuilder("openapi: 3.1.0\n");
        if (!keys.contains("info")) {
            head.append("info: {title: Example, version: '1'}\n");
        }
        if (!rule.isCore() && !keys.contains("x-business-goal")) {
            head.append("x-business-goal: ").append(rule.goal()).append('\n');
        }
        if (!keys.contains("paths") && !keys.contains("webhooks") && !keys.contains("components")) {
            head.append("paths: {}\n");
        }
        return head + yaml;
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
