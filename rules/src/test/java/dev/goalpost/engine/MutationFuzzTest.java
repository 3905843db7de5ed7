package dev.goalpost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.goalpost.fixtures.FixtureRunner;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the fixtures under {@code test-specs/} (byte flips, deletions, insertions of syntax-laden tokens,
 * duplicated slices) and lints each mutant with every rule: it must give findings or a clean report, without
 * an exception, a {@code core/rule-failed} finding or a hang. Seeded and bounded; a failure names the seed and
 * the case, and keeps the mutant under {@code target/fuzz-failures/}.
 *
 * <p>Replay one case: {@code mvn -pl rules test -Dtest=MutationFuzzTest -Dgoalpost.fuzz.seed=S
 * -Dgoalpost.fuzz.only=N}. Run longer: {@code -Dgoalpost.fuzz.cases=100000}.
 */
class MutationFuzzTest {

    private static final long SEED = Long.getLong("goalpost.fuzz.seed", 20261126L);
    private static final int CASES = Integer.getInteger("goalpost.fuzz.cases", 5000);
    private static final int ONLY = Integer.getInteger("goalpost.fuzz.only", -1);
    /** A hang detector: mutants of small fixtures lint in milliseconds. */
    private static final Duration PER_CASE = Duration.ofSeconds(Long.getLong("goalpost.fuzz.caseSeconds", 10));
    private static final int MAX_REPORTED = 10;

    /** Tokens that change structure rather than content: quoting, nesting, anchors, references, odd encodings. */
    private static final List<byte[]> TOKENS = Stream.of("{", "}", "[", "]", "\"", "'", ":", ": ", ",", "- ", "\n",
            "\n  ", "\n- ", "\t", "#", "&a ", "*a", "<<: *a\n", "!!binary ", "!!str ", "!custom ", "? ", "|\n", ">-\n",
            "---\n", "...\n", "%YAML 1.2\n", "$ref: '#/'\n", "\"$ref\": \"#/x\"", "$ref: '../x.yaml'",
            "{$ref: '#/components/schemas/Pet'}", "$ref: 'schemas/order.json#/properties'", "~", "null", "1e999999",
            "-0", "0x1F", "\u0000", "\uFEFF", "\\u0000", "\"\\ud800\"", "\u2028", "\r", "\r\n",
            "99999999999999999999999999", "true", "x-business-goal: [monetization, nope]\n",
            "x-business-goal: []\n", "openapi: 3.1.0\n", "swagger: '2.0'\n", "get:\n", "paths:\n", "allOf: [",
            "\"properties\": {", "operationId: ").map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final List<byte[]> RAW = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzz-case");
        thread.setDaemon(true);
        return thread;
    });

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** A fixture spec: its root and every local file it reads, relative to the root's folder. */
    private record Bundle(Path folder, String root, Map<String, byte[]> files) {}

    /** One mutant: which spec, which file was changed, and how. */
    private record Mutant(Bundle bundle, String file, byte[] bytes, String how) {}

    @Test
    void mutantsGiveFindingsOrACleanReportNeverACrashOrAHang() throws Exception {
        Linter linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(),
                LintConfiguration.defaults().withDefaultGoals(List.of("all"))), LoadOptions.defaults(), dir);
        List<Bundle> bundles = bundles(linter);
        assertThat(bundles).as("fixtures under " + TestSpecs.root()).hasSizeGreaterThan(5);
        assertThat(bundles).as("multi-file fixtures").anyMatch(b -> b.files().size() > 2);

        List<String> failures = new ArrayList<>();
        int withSyntaxFinding = 0;
        int clean = 0;
        int first = ONLY >= 0 ? ONLY : 0;
        int last = ONLY >= 0 ? ONLY + 1 : CASES;
        for (int i = first; i < last && failures.size() < MAX_REPORTED; i++) {
            Mutant mutant = mutate(new Random(SEED * 1_000_003L + i), bundles);
            Path root = write(dir.resolve("case"), mutant);
            Future<String> outcome = worker.submit(() -> check(linter, root));
            String problem;
            try {
                problem = outcome.get(PER_CASE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                keep(i, mutant);
                fail(describe(i, mutant) + ": no report within " + PER_CASE.toSeconds() + " s; the linter is at\n"
                        + stackOf());
                return;
            } catch (ExecutionException e) {
                problem = "threw " + e.getCause() + stackTrace(e.getCause());
            }
            if (problem == null) {
                clean++;
            } else if (problem.equals("syntax")) {
                withSyntaxFinding++;
            } else {
                keep(i, mutant);
                failures.add(describe(i, mutant) + ": " + problem);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " mutant(s) broke the linter (seed " + SEED + "; mutants kept under "
                    + failureFolder() + "):\n" + String.join("\n\n", failures));
        }
        if (ONLY < 0) {
            // Mutations that never break syntax, or always do, would make this test prove little.
            assertThat(withSyntaxFinding).as("mutants with a core/spec-valid finding").isGreaterThan(CASES / 10);
            assertThat(clean).as("mutants without one").isGreaterThan(CASES / 20);
        }
    }

    /** Lints a mutant; null when it had no syntax finding, "syntax" when it had one, else what went wrong. */
    private static String check(Linter linter, Path root) throws IOException {
        LintReport report = linter.lint(List.of(root), 1);
        boolean syntax = false;
        for (Finding finding : report.specs().get(0).findings()) {
            if (finding.rule().equals(Linter.RULE_FAILED)) {
                return "core/rule-failed: " + finding.message() + " at " + finding.file() + ":" + finding.line();
            }
            if (finding.line() < 1 || finding.column() < 1 || finding.file().isEmpty() || finding.message().isBlank()) {
                return "finding without a place or a message: " + finding;
            }
            syntax |= finding.rule().equals("core/spec-valid");
        }
        for (ReportFormat format : ReportFormat.values()) {
            format.writer().write(report, new ByteArrayOutputStream());
        }
        return syntax ? "syntax" : null;
    }

    // ---- fixtures ---------------------------------------------------------------------------------------

    private static List<Bundle> bundles(Linter linter) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path root : FixtureRunner.roots(TestSpecs.root())) {
            Path folder = root.getParent();
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(folder.relativize(root).toString(), Files.readAllBytes(root));
            for (SpecReport.Source source : linter.lint(root).sources()) {
                Path path = source.path();
                if (path != null && path.startsWith(folder) && Files.isRegularFile(path)) {
                    files.putIfAbsent(folder.relativize(path).toString(), Files.readAllBytes(path));
                }
            }
            bundles.add(new Bundle(folder, folder.relativize(root).toString(), files));
        }
        return bundles;
    }

    private static Path write(Path folder, Mutant mutant) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (Map.Entry<String, byte[]> file : mutant.bundle().files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getKey().equals(mutant.file()) ? mutant.bytes() : file.getValue());
        }
        return folder.resolve(mutant.bundle().root());
    }

    // ---- mutation ---------------------------------------------------------------------------------------

    private static Mutant mutate(Random random, List<Bundle> bundles) {
        Bundle bundle = bundles.get(random.nextInt(bundles.size()));
        List<String> names = new ArrayList<>(bundle.files().keySet());
        // The root half the time: its structure decides what the rest of the spec means.
        String file = random.nextBoolean() ? bundle.root() : names.get(random.nextInt(names.size()));
        byte[] bytes = bundle.files().get(file);
        StringBuilder how = new StringBuilder();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            bytes = mutateOnce(random, bytes, how);
        }
        return new Mutant(bundle, file, bytes, how.toString().strip());
    }

    private static byte[] mutateOnce(Random random, byte[] bytes, StringBuilder how) {
        int n = bytes.length;
        int at = n == 0 ? 0 : random.nextInt(n);
        switch (random.nextInt(5)) {
            case 0 -> {
                if (n == 0) {
                    return bytes;
                }
                byte[] copy = bytes.clone();
                copy[at] = random.nextBoolean() ? (byte) (copy[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
                how.append(" flip@").append(at);
                return copy;
            }
            case 1 -> {
                int length = Math.min(n - at, random.nextInt(8) == 0 ? 1 + random.nextInt(Math.max(1, n / 2))
                        : 1 + random.nextInt(16));
                how.append(" delete@").append(at).append('+').append(length);
                return splice(bytes, at, length, new byte[0]);
            }
            case 2, 3 -> {
                byte[] token;
                int kind = random.nextInt(10);
                if (kind < 7) {
                    token = TOKENS.get(random.nextInt(TOKENS.size()));
                } else if (kind < 8) {
                    token = RAW.get(random.nextInt(RAW.size()));
                } else {
                    token = new byte[1 + random.nextInt(8)];
                    random.nextBytes(token);
                }
                how.append(" insert@").append(at).append('=').append(Arrays.toString(token));
                return splice(bytes, at, 0, token);
            }
            default -> {
                if (n == 0) {
                    return bytes;
                }
                int from = random.nextInt(n);
                int length = Math.min(n - from, 1 + random.nextInt(256));
                how.append(" duplicate@").append(from).append('+').append(length).append("->").append(at);
                return splice(bytes, at, 0, Arrays.copyOfRange(bytes, from, from + length));
            }
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    // ---- failure reports --------------------------------------------------------------------------------

    private static String describe(int i, Mutant mutant) {
        return "case " + i + " (seed " + SEED + ", replay with -Dgoalpost.fuzz.seed=" + SEED + " -Dgoalpost.fuzz.only="
                + i + "): " + mutant.bundle().folder().resolve(mutant.file()) + " mutated by" + " " + mutant.how();
    }

    private static Path failureFolder() {
        return Path.of("target", "fuzz-failures").toAbsolutePath();
    }

    private static void keep(int i, Mutant mutant) {
        try {
            write(failureFolder().resolve("seed-" + SEED + "-case-" + i), mutant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stackTrace(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement element : e.getStackTrace()) {
            text.append("\n\tat ").append(element);
            if (text.length() > 3000) {
                break;
            }
        }
        return text.toString();
    }

    private static String stackOf() {
        StringBuilder text = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().equals("fuzz-case")) {
                for (StackTraceElement element : stack) {
                    text.append("\tat ").append(element).append('\n');
                }
            }
        });
        return text.toString();
    }
}
