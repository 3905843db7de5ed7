package dev.goalpost.bench;

import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.IndexedDocument;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a warm lint costs the heap, in figures a loaded machine cannot blur as it blurs wall time: bytes
 * allocated per lint (by every thread, rules run on the common pool), bytes allocated by loading alone, the live
 * heap a loaded and indexed spec holds (after a full collection), and the young collections per lint with their
 * pause time. Run with the JVM's defaults (G1), as Maven does:
 * {@code java -cp cli/target/goalpost.jar bench/src/AllocationProbe.java SPEC}; not shipped in any jar.
 */
public final class AllocationProbe {

    private AllocationProbe() {}

    public static void main(String[] args) {
        int warmup = Integer.getInteger("warmup", 5);
        int runs = Integer.getInteger("runs", 5);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Linter linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(),
                LintConfiguration.defaults().withDefaultGoals(List.of("all"))), LoadOptions.defaults(), Path.of(""));
        SpecLoader loader = new SpecLoader(LoadOptions.defaults());
        System.out.println("spec\tlint_alloc_MB\tload_alloc_MB\tretained_MB\tyoung_gcs_per_lint\tyoung_pause_ms_per_lint");
        for (String arg : args) {
            Path spec = Path.of(arg);
            for (int i = 0; i < warmup; i++) {
                linter.lint(spec);
            }
            long[] lintAlloc = new long[runs];
            long[] loadAlloc = new long[runs];
            long gcs = 0;
            long pauseMs = 0;
            for (int i = 0; i < runs; i++) {
                long[] before = youngCollections();
                long start = threads.getTotalThreadAllocatedBytes();
                linter.lint(spec);
                lintAlloc[i] = threads.getTotalThreadAllocatedBytes() - start;
                long[] after = youngCollections();
                gcs += after[0] - before[0];
                pauseMs += after[1] - before[1];
                long loadStart = threads.getCurrentThreadAllocatedBytes();
                loader.load(spec);
                loadAlloc[i] = threads.getCurrentThreadAllocatedBytes() - loadStart;
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long empty = memory.getHeapMemoryUsage().getUsed();
            Workspace workspace = loader.load(spec);
            IndexedDocument document = IndexedDocument.of(workspace);
            System.gc();
            long held = memory.getHeapMemoryUsage().getUsed() - empty;
            if (document.hashCode() == 42 && workspace.hashCode() == 42) {
                System.out.print(""); // keeps both reachable across the collection above
            }
            System.out.printf("%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", arg, median(lintAlloc) / 1e6,
                    median(loadAlloc) / 1e6, held / 1e6, gcs / (double) runs, pauseMs / (double) runs);
        }
    }

    /** Collections and accumulated milliseconds of the young-generation collectors. */
    private static long[] youngCollections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Young") || name.equals("Copy") || name.equals("PS Scavenge")) {
                count += gc.getCollectionCount();
                ms += gc.getCollectionTime();
            }
        }
        return new long[] {count, ms};
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
