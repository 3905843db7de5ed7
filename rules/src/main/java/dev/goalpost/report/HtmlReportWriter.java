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
 * inline SVG bars) and the findings grouped by goal and rule, each rule a collapsible section with its count, each
 * finding with its JSON pointer, the source lines around it (or, on a line too long to show, such as a minified
 * JSON file's only line, the node itself pretty-printed) and a link to the rule's docs; backticks in messages
 * render as code. Checkboxes at the top filter the findings by goal and by severity, in CSS alone. New findings
 * are listed apart from those the baseline accepts, which are collapsed, as are suppressed findings (with their
 * justification); baseline entries found fixed are listed. No scripts, fonts, styles or images are loaded from
 * anywhere, and nothing runs; everything is escaped.
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
            ".ok{color:#2e7d32}",
            "details.rule summary{cursor:pointer;font-weight:600}details.rule summary .muted{font-weight:400}",
            ".filters{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0 0 16px;font-size:13px}",
            ".filters label{white-space:nowrap}.ptr{color:#59636e;margin-left:8px}",
            ".node{background:#f6f8fa;border-radius:6px;padding:8px 12px;margin:4px 0 0;white-space:pre;"
                    + "overflow-x:auto}");

    /** Nodes pretty-printed in place of an overlong line show at most this many lines. */
    static final int MAX_NODE_LINES = 40;

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
            writeFilters(html, report);
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

    /**
     * Checkboxes that show or hide findings by severity and by goal. They come before everything they filter, so
     * CSS sibling selectors do the filtering ({@code #f-sev-warning:not(:checked) ~ * .finding.sev-warning}):
     * no script runs.
     */
    private static void writeFilters(XmlOutput html, LintReport report) throws IOException {
        Set<String> goals = new java.util.TreeSet<>();
        for (SpecReport spec : report.specs()) {
            spec.findings().stream().filter(Finding::isReported).forEach(f -> goals.add(cssName(goalOf(report,
                    f.rule()))));
        }
        StringBuilder css = new StringBuilder();
        for (Severity severity : Severity.values()) {
            String id = "f-sev-" + severity.label();
            css.append('#').append(id).append(":not(:checked)~* .finding.sev-").append(severity.label())
                    .append("{display:none}");
        }
        for (String goal : goals) {
            css.append("#f-goal-").append(goal).append(":not(:checked)~* .finding.goal-").append(goal)
                    .append("{display:none}");
        }
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            ids.add("f-sev-" + severity.label());
            labels.add(severity.label());
        }
        for (String goal : goals) {
            ids.add("f-goal-" + goal);
            labels.add("goal " + goal);
        }
        for (String id : ids) {
            css.append('#').append(id).append(":not(:checked)~.filters label[for=").append(id)
                    .append("]{text-decoration:line-through;color:#59636e}");
        }
        html.element("style", css.append(".toggle{position:absolute;opacity:0}").toString());
        for (int i = 0; i < ids.size(); i++) {
            html.empty("input").attribute("type", "checkbox").attribute("class", "toggle").attribute("id", ids.get(i))
                    .attribute("checked", "checked").attribute("aria-label", "show " + labels.get(i));
        }
        html.start("p").attribute("class", "filters");
        html.start("span").attribute("class", "muted").text("Show (click to hide):").end();
        for (int i = 0; i < ids.size(); i++) {
            html.start("label").attribute("for", ids.get(i)).text(labels.get(i)).end();
        }
        html.end();
    }

    /** A goal name as it may appear in an id or a class: lower-case letters, digits and dashes. */
    static String cssName(String goal) {
        return goal.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
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
            boolean any = goal.getValue().values().stream().flatMap(List::stream).anyMatch(HtmlReportWriter::isNew);
            if (!any) {
                continue;
            }
            html.newline();
            html.start("section").attribute("class", "goal");
            html.element("h3", goalTitle(goal.getKey()));
            for (Map.Entry<String, List<Finding>> rule : goal.getValue().entrySet()) {
                List<Finding> fresh = rule.getValue().stream().filter(HtmlReportWriter::isNew).toList();
                if (!fresh.isEmpty()) {
                    writeRule(html, report.rule(rule.getKey()), rule.getKey(), fresh, spec, sources);
                }
            }
            html.end();
        }
        writeBaselined(html, report, spec, sources);
        writeSuppressed(html, spec, sources);
        html.end();
    }

    /** Not accepted by a baseline: a finding of a run without one, or a new one. */
    private static boolean isNew(Finding finding) {
        return finding.baseline() != Finding.BaselineState.UNCHANGED;
    }

    /** The findings the baseline accepts, apart from the new ones and collapsed, grouped by rule. */
    private void writeBaselined(XmlOutput html, LintReport report, SpecReport spec, SourceLines sources)
            throws IOException {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        spec.findings().stream().filter(Finding::isReported).filter(finding -> !isNew(finding))
                .forEach(finding -> byRule.computeIfAbsent(finding.rule(), rule -> new ArrayList<>()).add(finding));
        if (byRule.isEmpty()) {
            return;
        }
        html.newline();
        html.start("details").attribute("class", "baselined");
        html.element("summary", "In the baseline (" + byRule.values().stream().mapToInt(List::size).sum()
                + "): accepted, they do not fail the build");
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            writeRule(html, report.rule(rule.getKey()), rule.getKey(), rule.getValue(), spec, sources);
        }
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
            writeFinding(html, finding, cssName(goalOf(finding.rule())), sources, spec,
                    "suppressed by x-goalpost-ignore (" + by.rule() + ") at " + by.file() + ":" + by.line() + ":"
                            + by.column() + ": " + by.reason()
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
        html.start("details").attribute("class", "rule").attribute("open", "open");
        html.start("summary");
        String help = descriptor == null ? null : settings.helpUri(descriptor);
        html.text(id);
        html.start("span").attribute("class", "muted").text(" (" + findings.size() + ")").end();
        html.end();
        if (descriptor != null) {
            html.start("p").attribute("class", "why muted").text(descriptor.summary());
            if (help != null && (help.startsWith("https://") || help.startsWith("http://"))) {
                html.text(" ");
                html.start("a").attribute("href", help).text("Rule page").end();
            }
            html.end();
        }
        String goal = cssName(descriptor != null ? descriptor.goal() : goalOf(id));
        for (Finding finding : findings) {
            writeFinding(html, finding, goal, sources, spec, null);
        }
        html.end();
    }

    /**
     * One finding: severity, location and JSON pointer, message (backticks as code), a note (suppression) when
     * there is one, and its source lines, or the node pretty-printed when its line is too long to show.
     */
    private static void writeFinding(XmlOutput html, Finding finding, String goal, SourceLines sources,
            SpecReport spec, String note) throws IOException {
        String severity = finding.severity().label();
        html.start("div").attribute("class", "finding " + severity + " sev-" + severity + " goal-" + goal);
        html.start("p");
        html.start("span").attribute("class", "sev " + severity).text(severity).end();
        html.start("code").text(finding.file() + ":" + finding.line() + ":" + finding.column()).end();
        if (!finding.pointer().isEmpty()) {
            html.start("code").attribute("class", "ptr").text(finding.pointer()).end();
        }
        html.end();
        html.start("p");
        writeMessage(html, finding.message());
        html.end();
        if (note != null) {
            html.start("p").attribute("class", "muted").text(note).end();
        }
        List<String> lines = sources.lines(spec, finding.file());
        if (lines != null && finding.line() >= 1 && finding.line() <= lines.size()
                && lines.get(finding.line() - 1).length() > MAX_LINE_CHARS) {
            String node = sources.node(spec, finding.file(), finding.pointer());
            if (node != null) {
                html.start("pre").attribute("class", "node").text(node).end();
            } else {
                writeExcerpt(html, finding, lines);
            }
        } else {
            writeExcerpt(html, finding, lines);
        }
        html.end();
    }

    /** A message with its {@code `quoted`} parts as code; an unpaired backtick stays as it is. */
    static void writeMessage(XmlOutput html, String message) throws IOException {
        int at = 0;
        while (at < message.length()) {
            int open = message.indexOf('`', at);
            int close = open < 0 ? -1 : message.indexOf('`', open + 1);
            if (open < 0 || close < 0) {
                html.text(message.substring(at));
                return;
            }
            if (open > at) {
                html.text(message.substring(at, open));
            }
            html.start("code").text(message.substring(open + 1, close)).end();
            at = close + 1;
        }
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
        return descriptor != null ? descriptor.goal() : goalOf(ruleId);
    }

    private static String goalOf(String ruleId) {
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

        private final Map<Path, com.fasterxml.jackson.databind.JsonNode> trees = new HashMap<>();

        /**
         * The node at {@code pointer} in a JSON source, pretty-printed, at most {@value #MAX_NODE_LINES} lines;
         * null when the source is not JSON, cannot be read or has no such node.
         */
        String node(SpecReport spec, String file, String pointer) {
            for (SpecReport.Source source : spec.sources()) {
                if (source.file().equals(file) && source.path() != null) {
                    com.fasterxml.jackson.databind.JsonNode root = trees.computeIfAbsent(source.path(),
                            SourceLines::tree);
                    if (root == null || root.isMissingNode()) {
                        return null;
                    }
                    com.fasterxml.jackson.databind.JsonNode node;
                    try {
                        node = root.at(pointer);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                    if (node.isMissingNode()) {
                        return null;
                    }
                    try {
                        String pretty = PRETTY.writeValueAsString(node);
                        List<String> lines = pretty.lines().limit(MAX_NODE_LINES + 1L).toList();
                        return lines.size() > MAX_NODE_LINES
                                ? String.join("\n", lines.subList(0, MAX_NODE_LINES)) + "\n…"
                                : String.join("\n", lines);
                    } catch (IOException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        private static final com.fasterxml.jackson.databind.ObjectMapper PRETTY =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

        private static com.fasterxml.jackson.databind.JsonNode tree(Path path) {
            try {
                // the spec was read and parsed when it was linted (bounded there); here only JSON is re-read
                return path.toString().endsWith(".json") ? PRETTY.readTree(path.toFile())
                        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            } catch (IOException | RuntimeException e) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
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
