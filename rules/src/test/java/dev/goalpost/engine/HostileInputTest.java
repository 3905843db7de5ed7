package dev.goalpost.engine;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.goalpost.SpecFiles;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.LoadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Broken and hostile input through the whole engine: each case must end, within seconds, in a clear finding at
 * a place (or a clean report), never an exception, a hang or a {@code core/rule-failed}. Loader-level details
 * (anchors, encodings, symbolic links out of the folder) are in {@code SpecLoaderTest}.
 */
class HostileInputTest {

    /** A hang detector, not a speed test: generous for two busy cores. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    /** For the 50 MB files, which take a few seconds just to write and read. */
    private static final Duration BIG_FILE_BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** Every rule runs: documents without goals get all of them. */
    private SpecReport lint(Path spec) {
        return lint(spec, BOUND);
    }

    private SpecReport lint(Path spec, Duration bound) {
        Linter linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(),
                LintConfiguration.defaults().withDefaultGoals(List.of("all"))), LoadOptions.defaults(), dir);
        SpecReport report = assertTimeoutPreemptively(bound, () -> linter.lint(spec), () -> "linting " + spec);
        assertThat(report.findings()).extracting(Finding::rule).doesNotContain(Linter.RULE_FAILED);
        return report;
    }

    /** The report holds exactly one finding: this rule, in this file, at this line. */
    private static Finding onlyFinding(SpecReport report, String rule, String file, int line) {
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.file()).isEqualTo(file);
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.column()).isPositive();
        });
        return report.findings().get(0);
    }

    // ---- unreadable bytes -------------------------------------------------------------------------------

    @Test
    void emptyAndBlankFilesAreOneFinding() {
        onlyFinding(lint(write(dir, "empty.yaml", new byte[0])), "core/spec-valid", "empty.yaml", 1);
        onlyFinding(lint(write(dir, "blank.json", " \n\t\n")), "core/spec-valid", "blank.json", 1);
        onlyFinding(lint(write(dir, "comments.yaml", "# nothing here\n")), "core/spec-valid", "comments.yaml", 1);
    }

    @Test
    void binaryJunkIsOneFinding() {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        onlyFinding(lint(write(dir, "junk.yaml", junk)), "core/spec-valid", "junk.yaml", 1);
        onlyFinding(lint(write(dir, "junk.json", junk)), "core/spec-valid", "junk.json", 1);
        // Valid UTF-8 but control characters: the YAML reader must refuse them with a place.
        byte[] controls = "openapi: 3.0.3\ninfo: \u0001\u0002\u0003\n".getBytes(StandardCharsets.UTF_8);
        Finding control = onlyFinding(lint(write(dir, "controls.yaml", controls)), "core/spec-valid", "controls.yaml", 2);
        assertThat(control.column()).isEqualTo(7);
        assertThat(control.message()).contains("U+0001");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        onlyFinding(lint(write(dir, "image.json", png)), "core/spec-valid", "image.json", 1);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("UTF-16 surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("truncated sequence", new byte[] {(byte) 0xE2, (byte) 0x82}),
                Arguments.of("Latin-1 e acute", new byte[] {(byte) 0xE9}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsReportedAtItsLineAndColumn(String name, byte[] bad) {
        byte[] head = "openapi: 3.0.3\ninfo:\n  title: caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n  version: '1'\npaths: {}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(head, bad, tail);
        Finding finding = onlyFinding(lint(write(dir, "latin.yaml", bytes)), "core/spec-valid", "latin.yaml", 3);
        assertThat(finding.column()).isEqualTo("  title: caf".length() + 1);
        assertThat(finding.message()).contains("not valid UTF-8");
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() {
        byte[] spec = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                dev.goalpost.SpecFiles.DUPLICATE_OPERATION_IDS.getBytes(StandardCharsets.UTF_8));
        Finding finding = onlyFinding(lint(write(dir, "bom.yaml", spec)), "core/operation-id-unique", "bom.yaml", 7);
        assertThat(finding.column()).isEqualTo("    post: {operationId: ".length() + 1);
    }

    // ---- truncation -------------------------------------------------------------------------------------

    @Test
    void jsonTruncatedAnywhereIsASyntaxFindingInsideTheFile() throws IOException {
        byte[] full = Files.readAllBytes(TestSpecs.resolve("robustness/petstore-swagger2.json"));
        Random random = new Random(11);
        for (int i = 0; i < 60; i++) {
            int cut = 1 + random.nextInt(full.length - 2);
            byte[] truncated = Arrays.copyOf(full, cut);
            SpecReport report = lint(write(dir, "cut.json", truncated));
            String context = "cut at byte " + cut + " of " + full.length;
            assertThat(report.findings()).as(context).isNotEmpty().allSatisfy(f -> {
                assertThat(f.rule()).isEqualTo("core/spec-valid");
                assertThat(f.file()).isEqualTo("cut.json");
                assertThat(f.line()).isBetween(1, lines(truncated) + 1);
            });
        }
    }

    @Test
    void yamlTruncatedAnywhereIsASyntaxFindingOrAShorterDocument() throws IOException {
        byte[] full = Files.readAllBytes(TestSpecs.resolve("robustness/petstore.yaml"));
        Random random = new Random(13);
        LoaderOptions options = new LoaderOptions();
        int syntaxErrors = 0;
        for (int i = 0; i < 60; i++) {
            int cut = 1 + random.nextInt(full.length - 2);
            byte[] truncated = Arrays.copyOf(full, cut);
            SpecReport report = lint(write(dir, "cut.yaml", truncated));
            String context = "cut at byte " + cut + " of " + full.length;
            assertThat(report.findings()).as(context).allSatisfy(f -> {
                assertThat(f.file()).isEqualTo("cut.yaml");
                assertThat(f.line()).isBetween(1, lines(truncated) + 1);
            });
            boolean readable;
            try {
                new Yaml(options).load(new String(truncated, StandardCharsets.UTF_8));
                readable = true;
            } catch (RuntimeException e) {
                readable = false;
            }
            if (!readable) {
                syntaxErrors++;
                assertThat(report.findings()).as(context).extracting(Finding::rule).contains("core/spec-valid");
            }
        }
        // Cutting inside quotes or flow collections must have happened, or the test proves little.
        assertThat(syntaxErrors).isGreaterThan(3);
    }

    // ---- resource exhaustion ----------------------------------------------------------------------------

    @Test
    void billionLaughsIsRefusedAtTheAliasThatGoesTooFar() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        yaml.append("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char name = 'b'; name <= 'i'; name++) {
            yaml.append("x-").append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = String.valueOf(name);
        }
        Finding finding = onlyFinding(lint(write(dir, "laughs.yaml", yaml.toString())), "core/spec-valid",
                "laughs.yaml", 10);
        assertThat(finding.message()).contains("aliases expand the document");
    }

    @Test
    void oneAnchorAliasedManyTimesIsRefusedToo() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\nx-big: &big [");
        yaml.append("x,".repeat(2_000)).append("x]\nx-uses:\n");
        yaml.append("  - *big\n".repeat(1_000));
        Finding finding = onlyFinding(lint(write(dir, "quadratic.yaml", yaml.toString())), "core/spec-valid",
                "quadratic.yaml", 3 + (1_000_000 / 2_001 + 1));
        assertThat(finding.message()).contains("aliases expand the document");
    }

    static Stream<Arguments> deepNesting() {
        int depth = 100_000;
        return Stream.of(
                Arguments.of("deep.json", "{\"openapi\":\"3.0.3\",\"x\":" + "{\"a\":".repeat(depth) + "1"
                        + "}".repeat(depth) + "}", 1),
                Arguments.of("deep-arrays.json", "{\"openapi\":\"3.0.3\",\n\"x\":" + "[".repeat(depth)
                        + "]".repeat(depth) + "}", 2),
                Arguments.of("deep-flow.yaml", "openapi: 3.0.3\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n", 2),
                Arguments.of("deep-block.yaml", "openapi: 3.0.3\nx:\n" + "- ".repeat(depth) + "1\n", 3),
                Arguments.of("deep-indent.yaml", "openapi: 3.0.3\nx:\n" + indentedMappings(1_500), 1_002));
    }

    private static String indentedMappings(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            yaml.append(" ".repeat(i)).append("a:\n");
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepNesting")
    void deepNestingIsAFindingNotAStackOverflow(String name, String content, int line) {
        Finding finding = onlyFinding(lint(write(dir, name, content)), "core/spec-valid", name, line);
        assertThat(finding.message()).contains("nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void fiftyMegabyteStringsAreRefusedWithoutReadingThemWhole() {
        String big = "x".repeat(50_000_000);
        Finding json = onlyFinding(lint(write(dir, "big.json",
                "{\"openapi\":\"3.0.3\",\n\"info\":{\"title\":\"" + big + "\",\"version\":\"1\"},\"paths\":{}}"),
                BIG_FILE_BOUND), "core/spec-valid", "big.json", 2);
        assertThat(json.message()).contains("String value length").contains("exceeds the maximum allowed (20000000)");
        Finding quoted = onlyFinding(lint(write(dir, "big-line.yaml",
                "openapi: 3.0.3\ninfo:\n  title: \"" + big + "\"\n"), BIG_FILE_BOUND), "core/spec-valid",
                "big-line.yaml", 3);
        assertThat(quoted.message()).contains("line 3 is longer than 500000 characters");
        String lines = ("    " + "x".repeat(95) + "\n").repeat(500_000);
        Finding block = onlyFinding(lint(write(dir, "big-block.yaml",
                "openapi: 3.0.3\ninfo:\n  title: |\n" + lines + "  version: '1'\n"), BIG_FILE_BOUND),
                "core/spec-valid", "big-block.yaml", 3);
        assertThat(block.message()).contains("more than the 20000000");
    }

    @Test
    void aLongLineBelowTheLimitStillLoads() {
        SpecReport report = lint(write(dir, "long.yaml", "openapi: 3.0.3\nx-business-goal: []\n"
                + "info: {title: t, version: '1'}\npaths: {}\nx-note: \"" + "y".repeat(400_000) + "\"\n"));
        assertThat(report.findings()).isEmpty();
        assertThat(report.openapi()).isEqualTo("3.0.3");
    }

    // ---- references -------------------------------------------------------------------------------------

    private static final String HEADER = dev.goalpost.SpecFiles.SCHEMAS_HEADER;

    /** Findings as "file:line rule" for a compact exact comparison. */
    private static List<String> places(SpecReport report) {
        List<String> places = new ArrayList<>();
        report.findings().forEach(f -> places.add(f.file() + ":" + f.line() + " " + f.rule()));
        return places;
    }

    @Test
    void circularChainAcrossThreeFilesIsReportedAtEachRefAndEnds() {
        write(dir, "b.yaml", "B:\n  $ref: 'c.yaml#/C'\n");
        write(dir, "c.yaml", "C:\n  $ref: 'api.yaml#/components/schemas/A'\n");
        Path spec = write(dir, "api.yaml", HEADER + """
                    A:
                      $ref: 'b.yaml#/B'
                    Self:
                      $ref: '#/components/schemas/Self'
                """);
        SpecReport report = lint(spec);
        assertThat(places(report)).containsExactly("api.yaml:8 core/ref-unresolved", "api.yaml:10 core/ref-unresolved",
                "b.yaml:2 core/ref-unresolved", "c.yaml:2 core/ref-unresolved");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).contains("circular"));
    }

    @Test
    void pointersThatPassThroughAReferenceLoopEnd() {
        // Found by MutationFuzzTest: following `#/` from a root holding `$ref: '#/'` recursed until the stack ran out.
        Path spec = write(dir, "api.yaml", "$ref: '#/'\n" + HEADER + """
                    A: {$ref: '#/components/schemas/B/properties/x'}
                    B: {$ref: '#/components/schemas/B'}
                """);
        assertThat(places(lint(spec))).containsExactly("api.yaml:1 core/ref-unresolved",
                "api.yaml:8 core/ref-unresolved", "api.yaml:9 core/ref-unresolved");
    }

    @Test
    void missingFileAndMissingPointerAreReportedAtTheRef() {
        write(dir, "schemas/pet.yaml", "Pet: {type: object}\n");
        Path spec = write(dir, "api.yaml", HEADER + """
                    A: {$ref: 'schemas/missing.yaml#/Pet'}
                    B: {$ref: 'schemas/pet.yaml#/Cat'}
                    C: {$ref: '#/components/schemas/Nope'}
                    D: {$ref: 'schemas/'}
                """);
        SpecReport report = lint(spec);
        assertThat(places(report)).containsExactly("api.yaml:7 core/ref-unresolved", "api.yaml:8 core/ref-unresolved",
                "api.yaml:9 core/ref-unresolved", "api.yaml:10 core/ref-unresolved");
        assertThat(report.findings().get(0).message()).contains("missing.yaml, which does not exist");
        assertThat(report.findings().get(1).message()).contains("pet.yaml has no node at /Cat");
        assertThat(report.findings().get(3).message()).contains("is a folder");
    }

    @Test
    void referencesEscapingTheFolderAreRefusedAndNothingOutsideIsRead() throws IOException {
        Path secret = write(dir, "secret.yaml", "Secret: {type: string}\n");
        Path inner = dir.resolve("specs/v1");
        List<String> escapes = List.of("../../secret.yaml#/Secret", "../../../../../../../../etc/passwd",
                "/etc/passwd", "file:///etc/passwd", "file:/etc/passwd", "file://localhost/etc/passwd",
                secret.toUri().toString(), secret.toString(), "%2e%2e/%2e%2e/secret.yaml", "..%2F..%2Fsecret.yaml",
                "./../../secret.yaml");
        StringBuilder yaml = new StringBuilder(HEADER);
        for (int i = 0; i < escapes.size(); i++) {
            yaml.append("    S").append(i).append(": {$ref: '").append(escapes.get(i)).append("'}\n");
        }
        SpecReport report = lint(write(inner, "api.yaml", yaml.toString()));
        assertThat(report.sources()).hasSize(1);
        assertThat(report.findings()).hasSize(escapes.size()).allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("specs/v1/api.yaml");
            assertThat(f.rule()).isIn("core/ref-refused", "core/ref-unresolved");
        });
        // Whatever the spelling, a reference to a file outside is refused or names no local file; none is read.
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("core/ref-unresolved"))
                .allSatisfy(f -> assertThat(f.message()).containsAnyOf("does not exist", "does not name a file"));
        assertThat(report.findings()).filteredOn(f -> f.message().contains("secret.yaml"))
                .allSatisfy(f -> assertThat(f.rule()).isEqualTo("core/ref-refused"));
    }

    @Test
    void namedPipesAndDevicesAreNotReadBecauseReadingThemNeverEnds() throws Exception {
        Path pipe = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Path spec = write(dir, "api.yaml", HEADER + "    A: {$ref: 'pipe.yaml'}\n");
        SpecReport report = lint(spec);
        assertThat(places(report)).containsExactly("api.yaml:7 core/ref-unresolved");
        assertThat(report.findings().get(0).message()).contains("not a regular file");
        onlyFinding(lint(pipe), "core/spec-valid", "pipe.yaml", 1);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static int lines(byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    // ---- costs hidden in values --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("catastrophicPatterns")
    void aPatternThatBacktracksCatastrophicallyIsAFindingNotAHang(String pattern, String example) {
        Path spec = write(dir, "redos.yaml", """
                openapi: 3.0.3
                x-business-goal: [marketing]
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Code:
                      type: string
                      pattern: '%s'
                      example: '%s'
                """.formatted(pattern, example));
        SpecReport report = lint(spec);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("marketing/examples-valid")).singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(10);
                    assertThat(f.message()).contains("could not be checked against the pattern `" + pattern + "`")
                            .contains("simplify the pattern");
                });
    }

    static Stream<Arguments> catastrophicPatterns() {
        return Stream.of(
                Arguments.of("^(a+)+\\1$", "a".repeat(40) + "b"),
                Arguments.of("^(.*a){12}$", "a".repeat(40) + "b"));
    }

    @Test
    void manyCatastrophicPatternsInOneSpecStillEndInSeconds() {
        StringBuilder text = new StringBuilder(SpecFilesHeader.MARKETING);
        for (int i = 0; i < 200; i++) {
            text.append("    C").append(i).append(": {type: string, pattern: '^(.*a){12}z{0,").append(i)
                    .append("}$', example: '").append("a".repeat(40)).append("b'}\n");
        }
        SpecReport report = lint(write(dir, "many.yaml", text.toString()));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("marketing/examples-valid")).hasSize(200)
                .allSatisfy(f -> assertThat(f.message()).contains("could not be checked against the pattern"));
    }

    @Test
    void numbersBeyondDoubleRangeAndInfinitiesAreCheckedOrSaidToBeUncheckable() {
        SpecReport report = lint(write(dir, "numbers.yaml", SpecFilesHeader.MARKETING + """
                    Big: {type: number, multipleOf: 3, example: 1e400}
                    Exact: {type: number, multipleOf: 5, example: 1e400}
                    Infinite: {type: number, multipleOf: 3, example: .inf}
                    Huge: {type: integer, maximum: 10, example: 123456789012345678901234567890}
                """));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("marketing/examples-valid"))
                .extracting(Finding::line, Finding::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, "schema example (top level): must be multiple of 3; "
                                + "make the example match its schema, or fix the schema"),
                        org.assertj.core.groups.Tuple.tuple(9, "schema example (top level): could not be checked: a "
                                + "number in it is too large or not finite for the schema's numeric keywords "
                                + "(multipleOf, minimum, maximum); use a number within double range; make the "
                                + "example match its schema, or fix the schema"),
                        org.assertj.core.groups.Tuple.tuple(10, "schema example (top level): must have a maximum "
                                + "value of 10; make the example match its schema, or fix the schema"));
    }

    @Test
    void lineSeparatorsInsideStringsAndCommentsDoNotShiftLaterLines() {
        String spec = SpecFiles.DUPLICATE_OPERATION_IDS.replace("info: {title: t, version: \"1\"}",
                "info: {title: \"a\u2028b\u2029c\u0085d\", version: \"1\"} # comment \u2028 with \u2029 breaks");
        onlyFinding(lint(write(dir, "separators.yaml", spec)), "core/operation-id-unique", "separators.yaml", 7);
    }

    /** Spec heads for the cases above. */
    private static final class SpecFilesHeader {
        static final String MARKETING = """
                openapi: 3.0.3
                x-business-goal: [marketing]
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                """;
    }
}
