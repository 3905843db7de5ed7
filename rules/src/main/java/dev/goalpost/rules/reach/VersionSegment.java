package dev.goalpost.rules.reach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code v<N>} segment of a path or server URL path ({@code /v2/}, {@code /v1.1/}) naming a major version. A
 * stability suffix still names the major version: {@code v4beta} (Linode), {@code v1beta1} (Kubernetes),
 * {@code v1p1beta1} (Google).
 */
final class VersionSegment {

    private static final Pattern SEGMENT = Pattern.compile(
            "(?:^|/)[vV](\\d{1,9})(?:\\.\\d+)*(?:(?:alpha|beta|preview|rc|p)\\d*)*(?=/|$)");

    private VersionSegment() {}

    /** The major version the first {@code v<N>} segment names, or -1 when there is none. */
    static int major(String path) {
        Matcher matcher = SEGMENT.matcher(path);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
