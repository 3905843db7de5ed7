package dev.goalpost.maven;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.report.ReportSettings;
import dev.goalpost.report.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;

/**
 * The Goalpost page of a Maven site, written through Doxia so it takes the site's skin: the summary, then per
 * spec a scorecard per business goal (rules that ran, passed and failed) and a table of the findings.
 */
final class SiteReportPage {

    /** One module's lint, under a heading of its own in the aggregate page; null name for a single module. */
    record Section(String name, LintReport report) {}

    private SiteReportPage() {}

    static void write(Sink sink, String title, List<Section> sections) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
        if (sections.isEmpty()) {
            paragraph(sink, "No OpenAPI specs to lint.");
        }
        for (Section section : sections) {
            if (section.name() != null) {
                sink.section2();
                sink.sectionTitle2();
                sink.text(section.name());
                sink.sectionTitle2_();
            }
            paragraph(sink, Summaries.line(section.report()));
            for (SpecReport spec : section.report().specs()) {
                spec(sink, section.report(), spec);
            }
            if (section.name() != null) {
                sink.section2_();
            }
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void spec(Sink sink, LintReport report, SpecReport spec) {
        sink.section3();
        sink.sectionTitle3();
        sink.text(spec.file());
        sink.sectionTitle3_();
        paragraph(sink, (spec.openapi() == null ? "not an OpenAPI document" : "OpenAPI " + spec.openapi()) + " · "
                + (spec.goals().isEmpty() ? "no business goal" : "goals: " + String.join(", ", spec.goals())));

        Map<String, int[]> byGoal = new TreeMap<>();
        for (String ruleId : spec.rulesRun()) {
            RuleDescriptor rule = report.rule(ruleId);
            String goal = rule == null ? ruleId.substring(0, Math.max(0, ruleId.indexOf('/'))) : rule.goal();
            boolean failed = spec.findings().stream().anyMatch(f -> f.isReported() && f.rule().equals(ruleId));
            int[] counts = byGoal.computeIfAbsent(goal, g -> new int[2]);
            counts[failed ? 1 : 0]++;
        }
        sink.table();
        sink.tableRows();
        row(sink, true, "Goal", "Rules passed", "Rules failed");
        byGoal.forEach((goal, counts) -> row(sink, false, goal, String.valueOf(counts[0]), String.valueOf(counts[1])));
        sink.tableRows_();
        sink.table_();

        List<Finding> reported = new ArrayList<>(spec.findings().stream().filter(Finding::isReported).toList());
        if (reported.isEmpty()) {
            paragraph(sink, "No findings.");
            sink.section3_();
            return;
        }
        sink.table();
        sink.tableRows();
        row(sink, true, "Severity", "Rule", "Location", "Message");
        for (Finding finding : reported) {
            sink.tableRow();
            cell(sink, finding.severity().label()
                    + (finding.baseline() == Finding.BaselineState.UNCHANGED ? " (in the baseline)" : ""));
            sink.tableCell();
            RuleDescriptor rule = report.rule(finding.rule());
            String help = rule == null ? null : ReportSettings.DEFAULT.helpUri(rule);
            if (help != null && help.startsWith("https://")) {
                sink.link(help);
                sink.text(finding.rule());
                sink.link_();
            } else {
                sink.text(finding.rule());
            }
            sink.tableCell_();
            cell(sink, finding.file() + ":" + finding.line() + ":" + finding.column()
                    + (finding.pointer().isEmpty() ? "" : " " + finding.pointer()));
            cell(sink, finding.message());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section3_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String text : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(text);
                sink.tableHeaderCell_();
            } else {
                cell(sink, text);
            }
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
