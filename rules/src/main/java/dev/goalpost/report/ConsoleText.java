package dev.goalpost.report;

/**
 * Text from a spec (messages quote its keys and values; file names come from the disk) made safe for a terminal or
 * a CI log: control characters could forge finding lines (a line break), rewrite the screen (an escape sequence)
 * or reorder what a reader sees (bidirectional overrides). Each such character is written as {@code \\uXXXX}.
 */
public final class ConsoleText {

    private ConsoleText() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return escapeFrom(text, i);
            }
        }
        return text;
    }

    private static String escapeFrom(String text, int first) {
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, and the invisible characters that change the order text is shown in. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u2028'
                || c == '\u2029';
    }
}
