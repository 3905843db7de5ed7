package dev.goalpost.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Lints every root document of the shared corpus ({@code ../shared/corpus/roots.tsv}) with every goal, in one
 * JVM: no exception, no output, no {@code core/rule-failed}, each document within a bound, no document silent
 * without a reason; a second run gives byte-identical JSON reports and two threads the same findings as one.
 * Writes {@code target/corpus/outcome.tsv}. Runs only with {@code -Pcorpus}; skipped when there is no corpus.
 */
@Tag("corpus")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusSuiteTest {

    private static final Path CORPUS = Path.of(System.getProperty("goalpost.corpus", "../../shared/corpus"))
            .toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("goalpost.corpusOut", "target/corpus"));
    /** A hang detector, generous for two slow shared cores; the largest document takes a few seconds. */
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(Long.getLong("goalpost.corpus.seconds", 30));
    /** Documents linted together in the two-thread pass; small batches keep the heap bounded. */
    private static final int BATCH = 8;

    /** What one document gave in the first pass. */
    private record Outcome(String path, long bytes, long errors, long warnings, long infos, long millis,
            String problem, String json, String findings, String silentReason) {}

    private Linter linter;
    private List<String> roots;
    private Map<String, String> allowlist;
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private ExecutorService worker;

    @BeforeAll
    void lintTheCorpusOnce() throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            System.out.println("corpus suite skipped: no corpus at " + CORPUS);
        }
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS + "; the corpus suite is skipped");
        roots = Files.readAllLines(CORPUS.resolve("roots.tsv")).stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split("\t")[0]).toList();
        allowlist = readAllowlist();
        linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(),
                LintConfiguration.defaults().withDefaultGoals(List.of("all"))), LoadOptions.defaults(), CORPUS);
        worker = newWorker();
        long start = System.nanoTime();
        capturingOutput(() -> {
            for (String root : roots) {
                outcomes.put(root, lintOne(root));
            }
            return null;
        });
        writeOutcome();
        System.out.printf("corpus suite: %d documents, %.1f MB, first pass %.1f s; outcome in %s%n", roots.size(),
                outcomes.values().stream().mapToLong(Outcome::bytes).sum() / 1e6, (System.nanoTime() - start) / 1e9,
                OUT.resolve("outcome.tsv").toAbsolutePath());
    }

    @AfterAll
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    @Test
    void everyDocumentIsLintedInTimeWithoutAnExceptionOrAFailedRule() {
        assertThat(roots).hasSizeGreaterThan(100);
        assertThat(outcomes.values()).filteredOn(o -> o.problem() != null)
                .extracting(o -> o.path() + ": " + o.problem()).isEmpty();
    }

    @Test
    void nothingIsPrintedWhileLinting() {
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("output while linting (a stack trace?)").isEmpty();
    }

    @Test
    void noDocumentYieldsNothingWithoutAReason() {
        assertThat(outcomes.values()).filteredOn(o -> o.problem() == null && o.findings().isEmpty()
                && o.silentReason() == null).extracting(Outcome::path)
                .as("documents with no finding at all under every goal; fix the rule that should have found "
                        + "something, or add the document with a reason to corpus-silent-allowlist.tsv")
                .isEmpty();
    }

    @Test
    void lintingTwiceGivesByteIdenticalJsonReports() throws Exception {
        List<String> differ = new ArrayList<>();
        capturingOutput(() -> {
            for (String root : roots) {
                Outcome first = outcomes.get(root);
                if (first.problem() == null) {
                    LintReport report = call(() -> linter.lint(List.of(CORPUS.resolve(root)), 1), PER_DOCUMENT);
                    if (!json(report).equals(first.json())) {
                        differ.add(root);
                    }
                }
            }
            return null;
        });
        assertThat(differ).as("documents whose JSON report changed between two runs").isEmpty();
    }

    @Test
    void twoThreadsFindWhatOneThreadFinds() throws Exception {
        List<String> differ = new ArrayList<>();
        List<String> linted = roots.stream().filter(root -> outcomes.get(root).problem() == null).toList();
        capturingOutput(() -> {
            for (int from = 0; from < linted.size(); from += BATCH) {
                List<String> batch = linted.subList(from, Math.min(linted.size(), from + BATCH));
                List<Path> paths = batch.stream().map(CORPUS::resolve).toList();
                LintReport report = call(() -> linter.lint(paths, 2), PER_DOCUMENT.multipliedBy(batch.size()));
                for (int i = 0; i < batch.size(); i++) {
                    if (!findings(report.specs().get(i)).equals(outcomes.get(batch.get(i)).findings())) {
                        differ.add(batch.get(i));
                    }
                }
            }
            return null;
        });
        assertThat(differ).as("documents whose findings differ between 1 and 2 threads").isEmpty();
    }

    // ---- the first pass ---------------------------------------------------------------------------------

    private Outcome lintOne(String root) throws IOException {
        Path path = CORPUS.resolve(root);
        long bytes = Files.size(path);
        long start = System.nanoTime();
        LintReport report;
        try {
            report = call(() -> linter.lint(List.of(path), 1), PER_DOCUMENT);
        } catch (TimeoutException e) {
            // The stuck thread cannot be stopped; give the next documents a fresh one.
            worker.shutdownNow();
            worker = newWorker();
            return failed(root, bytes, PER_DOCUMENT.toMillis(), "no report within " + PER_DOCUMENT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return failed(root, bytes, (System.nanoTime() - start) / 1_000_000, "threw " + e.getCause());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        SpecReport spec = report.specs().get(0);
        String problem = spec.findings().stream().filter(f -> f.rule().equals(Linter.RULE_FAILED)).findFirst()
                .map(f -> "core/rule-failed at " + f.file() + ":" + f.line() + ": " + f.message()).orElse(null);
        return new Outcome(root, bytes, spec.count(Severity.ERROR), spec.count(Severity.WARNING),
                spec.count(Severity.INFO), millis, problem, json(report), findings(spec),
                spec.findings().isEmpty() ? silentReason(root, spec) : null);
    }

    private static Outcome failed(String root, long bytes, long millis, String problem) {
        return new Outcome(root, bytes, 0, 0, 0, millis, problem, "", "", null);
    }

    /**
     * Why a document may give no finding at all: no goal rule had anything to look at in it (so there was
     * nothing to find), or a reason written down in the allowlist.
     */
    private String silentReason(String root, SpecReport spec) {
        if (spec.rulesRun().stream().allMatch(id -> id.startsWith(RuleDescriptor.CORE + "/"))) {
            boolean anyGoalRule = RuleRegistry.builtIn().rules().stream().anyMatch(r -> !r.isCore());
            return anyGoalRule ? "no goal rule had anything to check" : "no goal rules are registered yet";
        }
        if (spec.openapi() != null && dev.goalpost.model.IndexedDocument.of(new SpecLoader(LoadOptions.defaults())
                .load(CORPUS.resolve(root))).operations().isEmpty()) {
            // Schema tests and component libraries: operation rules, most of every goal, have nothing to see.
            return "no operations";
        }
        return allowlist.get(root);
    }

    private static Map<String, String> readAllowlist() throws IOException {
        Map<String, String> allowlist = new LinkedHashMap<>();
        try (InputStream in = CorpusSuiteTest.class.getResourceAsStream("corpus-silent-allowlist.tsv")) {
            if (in == null) {
                return allowlist;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t", 2);
                if (!line.isBlank() && !line.startsWith("#") && parts.length == 2 && !parts[1].isBlank()) {
                    allowlist.put(parts[0].strip(), parts[1].strip());
                }
            }
        }
        return allowlist;
    }

    private void writeOutcome() throws IOException {
        Files.createDirectories(OUT);
        StringBuilder tsv = new StringBuilder("path\tbytes\terrors\twarnings\tinfos\tms\toutcome\n");
        for (Outcome o : outcomes.values()) {
            String outcome = o.problem() != null ? "FAILED: " + o.problem().replace('\t', ' ').replace('\n', ' ')
                    : o.findings().isEmpty() ? "silent: " + (o.silentReason() == null ? "NO REASON" : o.silentReason())
                    : "ok";
            tsv.append(o.path()).append('\t').append(o.bytes()).append('\t').append(o.errors()).append('\t')
                    .append(o.warnings()).append('\t').append(o.infos()).append('\t').append(o.millis()).append('\t')
                    .append(outcome).append('\n');
        }
        Files.writeString(OUT.resolve("outcome.tsv"), tsv);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "corpus-lint");
            thread.setDaemon(true);
            return thread;
        });
    }

    private <T> T call(Callable<T> task, Duration bound) throws ExecutionException, TimeoutException {
        Future<T> future = worker.submit(task);
        try {
            return future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a pass with standard output and error captured, so that anything the linter prints is caught. */
    private void capturingOutput(Callable<Void> pass) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            pass.call();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The SHA-256 of a report written as JSON. */
    private static String json(LintReport report) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            ReportFormat.JSON.writer().write(report, out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A document's findings as text, one per line, in report order (empty when there are none). */
    private static String findings(SpecReport spec) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : spec.findings()) {
            text.append(finding).append('\n');
        }
        return text.toString();
    }
}
