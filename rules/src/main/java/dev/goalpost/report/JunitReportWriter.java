package dev.goalpost.report;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.SpecReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * JUnit XML as Jenkins, GitLab and Azure DevOps read it: a test suite per spec and a test case per rule that ran.
 * Those tools show one failure per test case, so a rule with findings becomes one test case per finding, named by
 * the rule and the JSON pointer of the finding's node (not its line, so a test keeps its history when lines move;
 * the position is in the failure message); a rule without findings is one passing test case.
 *
 * <p>Only a finding that fails the run is a failed test: one at or above {@code failOn}, not suppressed and not
 * in the baseline. Any other finding is a skipped test case saying why (below {@code failOn}, suppressed inline,
 * accepted by the baseline), so a build server shows it without marking a passing build unstable.
 */
public final class JunitReportWriter implements ReportWriter {

    private final FailOn failOn;
    private final ReportSettings settings;

    /** Failures for errors, as the shells' default {@code failOn}. */
    public JunitReportWriter() {
        this(ReportSettings.DEFAULT);
    }

    public JunitReportWriter(FailOn failOn) {
        this(new ReportSettings(failOn));
    }

    public JunitReportWriter(ReportSettings settings) {
        this.settings = settings;
        this.failOn = settings.failOn();
    }

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        int tests = 0;
        int failures = 0;
        for (SpecReport spec : report.specs()) {
            tests += testCount(spec);
            failures += failures(spec);
        }
        try (XmlOutput xml = XmlOutput.document(out)) {
            xml.start("testsuites").attribute("name", "goalpost").attribute("tests", tests)
                    .attribute("failures", failures).attribute("errors", 0);
            for (SpecReport spec : report.specs()) {
                writeSuite(xml, report, spec);
            }
            xml.end();
        }
    }

    private void writeSuite(XmlOutput xml, LintReport report, SpecReport spec) throws IOException {
        int failures = failures(spec);
        xml.start("testsuite").attribute("name", spec.file()).attribute("tests", testCount(spec))
                .attribute("failures", failures).attribute("errors", 0)
                .attribute("skipped", spec.findings().size() - failures);
        xml.start("properties");
        xml.empty("property").attribute("name", "openapi").attribute("value", spec.openapi() == null ? "" : spec.openapi());
        xml.empty("property").attribute("name", "goals").attribute("value", String.join(",", spec.goals()));
        xml.end();
        for (Map.Entry<String, List<Finding>> rule : byRule(spec).entrySet()) {
            if (rule.getValue().isEmpty()) {
                xml.empty("testcase").attribute("classname", spec.file()).attribute("name", rule.getKey());
                continue;
            }
            RuleDescriptor descriptor = report.rule(rule.getKey());
            Map<String, Integer> seen = new HashMap<>();
            for (Finding finding : rule.getValue()) {
                String location = finding.file() + ":" + finding.line() + ":" + finding.column();
                String where = finding.file().equals(spec.file()) ? "" : finding.file() + "#";
                String name = finding.rule() + " at " + where + (finding.pointer().isEmpty() && where.isEmpty()
                        ? "the document" : finding.pointer());
                int occurrence = seen.merge(name, 1, Integer::sum);
                xml.start("testcase").attribute("classname", spec.file())
                        .attribute("name", occurrence == 1 ? name : name + " (" + occurrence + ")");
                if (fails(finding)) {
                    xml.start("failure").attribute("type", finding.severity().label())
                            .attribute("message", location + " " + finding.message());
                    xml.text(location + " " + finding.severity().label() + " " + finding.rule() + "\n"
                            + finding.message()
                            + (descriptor == null ? "" : "\nRule: " + settings.helpUri(descriptor)));
                    xml.end();
                } else {
                    xml.empty("skipped").attribute("message", skipReason(finding));
                }
                xml.end();
            }
        }
        xml.end();
    }

    /** Every rule that ran (and any that reported without being listed), sorted, with its findings. */
    private static Map<String, List<Finding>> byRule(SpecReport spec) {
        TreeSet<String> ids = new TreeSet<>(spec.rulesRun());
        spec.findings().forEach(finding -> ids.add(finding.rule()));
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        ids.forEach(id -> byRule.put(id, new ArrayList<>()));
        spec.findings().forEach(finding -> byRule.get(finding.rule()).add(finding));
        return byRule;
    }

    private boolean fails(Finding finding) {
        return finding.gates() && failOn.fails(finding.severity());
    }

    /** Why a finding that does not fail the run is skipped: its suppression's reason, the baseline, or failOn. */
    private String skipReason(Finding finding) {
        String location = finding.file() + ":" + finding.line() + ":" + finding.column() + " ";
        if (finding.suppression() != null) {
            Finding.Suppression suppression = finding.suppression();
            return "suppressed by x-goalpost-ignore at " + suppression.file() + ":" + suppression.line() + ":"
                    + suppression.column() + ": " + suppression.reason()
                    + (suppression.until() == null ? "" : " (until " + suppression.until() + ")") + " | "
                    + location + finding.message();
        }
        if (finding.gates()) {
            return finding.severity().label() + " below failOn=" + failOn.label() + " | " + location
                    + finding.message();
        }
        return "in the baseline | " + location + finding.message();
    }

    private int failures(SpecReport spec) {
        return (int) spec.findings().stream().filter(this::fails).count();
    }

    private static int testCount(SpecReport spec) {
        int count = 0;
        for (List<Finding> findings : byRule(spec).values()) {
            count += Math.max(1, findings.size());
        }
        return count;
    }
}
