package dev.goalpost.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server URL the API is served from. For Swagger 2.0 it is built from {@code schemes}, {@code host} and
 * {@code basePath}, and {@link #node()} is the {@code host} member (the {@code basePath} member when there is no
 * {@code host}).
 *
 * @param url the URL with server variables replaced by their defaults
 * @param node the Server Object (3.x) or the {@code host} (else {@code basePath}) member (2.0), for locations and
 *     extensions
 */
public record Server(String url, String description, SpecNode node) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

    static Server of(SpecNode server) {
        String url = expand(server, null, null);
        return url == null ? null : new Server(url, server.text("description"), server);
    }

    /**
     * This server as it is when variable {@code name} takes {@code value} (one of its {@code enum} values, say)
     * and the other variables their defaults; this server itself when it has no URL template (Swagger 2.0).
     */
    public Server withVariable(String name, String value) {
        String url = node.isObject() ? expand(node, name, value) : null;
        return url == null ? this : new Server(url, description, node);
    }

    private static String expand(SpecNode server, String name, String chosen) {
        String raw = server.text("url");
        if (raw == null) {
            return null;
        }
        SpecNode variables = server.get("variables");
        Matcher matcher = VARIABLE.matcher(raw);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            SpecNode variable = variables == null ? null : variables.get(matcher.group(1));
            String value = matcher.group(1).equals(name) ? chosen
                    : variable == null ? null : variable.text("default");
            matcher.appendReplacement(url, Matcher.quoteReplacement(value != null ? value : matcher.group(0)));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** The scheme, lower case, or null for a relative URL. */
    public String scheme() {
        int colon = url.indexOf("://");
        return colon <= 0 ? null : url.substring(0, colon).toLowerCase();
    }

    /** The host name, lower case, or null for a relative URL. */
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
            return close < 0 ? authority.toLowerCase() : authority.substring(1, close).toLowerCase();
        }
        int colon = authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase();
    }

    /** The path part of the URL ({@code /v1} for {@code https://api.example.com/v1}). */
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

    public boolean isAbsolute() {
        return scheme() != null;
    }

    /**
     * Where the URL's scheme is written, for findings about it: the {@code url} (3.x), or in Swagger 2.0 the
     * matching {@code schemes} entry ({@code host} when {@code schemes} is not written).
     */
    public SpecNode schemeNode() {
        if (node.isObject()) {
            return node.get("url");
        }
        SpecNode schemes = node.parent() == null ? null : node.parent().get("schemes");
        if (schemes != null) {
            for (SpecNode scheme : schemes.elements()) {
                if (scheme.isText() && scheme.text().equalsIgnoreCase(scheme())) {
                    return scheme;
                }
            }
        }
        return node;
    }

    /**
     * Where the URL's path is written, for findings about it: the {@code url} (3.x), or in Swagger 2.0 the
     * {@code basePath} ({@code host} when there is none).
     */
    public SpecNode pathNode() {
        if (node.isObject()) {
            return node.get("url");
        }
        SpecNode basePath = node.parent() == null ? null : node.parent().get("basePath");
        return basePath != null ? basePath : node;
    }

    /** An extension ({@code x-...}) written on the Server Object, or null. */
    public SpecNode extension(String name) {
        return node.isObject() ? node.get(name) : null;
    }
}
