package dev.goalpost.bench;

import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.RuleSetting;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.load.LoadOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times linting inside one warm JVM, as a Maven build that lints many specs does: each spec is linted a few
 * times to warm up, then measured; prints the bytes read and the median load, index and rules time per spec, then
 * the median CPU time the whole process spent per lint (every thread, the collector's too) and the megabytes the
 * JVM's threads allocated per lint (tab-separated). On a shared machine wall times drift with the neighbours'
 * load; CPU time and allocation much less.
 * Used by {@code bench/run.sh}, which runs this file as a single-file source program against the CLI jar
 * ({@code java -cp cli/target/goalpost.jar bench/src/InProcessBenchmark.java SPEC...}); not shipped in any jar.
 */
public final class InProcessBenchmark {

    private InProcessBenchmark() {}

    public static void main(String[] args) {
        int warmup = Integer.getInteger("warmup", 3);
        int runs = Integer.getInteger("runs", 5);
        LintConfiguration configuration = LintConfiguration.defaults().withDefaultGoals(List.of("all"));
        // -Doff=core/spec-structure,… measures what rules cost: the same run without them.
        for (String id : System.getProperty("off", "").split(",")) {
            if (!id.isBlank()) {
                configuration = configuration.withRule(id.strip(), RuleSetting.off());
            }
        }
        ConfiguredRules configured = new ConfiguredRules(RuleRegistry.builtIn(), configuration);
        System.out.println("spec\tbytes\tload_ms\tindex_ms\trules_ms\ttotal_ms\tfindings\tcpu_ms\talloc_mb");
        for (String arg : args) {
            Path spec = Path.of(arg);
            for (int i = 0; i < warmup; i++) {
                fresh(configured).lint(spec);
            }
            List<long[]> samples = new ArrayList<>();
            int findings = 0;
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                long cpu = processCpuNanos();
                long allocated = allocatedBytes();
                SpecReport report = fresh(configured).lint(spec);
                SpecReport.Timings t = report.timings();
                samples.add(new long[] {t.loadNanos(), t.indexNanos(), t.rulesNanos(), processCpuNanos() - cpu,
                    allocatedBytes() - allocated});
                findings = report.findings().size();
                bytes = bytesRead(report);
            }
            long load = median(samples, 0);
            long index = median(samples, 1);
            long rules = median(samples, 2);
            System.out.printf("%s\t%d\t%.0f\t%.0f\t%.0f\t%.0f\t%d\t%.0f\t%.0f%n", arg, bytes, load / 1e6,
                    index / 1e6, rules / 1e6, (load + index + rules) / 1e6, findings, median(samples, 3) / 1e6,
                    median(samples, 4) / 1e6);
        }
    }

    /**
     * A new linter for each lint, as each Maven execution has its own: a linter keeps the files it parsed for the
     * rest of its run (roots sharing files parse them once), so reusing one would time a cache, not a load.
     */
    private static Linter fresh(ConfiguredRules rules) {
        return new Linter(rules, LoadOptions.defaults(), Path.of(""));
    }

    /** CPU time of the whole process so far: every thread, the garbage collector's and the compiler's too. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Bytes allocated so far by the live threads (the linting thread and the pool that runs rules side by side);
     * a pool thread that ends during a lint takes its share with it, which idle pools rarely do within a second.
     */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(bytes, 0);
        }
        return total;
    }

    /** Bytes of every local file the spec read (a multi-file spec is more than its root). */
    private static long bytesRead(SpecReport report) {
        long bytes = 0;
        for (SpecReport.Source source : report.sources()) {
            try {
                bytes += source.path() == null ? 0 : Files.size(source.path());
            } catch (IOException e) {
                // Gone since it was read: count nothing for it.
            }
        }
        return bytes;
    }

    private static long median(List<long[]> samples, int column) {
        long[] values = samples.stream().mapToLong(s -> s[column]).toArray();
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
