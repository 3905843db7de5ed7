package dev.goalpost.model;

import dev.goalpost.api.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server URL the API is served from. For Swagger 2.0 it is built from {@code schemes}, {@code host} and
 * {@code basePath}, and the node is the {@code host} member (the {@code basePath} member when there is no
 * {@code host}).
 *
 * @param url the URL with server variables replaced by their defaults (or chosen values)
 * @param node the Server Object (3.x) or the {@code host} (else {@code basePath}) member (2.0)
 */
record ServerView(String url, String description, TreeNode declaration, TreeNode node) implements Server {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

    /** A 3.x Server Object; null when it has no {@code url} string. */
    static ServerView of(TreeNode declaration, TreeNode server) {
        String url = expand(server, null, null);
        return url == null ? null : new ServerView(url, server.text("description"), declaration, server);
    }

    @Override
    public ServerView withVariable(String name, String value) {
        String expanded = node.isObject() ? expand(node, name, value) : null;
        return expanded == null ? this : new ServerView(expanded, description, declaration, node);
    }

    @Override
    public List<Variant> variants() {
        TreeNode variables = node.isObject() ? node.get("variables") : null;
        if (variables == null) {
            return List.of();
        }
        List<Variant> variants = new ArrayList<>();
        variables.members().forEach((name, variable) -> {
            TreeNode choices = variable.get("enum");
            if (choices != null) {
                for (TreeNode choice : choices.elements()) {
                    if (choice.isText()) {
                        variants.add(new Variant(name, choice, withVariable(name, choice.text())));
                    }
                }
            }
        });
        return variants;
    }

    private static String expand(TreeNode server, String name, String chosen) {
        String raw = server.text("url");
        if (raw == null) {
            return null;
        }
        TreeNode variables = server.get("variables");
        Matcher matcher = VARIABLE.matcher(raw);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            TreeNode variable = variables == null ? null : variables.get(matcher.group(1));
            String value = matcher.group(1).equals(name) ? chosen
                    : variable == null ? null : variable.text("default");
            matcher.appendReplacement(url, Matcher.quoteReplacement(value != null ? value : matcher.group(0)));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    @Override
    public String scheme() {
        int colon = url.indexOf("://");
        return colon <= 0 ? null : url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    @Override
    public String host() {
        int start = url.indexOf("://");
        if (start < 0) {
            return null;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return (close < 0 ? authority : authority.substring(1, close)).toLowerCase(Locale.ROOT);
        }
        int colon = authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    @Override
    public String path() {
        int start = url.indexOf("://");
        int from = start < 0 ? 0 : url.indexOf('/', start + 3);
        if (from < 0) {
            return "";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c, from);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(from, end);
    }

    @Override
    public boolean isLoopback() {
        return isLoopback(host());
    }

    /** {@code localhost} and names under it, {@code 127.0.0.0/8}, and {@code ::1} however it is written. */
    static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (name.contains(":")) {
            return isIpv6Loopback(name);
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** {@code ::1}, {@code 0:0:0:0:0:0:0:1}, {@code 0000::0001}: every group zero but a final 1. */
    private static boolean isIpv6Loopback(String address) {
        String[] halves = address.split("::", -1);
        if (halves.length > 2) {
            return false;
        }
        List<String> groups = new ArrayList<>();
        for (String half : halves) {
            if (!half.isEmpty()) {
                groups.addAll(List.of(half.split(":", -1)));
            }
        }
        if (groups.isEmpty() || halves.length == 1 && groups.size() != 8 || groups.size() > 8) {
            return false;
        }
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            int value = Integer.parseInt(group, 16);
            if (value != (i == groups.size() - 1 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public TreeNode schemeNode() {
        if (node.isObject()) {
            return node.get("url");
        }
        TreeNode schemes = node.parent() == null ? null : node.parent().get("schemes");
        if (schemes != null) {
            for (TreeNode scheme : schemes.elements()) {
                if (scheme.isText() && scheme.text().equalsIgnoreCase(scheme())) {
                    return scheme;
                }
            }
        }
        return node;
    }

    @Override
    public TreeNode pathNode() {
        if (node.isObject()) {
            return node.get("url");
        }
        TreeNode basePath = node.parent() == null ? null : node.parent().get("basePath");
        return basePath != null ? basePath : node;
    }
}
