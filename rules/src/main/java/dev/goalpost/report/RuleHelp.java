package dev.goalpost.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built-in rule's documentation, read from its doc page ({@code docs/rules/<goal>/<name>.md}, packaged in the
 * rules jar under {@code dev/goalpost/docs/rules/}), for reports that describe rules in full (SARIF's
 * {@code fullDescription} and {@code help}). Custom rules have no page here and get none.
 *
 * @param fullDescription the page's first paragraph, as plain text
 * @param text the page as plain text: Markdown links written out as {@code label (url)}
 * @param markdown the page's Markdown, its generated header comments left out and relative links made absolute
 */
public record RuleHelp(String fullDescription, String text, String markdown) {

    static final String RESOURCES = "dev/goalpost/docs/rules/";
    /** Pages are a few kilobytes; anything much larger is not one of them. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*/[a-z][a-z0-9-]*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)\\)");
    private static final Map<String, Optional<RuleHelp>> CACHE = new ConcurrentHashMap<>();

    /** The help for a rule id, with relative links resolved against {@code docsBase}; null when it has no page. */
    public static RuleHelp of(String ruleId, String docsBase) {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            return null;
        }
        return CACHE.computeIfAbsent(ruleId + " " + docsBase, key -> Optional.ofNullable(read(ruleId, docsBase)))
                .orElse(null);
    }

    private static RuleHelp read(String ruleId, String docsBase) {
        String page;
        try (InputStream in = RuleHelp.class.getClassLoader().getResourceAsStream(RESOURCES + ruleId + ".md")) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return null;
            }
            page = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        String folder = docsBase + ruleId.substring(0, ruleId.indexOf('/') + 1);
        StringBuilder markdown = new StringBuilder();
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("<!--") || line.startsWith("# " + ruleId)) {
                continue;
            }
            markdown.append(line).append('\n');
        }
        String md = absoluteLinks(markdown.toString().strip(), folder, docsBase + ruleId + ".md");
        return new RuleHelp(firstParagraph(md), plain(md), md);
    }

    private static String absoluteLinks(String markdown, String folder, String page) {
        Matcher link = LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String target = link.group(2);
            boolean absolute = target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
            String resolved = absolute ? target : target.startsWith("#") ? page + target : normalized(folder + target);
            link.appendReplacement(out, Matcher.quoteReplacement("[" + link.group(1) + "](" + resolved + ")"));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** A link with its dot segments resolved ({@code rules/reach/../../configuration.md}), as a reader's browser would. */
    private static String normalized(String url) {
        try {
            return java.net.URI.create(url).normalize().toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The first paragraph of prose after the header: not a quote, table, heading or list. */
    private static String firstParagraph(String markdown) {
        for (String paragraph : markdown.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || p.startsWith(">") || p.startsWith("|") || p.startsWith("#") || p.startsWith("**")
                    || p.startsWith("```") || p.startsWith("-")) {
                continue;
            }
            return plain(p).replaceAll("\\s*\n\\s*", " ");
        }
        return null;
    }

    private static String plain(String markdown) {
        return LINK.matcher(markdown).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + " (" + match.group(2) + ")")).replace("**", "");
    }
}
