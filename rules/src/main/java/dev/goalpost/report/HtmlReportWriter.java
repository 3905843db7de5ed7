package dev.goalpost.report;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.engine.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One self-contained HTML page for people: per spec, a scorecard per business goal (rules passed and failed as
 * inline SVG bars) and the findings grouped by goal and rule, each with the source lines around it and a link
 * to the rule's docs. Suppressed findings are listed apart, in a collapsed section with their justification;
 * findings the baseline accepts are marked, and baseline entries found fixed are listed. No scripts, fonts, styles
 * or images are loaded from anywhere; everything is escaped.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** Lines shown above and below a finding's line. */
    static final int CONTEXT_LINES = 2;
    /** Longer source lines are cut, so one minified line cannot blow up the page. */
    static final int MAX_LINE_CHARS = 240;
    static final String CORE = RuleDescriptor.CORE;

    private static final int BAR_WIDTH = 240;
    private static final int BAR_HEIGHT = 12;

    /** Written as element text: no markup characters, so nothing in it needs (or gets) escaping. */
    static final String STYLE = String.join("",
            "*{box-sizing:border-box}",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
            "margin:0 auto;max-width:1120px;padding:24px;color:#1f2328;background:#fff}",
            "h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:0 0 4px;word-break:break-all}",
            "h3{font-size:16px;margin:20px 0 8px}h4{font-size:14px;margin:0 0 2px}",
            "a{color:#0b57d0}code,pre{font:12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}",
            ".muted{color:#59636e}.summary{font-size:16px;margin:4px 0 16px}",
            "nav ul{list-style:none;padding:0;margin:0 0 24px}nav li{margin:2px 0}",
            ".spec{border:1px solid #d1d9e0;border-radius:8px;padding:16px 20px;margin:0 0 24px}",
            ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}",
            ".card{border:1px solid #d1d9e0;border-radius:6px;padding:10px 12px;min-width:264px}",
            ".card p{margin:4px 0 0}",
            ".goal{border-top:1px solid #d1d9e0;margin-top:16px}",
            ".rule{margin:12px 0 16px}.rule .why{margin:0 0 6px}",
            ".finding{border-left:4px solid #d1d9e0;padding:4px 0 4px 12px;margin:8px 0}",
            ".finding.error{border-color:#c62828}.finding.warning{border-color:#b26a00}",
            ".finding.info{border-color:#1565c0}.finding p{margin:0 0 4px}",
            ".sev{display:inline-block;min-width:64px;margin-right:8px;font-weight:600;text-transform:uppercase;font-size:11px}",
            ".sev.error{color:#c62828}.sev.warning{color:#b26a00}.sev.info{color:#1565c0}",
            "pre{background:#f6f8fa;border-radius:6px;padding:8px 0;margin:4px 0 0;overflow-x:auto}",
            "pre span{display:block;padding:0 12px;white-space:pre}",
            "pre .hit{background:#fff1c2}pre .ln{display:inline;padding:0;color:#59636e}",
            ".ok{color:#2e7d32}");

    private final ReportSettings settings;

    public HtmlReportWriter() {
        this(ReportSettings.DEFAULT);
    }

    /** Links rules to their pages under {@code settings.docsUrl()} when set. */
    public HtmlReportWriter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        SourceLines sources = new SourceLines();
        try (XmlOutput html = XmlOutput.html(out)) {
            html.start("html").attribute("lang", "en");
            html.start("head");
            html.empty("meta").attribute("charset", "utf-8");
            html.empty("meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1");
            html.element("title", "Goalpost report");
            html.element("style", STYLE);
            html.end().newline();
            html.start("body");
            html.element("h1", "Goalpost report");
            html.start("p").attribute("class", "summary").text(Summaries.line(report)).end();
            html.start("p").attribute("class", "muted").text(ToolInfo.NAME + " " + report.toolVersion()).end();
            writeFixed(html, report);
            writeContents(html, report);
            for (int i = 0; i < report.specs().size(); i++) {
                html.newline();
                writeSpec(html, report, report.specs().get(i), "spec-" + (i + 1), sources);
            }
            html.end();
            html.end();
        }
    }

    /** Baseline entries no finding matched any more, collapsed. */
    private static void writeFixed(XmlOutput html, LintReport report) throws IOException {
        if (report.baseline() == null || report.baseline().fixed().isEmpty()) {
            return;
        }
        html.start("details").attribute("class", "fixed");
        html.element("summary", "Fixed since the baseline (" + report.baseline().fixed().size() + ")");
        html.start("ul");
        for (FindingKey fixed : report.baseline().fixed()) {
            html.start("li").start("code").text(Summaries.fixedLine(fixed)).end().end();
        }
        html.end().end();
    }

    private static void writeContents(XmlOutput html, LintReport report) throws IOException {
        if (report.specs().size() < 2) {
            return;
        }
        html.start("nav").start("ul");
        for (int i = 0; i < report.specs().size(); i++) {
            SpecReport spec = report.specs().get(i);
            html.start("li");
            html.start("a").attribute("href", "#spec-" + (i + 1)).text(spec.file()).end();
            html.start("span").attribute("class", "muted").text(" " + counts(spec)).end();
            html.end();
        }
        html.end().end();
    }

    private void writeSpec(XmlOutput html, LintReport report, SpecReport spec, String id, SourceLines sources)
            throws IOException {
        html.start("section").attribute("class", "spec").attribute("id", id);
        html.element("h2", spec.file());
        String goals = spec.goals().isEmpty() ? "no business goal" : "goals: " + String.join(", ", spec.goals());
        html.start("p").attribute("class", "muted")
                .text((spec.openapi() == null ? "not an OpenAPI document" : "OpenAPI " + spec.openapi()) + " · "
                        + goals + " · " + counts(spec))
                .end();

        Map<String, Map<String, List<Finding>>> byGoal = byGoalAndRule(report, spec);
        html.start("div").attribute("class", "cards");
        for (Map.Entry<String, Map<String, List<Finding>>> goal : byGoal.entrySet()) {
            writeScorecard(html, goal.getKey(), goal.getValue());
        }
        html.end();

        if (spec.findings().stream().noneMatch(Finding::isReported)) {
            html.start("p").attribute("class", "ok").text("No findings.").end();
        }
        for (Map.Entry<String, Map<String, List<Finding>>> goal : byGoal.entrySet()) {
            boolean any = goal.getValue().values().stream().anyMatch(findings -> !findings.isEmpty());
            if (!any) {
                continue;
            }
            html.newline();
            html.start("section").attribute("class", "goal");
            html.element("h3", goalTitle(goal.getKey()));
            for (Map.Entry<String, List<Finding>> rule : goal.getValue().entrySet()) {
                if (!rule.getValue().isEmpty()) {
                    writeRule(html, report.rule(rule.getKey()), rule.getKey(), rule.getValue(), spec, sources);
                }
            }
            html.end();
        }
        writeSuppressed(html, spec, sources);
        html.end();
    }

    /** The spec's suppressed findings, collapsed, each with the entry that silences it and why. */
    private static void writeSuppressed(XmlOutput html, SpecReport spec, SourceLines sources) throws IOException {
        List<Finding> suppressed = spec.findings().stream().filter(Finding::isSuppressed).toList();
        if (suppressed.isEmpty()) {
            return;
        }
        html.newline();
        html.start("details").attribute("class", "suppressed");
        html.element("summary", "Suppressed findings (" + suppressed.size() + ")");
        for (Finding finding : suppressed) {
            Finding.Suppression by = finding.suppression();
            html.start("h4").text(finding.rule()).end();
            writeFinding(html, finding, sources.lines(spec, finding.file()), "suppressed by x-goalpost-ignore ("
                    + by.rule() + ") at " + by.file() + ":" + by.line() + ":" + by.column() + ": " + by.reason()
                    + (by.until() == null ? "" : " (until " + by.until() + ")"));
        }
        html.end();
    }

    /** A goal's rules that ran on the spec, passed (no findings) or failed, as one bar. */
    private static void writeScorecard(XmlOutput html, String goal, Map<String, List<Finding>> rules)
            throws IOException {
        long failed = rules.values().stream().filter(findings -> !findings.isEmpty()).count();
        long passed = rules.size() - failed;
        String label = rules.isEmpty() ? "no rules ran" : passed + " of " + rules.size() + " rules passed";
        html.start("div").attribute("class", "card");
        html.element("h4", goalTitle(goal));
        int passWidth = rules.isEmpty() ? 0 : (int) Math.round(BAR_WIDTH * (double) passed / rules.size());
        html.start("svg").attribute("width", BAR_WIDTH)
                .attribute("height", BAR_HEIGHT).attribute("viewBox", "0 0 " + BAR_WIDTH + " " + BAR_HEIGHT)
                .attribute("role", "img").attribute("aria-label", label);
        html.element("title", label);
        bar(html, 0, BAR_WIDTH, "#d1d9e0");
        if (passWidth > 0) {
            bar(html, 0, passWidth, "#2e7d32");
        }
        if (passWidth < BAR_WIDTH && failed > 0) {
            bar(html, passWidth, BAR_WIDTH - passWidth, "#c62828");
        }
        html.end();
        html.start("p").text(label + (failed > 0 ? ", " + failed + " failed" : "")).end();
        html.end();
    }

    private static void bar(XmlOutput html, int x, int width, String colour) throws IOException {
        html.empty("rect").attribute("x", x).attribute("y", 0).attribute("width", width)
                .attribute("height", BAR_HEIGHT).attribute("fill", colour);
    }

    private void writeRule(XmlOutput html, RuleDescriptor descriptor, String id, List<Finding> findings,
            SpecReport spec, SourceLines sources) throws IOException {
        html.start("article").attribute("class", "rule");
        html.start("h4");
        String help = descriptor == null ? null : settings.helpUri(descriptor);
        if (help != null && (help.startsWith("https://") || help.startsWith("http://"))) {
            html.start("a").attribute("href", help).text(id).end();
        } else {
            html.text(id);
        }
        html.end();
        if (descriptor != null) {
            html.start("p").attribute("class", "why muted").text(descriptor.summary()).end();
        }
        for (Finding finding : findings) {
            writeFinding(html, finding, sources.lines(spec, finding.file()),
                    finding.baseline() == Finding.BaselineState.UNCHANGED ? "in the baseline" : null);
        }
        html.end();
    }

    /** One finding: severity, location, message, a note (suppression, baseline) when there is one, source lines. */
    private static void writeFinding(XmlOutput html, Finding finding, List<String> lines, String note)
            throws IOException {
        String severity = finding.severity().label();
        html.start("div").attribute("class", "finding " + severity);
        html.start("p");
        html.start("span").attribute("class", "sev " + severity).text(severity).end();
        html.start("code").text(finding.file() + ":" + finding.line() + ":" + finding.column()).end();
        html.end();
        html.start("p").text(finding.message()).end();
        if (note != null) {
            html.start("p").attribute("class", "muted").text(note).end();
        }
        writeExcerpt(html, finding, lines);
        html.end();
    }

    private static void writeExcerpt(XmlOutput html, Finding finding, List<String> lines) throws IOException {
        if (lines == null || finding.line() < 1 || finding.line() > lines.size()) {
            return;
        }
        int first = Math.max(1, finding.line() - CONTEXT_LINES);
        int last = Math.min(lines.size(), finding.line() + CONTEXT_LINES);
        int width = Integer.toString(last).length();
        html.start("pre");
        for (int n = first; n <= last; n++) {
            String text = lines.get(n - 1);
            if (text.length() > MAX_LINE_CHARS) {
                text = text.substring(0, MAX_LINE_CHARS) + "…";
            }
            html.start("span").attribute("class", n == finding.line() ? "hit" : "line");
            html.start("span").attribute("class", "ln").text(String.format(Locale.ROOT, "%" + width + "d  ", n)).end();
            html.text(text);
            html.end();
        }
        html.end();
    }

    /**
     * Goals in the order a reader expects: those the spec carries, any other goal whose rules ran, core last;
     * within each, rules by id with their findings (empty for rules that passed).
     */
    static Map<String, Map<String, List<Finding>>> byGoalAndRule(LintReport report, SpecReport spec) {
        List<Finding> reported = spec.findings().stream().filter(Finding::isReported).toList();
        Set<String> ids = new LinkedHashSet<>(spec.rulesRun());
        reported.forEach(finding -> ids.add(finding.rule()));
        Map<String, Map<String, List<Finding>>> others = new TreeMap<>();
        for (String id : ids) {
            others.computeIfAbsent(goalOf(report, id), goal -> new TreeMap<>()).put(id, new ArrayList<>());
        }
        for (Finding finding : reported) {
            others.get(goalOf(report, finding.rule())).get(finding.rule()).add(finding);
        }
        Map<String, Map<String, List<Finding>>> ordered = new LinkedHashMap<>();
        for (String goal : spec.goals()) {
            ordered.put(goal, others.containsKey(goal) ? others.remove(goal) : new TreeMap<>());
        }
        Map<String, List<Finding>> core = others.remove(CORE);
        ordered.putAll(others);
        ordered.put(CORE, core == null ? new TreeMap<>() : core);
        return ordered;
    }

    private static String goalOf(LintReport report, String ruleId) {
        RuleDescriptor descriptor = report.rule(ruleId);
        if (descriptor != null) {
            return descriptor.goal();
        }
        int slash = ruleId.indexOf('/');
        return slash > 0 ? ruleId.substring(0, slash) : CORE;
    }

    private static String goalTitle(String goal) {
        return CORE.equals(goal) ? "core (every spec)" : goal;
    }

    private static String counts(SpecReport spec) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = spec.count(severity);
            if (n > 0) {
                parts.add(severity == Severity.INFO ? n + " info" : Summaries.count(n, severity.label()));
            }
        }
        if (spec.suppressedCount() > 0) {
            parts.add(spec.suppressedCount() + " suppressed");
        }
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }

    /** The lines of each local source, read once per report; remote or unreadable sources have none. */
    private static final class SourceLines {
        private final Map<Path, List<String>> cache = new HashMap<>();

        List<String> lines(SpecReport spec, String file) {
            for (SpecReport.Source source : spec.sources()) {
                if (source.file().equals(file) && source.path() != null) {
                    return cache.computeIfAbsent(source.path(), SourceLines::read);
                }
            }
            return null;
        }

        private static List<String> read(Path path) {
            try {
                String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
                // split drops the empty "line" after a final line break, as editors do not show one either
                return List.of(text.split("\r\n|\r|\n"));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
