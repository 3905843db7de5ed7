package dev.goalpost.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code $ref} string split into the document it names (null for the same document) and a JSON pointer
 * fragment, resolved against the URI of the file it is written in.
 */
record ReferenceText(URI document, String fragment) {

    static ReferenceText parse(URI base, String ref) {
        int hash = ref.indexOf('#');
        String documentPart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : decodeFragment(ref.substring(hash + 1));
        if (fragment == null) {
            return null;
        }
        if (documentPart.isEmpty()) {
            return new ReferenceText(null, fragment);
        }
        URI relative = toUri(documentPart);
        if (relative == null) {
            return null;
        }
        URI resolved = base.resolve(relative).normalize();
        if (resolved.equals(base)) {
            return new ReferenceText(null, fragment);
        }
        return new ReferenceText(resolved, fragment);
    }

    /**
     * A canonical key for the referenced document, equal for every spelling of the same file: Java's
     * {@link URI#resolve} turns {@code file:///a} into {@code file:/a}, so local files are keyed by their path.
     */
    String documentKey() {
        return key(document);
    }

    static String key(URI uri) {
        if (uri == null) {
            return null;
        }
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                return java.nio.file.Path.of(uri).normalize().toUri().toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return uri.toString();
            }
        }
        return uri.toString();
    }

    /** The scheme of the referenced document: {@code file}, {@code http}, … or null for the same document. */
    String scheme() {
        return document == null ? null : document.getScheme();
    }

    private static String decodeFragment(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Parses a URI reference, percent-encoding characters people write in file names but URIs forbid. */
    static URI toUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            StringBuilder encoded = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                        || c == '{' || c == '|' || c == '}' || c == '[' || c == ']') {
                    encoded.append('%').append(String.format("%02X", (int) c));
                } else {
                    encoded.append(c);
                }
            }
            try {
                return new URI(encoded.toString());
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }
}
