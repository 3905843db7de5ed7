package dev.goalpost.cli;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleKind;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Times every report writer on one synthetic report of many findings (100,000 by default, spread over 200 files
 * of 20 specs), so that a writer whose cost grows faster than its output shows up: each should take about as
 * long per finding at 100,000 findings as at 10,000. Prints format, findings, output bytes and milliseconds
 * (tab-separated). Used by {@code bench/run.sh --writers}; not a user command.
 */
public final class WriterBenchmark {

    private WriterBenchmark() {}

    public static void main(String[] args) throws IOException {
        int findings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = Integer.getInteger("runs", 3);
        LintReport report = report(findings);
        System.out.println("format\tfindings\tbytes\tms");
        for (String label : ReportFormat.labels()) {
            ReportFormat format = ReportFormat.parse(label);
            long best = Long.MAX_VALUE;
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                Counting out = new Counting();
                long start = System.nanoTime();
                format.writer().write(report, out);
                best = Math.min(best, System.nanoTime() - start);
                bytes = out.count;
            }
            System.out.println(label + "\t" + findings + "\t" + bytes + "\t" + best / 1_000_000);
        }
    }

    /** Findings of four rules, in 20 specs of ten files each. */
    static LintReport report(int count) {
        List<RuleDescriptor> rules = new ArrayList<>();
        for (String id : List.of("core/operation-id-unique", "reach/list-paginated", "marketing/examples-valid",
                "monetization/pricing-declared")) {
            rules.add(new RuleDescriptor(id, id.substring(0, id.indexOf('/')), Severity.WARNING, "A rule.",
                    RuleDescriptor.DOCS_BASE + id + ".md", RuleKind.DOCUMENT, List.of(), null));
        }
        List<SpecReport> specs = new ArrayList<>();
        int perSpec = Math.max(1, count / 20);
        for (int s = 0, made = 0; s < 20 && made < count; s++) {
            List<Finding> findings = new ArrayList<>();
            List<SpecReport.Source> sources = new ArrayList<>();
            for (int f = 0; f < 10; f++) {
                sources.add(new SpecReport.Source("specs/api-" + s + "/part-" + f + ".yaml", null));
            }
            for (int i = 0; i < perSpec && made < count; i++, made++) {
                RuleDescriptor rule = rules.get(i % rules.size());
                findings.add(new Finding(rule.id(), rule.goal(), Severity.WARNING, "`GET /items/" + i + "` returns a "
                        + "list but takes no page-size parameter; add `limit` <&> \"quoted\"",
                        sources.get(i % 10).file(), 1 + i / 10, 1 + i % 40, "/paths/~1items~1" + i + "/get"));
            }
            findings.sort(Finding.ORDER);
            specs.add(new SpecReport(sources.get(0).file(), "3.0.3", List.of("reach"), findings,
                    rules.stream().map(RuleDescriptor::id).toList(), sources, new SpecReport.Timings(0, 0, 0)));
        }
        return new LintReport("bench", specs, rules);
    }

    /** Counts bytes and throws them away. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
