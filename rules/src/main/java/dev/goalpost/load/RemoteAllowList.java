package dev.goalpost.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The remote prefixes a user allowed, matched as URIs rather than strings: both the prefix and the reference are
 * parsed and normalised (scheme and host in lower case, default ports made explicit, percent-escapes of unreserved
 * characters decoded, dot segments resolved), then compared by scheme, host, port and whole path segments. A
 * reference that hides a {@code /} or {@code \} in a percent-escape, names a user, or has no host is refused
 * before any comparison, because a server may decode it into a path outside the prefix.
 */
public final class RemoteAllowList {

    /** A URL parsed into the parts the allow-list compares; {@link #uri()} is what is fetched. */
    record Url(String scheme, String host, int port, List<String> segments, boolean folder, String query) {

        /** The normalised URL, the exact address that is fetched after the check (default ports left out). */
        URI uri() {
            StringBuilder text = new StringBuilder(scheme).append("://");
            text.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
            if (port != (scheme.equals("https") ? 443 : 80)) {
                text.append(':').append(port);
            }
            text.append(path());
            if (query != null) {
                text.append('?').append(query);
            }
            return URI.create(text.toString());
        }

        String path() {
            StringBuilder path = new StringBuilder();
            for (String segment : segments) {
                path.append('/').append(segment);
            }
            if (folder || segments.isEmpty()) {
                path.append('/');
            }
            return path.toString();
        }

        /** Whether this prefix admits {@code url}: same origin, and every prefix segment equal to the url's. */
        boolean admits(Url url) {
            if (!scheme.equals(url.scheme) || !host.equals(url.host) || port != url.port) {
                return false;
            }
            if (url.segments.size() < segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                if (!segments.get(i).equals(url.segments.get(i))) {
                    return false;
                }
            }
            // `/ok/` admits only what is under the folder; `/ok` admits the file itself and anything under it.
            return !folder || url.segments.size() > segments.size() || url.folder;
        }
    }

    /** A URL that cannot be fetched or allowed safely; the message says why, for the finding or usage error. */
    public static final class InvalidUrlException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidUrlException(String message) {
            super(message);
        }
    }

    private final List<Url> prefixes;

    private RemoteAllowList(List<Url> prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * The allow-list for these prefixes.
     *
     * @throws IllegalArgumentException naming the first prefix that is not an absolute http(s) URL with a host
     *     (an empty prefix included: it would otherwise allow everything)
     */
    public static RemoteAllowList of(List<String> prefixes) {
        List<Url> parsed = new ArrayList<>();
        for (String prefix : prefixes) {
            if (prefix == null || prefix.isBlank()) {
                throw new IllegalArgumentException("an empty remote-reference prefix would allow every URL; name a "
                        + "prefix such as https://schemas.example.com/openapi/");
            }
            try {
                Url url = parse(prefix.strip());
                if (url.query() != null) {
                    throw new InvalidUrlException("a prefix cannot have a query string");
                }
                parsed.add(url);
            } catch (InvalidUrlException e) {
                throw new IllegalArgumentException("the remote-reference prefix `" + prefix + "` is not usable: "
                        + e.getMessage());
            }
        }
        return new RemoteAllowList(List.copyOf(parsed));
    }

    /** Whether any prefix is allowed at all. */
    boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** Whether {@code url} (already parsed and normalised) lies under an allowed prefix. */
    boolean allows(Url url) {
        for (Url prefix : prefixes) {
            if (prefix.admits(url)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses and normalises an absolute http(s) URL.
     *
     * @throws InvalidUrlException when it has no host, a user name, a port outside 1–65535, a percent-encoded
     *     {@code /}, {@code \} or control character in its path, or is not http(s)
     */
    static Url parse(String text) throws InvalidUrlException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("it is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidUrlException("only http:// and https:// URLs are fetched");
        }
        if (uri.isOpaque()) {
            throw new InvalidUrlException("it has no `//host` after `" + scheme + ":`");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new InvalidUrlException("it names a user (`user@host`), which Goalpost never sends");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            String authority = uri.getRawAuthority();
            throw new InvalidUrlException(authority == null || authority.isEmpty() ? "it names no host"
                    : "`" + authority + "` is not a host name with an optional port from 1 to 65535");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if (port == -1) {
            port = scheme.equals("https") ? 443 : 80;
        } else if (port < 1 || port > 65_535) {
            throw new InvalidUrlException("its port " + port + " is not between 1 and 65535");
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        List<String> segments = new ArrayList<>();
        boolean folder = rawPath.isEmpty() || rawPath.endsWith("/");
        for (String raw : rawPath.split("/", -1)) {
            String segment = decodeUnreserved(raw);
            switch (segment) {
                case "", "." -> { }
                case ".." -> {
                    if (!segments.isEmpty()) {
                        segments.remove(segments.size() - 1);
                    }
                }
                default -> segments.add(segment);
            }
        }
        if (!rawPath.isEmpty() && !rawPath.endsWith("/")) {
            String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
            String decoded = decodeUnreserved(last);
            // `/a/..` and `/a/.` name folders once resolved.
            folder = decoded.equals("..") || decoded.equals(".") || decoded.isEmpty();
        }
        return new Url(scheme, host, port, List.copyOf(segments), folder, uri.getRawQuery());
    }

    /**
     * Decodes percent-escapes of unreserved characters (RFC 3986 §6.2.2.2) so that {@code %2e%2e} is seen as
     * {@code ..}; refuses escapes a server might decode into a separator or a control character.
     */
    private static String decodeUnreserved(String segment) throws InvalidUrlException {
        if (segment.indexOf('\\') >= 0) {
            throw new InvalidUrlException("its path contains `\\`, which some servers read as `/`");
        }
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
                    || Character.digit(segment.charAt(i + 2), 16) < 0) {
                throw new InvalidUrlException("its path has a `%` that is not followed by two hex digits");
            }
            int value = Integer.parseInt(segment.substring(i + 1, i + 3), 16);
            if (value == '/' || value == '\\') {
                throw new InvalidUrlException("its path hides `" + (char) value + "` in the escape "
                        + segment.substring(i, i + 3) + ", which a server may read as a folder separator");
            }
            if (value < 0x20 || value == 0x7f) {
                throw new InvalidUrlException("its path holds the control character escape "
                        + segment.substring(i, i + 3));
            }
            if (value == '%') {
                // A doubly-encoded escape (%252e) decodes to `%2e` on a server that decodes twice.
                throw new InvalidUrlException("its path holds a double-encoded escape (" + segment.substring(i, i + 3)
                        + ")");
            }
            boolean unreserved = value < 0x80 && (Character.isLetterOrDigit(value) || value == '-' || value == '.'
                    || value == '_' || value == '~');
            if (unreserved) {
                out.append((char) value);
            } else {
                out.append('%').append(Character.toUpperCase(segment.charAt(i + 1)))
                        .append(Character.toUpperCase(segment.charAt(i + 2)));
            }
            i += 2;
        }
        return out.toString();
    }
}
