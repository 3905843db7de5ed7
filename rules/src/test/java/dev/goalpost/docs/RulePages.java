package dev.goalpost.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.engine.OptionDescriptor;
import dev.goalpost.engine.RuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rule docs say that the code already knows, written from the rules' {@code @RuleInfo} and
 * {@code @RuleOption}: each page's header (severity, kind, goal, summary, options) and each goal's index table.
 * {@link RuleDocsTest} holds the pages to it; {@code -Dgoalpost.writeDocs=true} rewrites them.
 */
final class RulePages {

    static final String HEADER_START = "<!-- header: generated from @RuleInfo and @RuleOption; "
            + "refresh with `mvn -pl rules test -Dtest=RuleDocsTest -Dgoalpost.writeDocs=true` -->";
    static final String HEADER_END = "<!-- end of header -->";
    static final String INDEX_START = "<!-- index: generated from @RuleInfo; "
            + "refresh with `mvn -pl rules test -Dtest=RuleDocsTest -Dgoalpost.writeDocs=true` -->";
    static final String INDEX_END = "<!-- end of index -->";

    private RulePages() {}

    static Path docs() {
        String configured = System.getProperty("goalpost.docs");
        return (configured != null ? Path.of(configured) : Path.of("..", "docs")).toAbsolutePath().normalize();
    }

    static boolean writing() {
        return Boolean.getBoolean("goalpost.writeDocs");
    }

    /** The generated header of a rule's page, markers included. */
    static String header(RuleDescriptor rule) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER_START);
        lines.add("**Severity:** " + rule.defaultSeverity().label() + " · **Kind:** " + rule.kind().label()
                + " rule · **Goal:** " + (rule.isCore() ? "core (runs on every spec)" : "`" + rule.goal() + "`"));
        lines.add("");
        lines.add("> " + rule.summary());
        lines.add("");
        if (rule.vocabulary() != null) {
            lines.add("**Vocabulary:** " + vocabulary(rule.vocabulary()) + "; while a document uses none of it, one "
                    + "finding on the document ([why](../../business-goals.md#one-finding-per-missing-vocabulary))");
            lines.add("");
        }
        if (rule.options().isEmpty()) {
            lines.add("**Options:** none");
        } else {
            lines.add("| option | type | default | what it changes |");
            lines.add("|---|---|---|---|");
            for (OptionDescriptor option : rule.options()) {
                lines.add("| `" + option.name() + "` | " + option.type() + " | " + shown(option.defaultValue())
                        + " | " + option.description().replace("|", "\\|") + " |");
            }
        }
        lines.add(HEADER_END);
        return String.join("\n", lines);
    }

    /** The generated index table of a goal's rules, markers included. */
    static String index(List<RuleDescriptor> rules) {
        List<String> lines = new ArrayList<>();
        lines.add(INDEX_START);
        lines.add("| id | kind | severity | summary |");
        lines.add("|---|---|---|---|");
        for (RuleDescriptor rule : rules) {
            lines.add("| [`" + rule.id() + "`](" + rule.id().substring(rule.goal().length() + 1) + ".md) | "
                    + rule.kind().label() + " | " + rule.defaultSeverity().label() + " | "
                    + rule.summary().replace("|", "\\|") + " |");
        }
        lines.add(INDEX_END);
        return String.join("\n", lines);
    }

    private static String shown(JsonNode value) {
        if (value.isArray()) {
            if (value.isEmpty()) {
                return "none";
            }
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add("`" + item.asText().replace("|", "\\|") + "`"));
            return String.join(", ", items);
        }
        return "`" + value.asText() + "`";
    }

    /**
     * The page with its generated block replaced by {@code block}; a page without markers gets the block after its
     * title, replacing the hand-written severity line that follows it.
     */
    static String withBlock(String page, String start, String end, String block) {
        int from = page.indexOf(start);
        int to = page.indexOf(end);
        if (from >= 0 && to > from) {
            return page.substring(0, from) + block + page.substring(to + end.length());
        }
        return null;
    }

    /** What counts as using a rule's vocabulary, as the page's header lists it. */
    private static String vocabulary(dev.goalpost.api.Vocabulary vocabulary) {
        List<String> parts = new ArrayList<>();
        for (String member : vocabulary.members()) {
            parts.add("`" + member + "`");
        }
        for (String header : vocabulary.headers()) {
            parts.add("header parameter `" + header + "`");
        }
        for (String header : vocabulary.responseHeaders()) {
            parts.add("response header `" + header + "`");
        }
        for (String status : vocabulary.responses()) {
            parts.add("a `" + status + "` response");
        }
        return String.join(", ", parts);
    }
}
