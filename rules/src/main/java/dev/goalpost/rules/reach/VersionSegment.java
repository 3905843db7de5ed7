package dev.goalpost.rules.reach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment of a path or server URL path naming a major version: {@code v<N>} ({@code /v2/}, {@code /v1.1/}; a
 * stability suffix still names the major version: {@code v4beta} (Linode), {@code v1beta1} (Kubernetes),
 * {@code v1p1beta1} (Google)), or a bare {@code <N>.<M>} or {@code <N>} ({@code /api/1.0}, Box's {@code /2.0},
 * Xero's {@code /api.xro/2.0}), or a name that ends in {@code -v<N>} ({@code api-v2}, {@code NamSorAPIv2}; in a
 * path only an API's name, since {@code alerts_v2} is a resource of its own). A bare number has at most three
 * digits, so that a year is not read as a version; in a path it counts only before the first path parameter and
 * not as the last segment, where it would rather be an identifier ({@code /tasks/0}) or a file's version
 * ({@code /chart.js/2.8.0}).
 */
final class VersionSegment {

    private static final Pattern PREFIXED = Pattern.compile(
            "[vV](\\d{1,9})(?:\\.\\d+)*(?:(?:alpha|beta|preview|rc|p)\\d*)*");
    /** A name that ends in its version: {@code api-v2}, {@code projects-v1}, {@code NamSorAPIv2}. */
    private static final Pattern SUFFIXED = Pattern.compile("(?i).*(?:[-_.]|api)v(\\d{1,3})(?:\\.\\d+)*");
    /** In a path, only an API's name may end in its version: {@code alerts_v2} is a resource of its own. */
    private static final Pattern API_SUFFIXED = Pattern.compile("(?i).*api[-_.]?v(\\d{1,3})(?:\\.\\d+)*");
    private static final Pattern BARE = Pattern.compile("(\\d{1,3})(?:\\.\\d{1,3}){0,2}");

    private VersionSegment() {}

    /** The major version the first version segment of a path names, or -1 when there is none. */
    static int major(String path) {
        return major(path, false);
    }

    /** The major version the first version segment of a server URL's path names, or -1 when there is none. */
    static int server(String path) {
        return major(path, true);
    }

    private static int major(String path, boolean server) {
        if (path == null) {
            return -1;
        }
        boolean afterParameter = false;
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            // Each pattern is tried only on a segment it could match (the leading .* of the suffixed ones
            // backtracks over every segment of every path otherwise): a prefixed version starts with v, a
            // suffixed one ends in a digit, a bare one starts with one.
            char first = segment.isEmpty() ? 0 : segment.charAt(0);
            char last = segment.isEmpty() ? 0 : segment.charAt(segment.length() - 1);
            if (first == 'v' || first == 'V') {
                Matcher prefixed = PREFIXED.matcher(segment);
                if (prefixed.matches()) {
                    return Integer.parseInt(prefixed.group(1));
                }
            }
            if (isDigit(last)) {
                Matcher suffixed = (server ? SUFFIXED : API_SUFFIXED).matcher(segment);
                if (suffixed.matches()) {
                    return Integer.parseInt(suffixed.group(1));
                }
            }
            if (isDigit(first)) {
                Matcher bare = BARE.matcher(segment);
                if (bare.matches() && (server || !afterParameter && i < segments.length - 1)) {
                    return Integer.parseInt(bare.group(1));
                }
            }
            afterParameter |= segment.contains("{");
        }
        return -1;
    }

    /** A digit as {@code \d} reads it (ASCII only, without UNICODE_CHARACTER_CLASS). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
