package dev.goalpost.load;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointer escaping and splitting. */
public final class JsonPointers {

    private JsonPointers() {}

    public static void appendEscaped(StringBuilder pointer, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            pointer.append(token);
            return;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
    }

    public static String escape(String token) {
        StringBuilder pointer = new StringBuilder(token.length() + 4);
        appendEscaped(pointer, token);
        return pointer.toString();
    }

    /** Splits {@code /a/b~1c} into {@code [a, b/c]}; returns null when the text is not a JSON pointer. */
    public static List<String> split(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            return null;
        }
        int start = 1;
        while (true) {
            int end = pointer.indexOf('/', start);
            String raw = end < 0 ? pointer.substring(start) : pointer.substring(start, end);
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
            if (end < 0) {
                return tokens;
            }
            start = end + 1;
        }
    }
}
