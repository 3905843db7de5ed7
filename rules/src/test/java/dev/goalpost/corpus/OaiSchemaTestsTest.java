package dev.goalpost.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.load.LoadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI Initiative's own test documents ({@code ../shared/corpus/oai-schema-tests/<version>/pass|fail}):
 * every valid one gets no finding from the spec-soundness rules, every invalid one gets a {@code core/spec-structure}
 * (or {@code core/path-parameters}) error at the node that makes it invalid, as hand-checked in
 * {@code oai-schema-tests-fail-lines.tsv}. Skipped, saying so, when the corpus is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiSchemaTestsTest {

    private static final Path TESTS = Path.of(System.getProperty("goalpost.corpus", "../../shared/corpus"))
            .toAbsolutePath().normalize().resolve("oai-schema-tests");

    /** The rules of spec soundness (issue 12); those not registered yet simply report nothing. */
    private static final Set<String> SOUNDNESS = Set.of("core/spec-structure", "core/path-parameters",
            "core/paths-ambiguous", "core/security-scheme-defined", "core/success-response", "core/schema-keywords",
            "core/server-variables", "core/components-unused");
    private static final Set<String> STRUCTURE = Set.of("core/spec-structure", "core/path-parameters");

    /**
     * Findings on "valid" OAI documents that the specification's own text backs: the OAI's schema cannot express
     * these MUSTs, so its tests pass documents that break them (Redocly reports the same). Parameter `name`: "If
     * in is "path", the name field MUST correspond to a template expression occurring within the path field";
     * Security Requirement Object: "Each name MUST correspond to a security scheme which is declared in the
     * Security Schemes under the Components Object".
     */
    private static final Set<String> BACKED_BY_THE_SPECIFICATION = Set.of(
            "v3.1/pass/operation-object-example.yaml:6 core/path-parameters",
            "v3.1/pass/operation-object-example.yaml:13 core/path-parameters",
            "v3.1/pass/operation-object-example.yaml:45 core/security-scheme-defined",
            "v3.1/pass/parameter-object-examples.yaml:19 core/path-parameters",
            "v3.2/pass/operation-object-example.yaml:6 core/path-parameters",
            "v3.2/pass/operation-object-example.yaml:13 core/path-parameters",
            "v3.2/pass/operation-object-example.yaml:45 core/security-scheme-defined",
            "v3.2/pass/parameter-object-examples.yaml:19 core/path-parameters");

    private Linter linter;

    @BeforeAll
    void corpus() {
        if (!Files.isDirectory(TESTS)) {
            System.out.println("OAI schema tests skipped: no corpus at " + TESTS);
        }
        Assumptions.assumeTrue(Files.isDirectory(TESTS), "no OAI schema tests at " + TESTS + "; skipped");
        linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(), LintConfiguration.defaults()),
                LoadOptions.defaults(), TESTS);
    }

    @Test
    void everyValidDocumentPassesTheSoundnessRules() throws IOException {
        List<Path> documents = documents("pass");
        List<String> wrong = new ArrayList<>();
        for (Path document : documents) {
            for (Finding finding : lint(document).findings()) {
                // An unused component is valid; core/components-unused is advice (info), not a verdict.
                if (SOUNDNESS.contains(finding.rule()) && finding.severity() != Severity.INFO
                        && !BACKED_BY_THE_SPECIFICATION.contains(finding.file() + ":" + finding.line() + " "
                                + finding.rule())) {
                    wrong.add(finding.file() + ":" + finding.line() + " " + finding.rule() + " " + finding.message());
                }
            }
        }
        assertThat(documents).hasSizeGreaterThan(50);
        assertThat(wrong).as("findings on valid OAI test documents").isEmpty();
    }

    @Test
    void everyInvalidDocumentGetsAStructureErrorWhereItIsInvalid() throws IOException {
        Map<String, Set<Integer>> lines = expectedLines();
        List<Path> documents = documents("fail");
        List<String> wrong = new ArrayList<>();
        for (Path document : documents) {
            String name = TESTS.relativize(document).toString().replace('\\', '/');
            List<Finding> errors = lint(document).findings().stream()
                    .filter(f -> STRUCTURE.contains(f.rule()) && f.severity() == Severity.ERROR).toList();
            Set<Integer> expected = lines.get(name);
            if (expected == null) {
                wrong.add(name + ": no hand-checked line in oai-schema-tests-fail-lines.tsv (reported at "
                        + errors.stream().map(f -> String.valueOf(f.line())).toList() + ")");
            } else if (errors.stream().noneMatch(f -> expected.contains(f.line()))) {
                wrong.add(name + ": no structure error at line " + expected + "; reported "
                        + errors.stream().map(f -> f.line() + " " + f.message()).toList());
            }
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wrong).as("invalid OAI test documents without a structure error where they are invalid").isEmpty();
    }

    private SpecReport lint(Path document) {
        return linter.lint(List.of(document), 1).specs().get(0);
    }

    private static List<Path> documents(String verdict) throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> versions = Files.list(TESTS)) {
            for (Path version : versions.sorted().toList()) {
                Path folder = version.resolve(verdict);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                                .forEach(documents::add);
                    }
                }
            }
        }
        return documents;
    }

    private static Map<String, Set<Integer>> expectedLines() throws IOException {
        Map<String, Set<Integer>> lines = new LinkedHashMap<>();
        try (InputStream in = OaiSchemaTestsTest.class.getResourceAsStream("oai-schema-tests-fail-lines.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && parts.length == 2) {
                    Set<Integer> numbers = new java.util.TreeSet<>();
                    for (String number : parts[1].strip().split("\\|")) {
                        numbers.add(Integer.parseInt(number));
                    }
                    lines.put(parts[0].strip(), numbers);
                }
            }
        }
        return lines;
    }
}
