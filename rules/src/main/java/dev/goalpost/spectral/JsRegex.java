package dev.goalpost.spectral;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ECMAScript regular expression run by {@link java.util.regex}: the source is translated where the two dialects
 * differ ({@code $} only at the very end without the {@code m} flag, {@code \s} with JavaScript's Unicode spaces,
 * {@code [^]}, a literal {@code [} or {@code &&} inside a class, a {@code {} that is not a quantifier,
 * {@code \\u{…}} escapes) and every match is bounded: a pattern that backtracks without end stops after a fixed amount of
 * work and counts as no match, reported by {@link RegexBudgetException}.
 */
final class JsRegex {

    /** Character reads one match may make, per character of input plus a floor; bounds catastrophic patterns. */
    static final long STEPS_PER_CHAR = 20_000;
    static final long STEPS_FLOOR = 1_000_000;

    private static final String JS_SPACES = "\\s\\u00A0\\uFEFF\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    /** {@code /source/flags}, as Spectral's pattern function reads a string option. */
    private static final Pattern LITERAL = Pattern.compile("^/(.+)/([a-z]*)$", Pattern.DOTALL);

    private final String source;
    private final String flags;
    private final Pattern pattern;

    /** The match would take more work than a regular expression on this input may; treated as no match. */
    static final class RegexBudgetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegexBudgetException(String pattern) {
            super("the regular expression /" + pattern + "/ needed too much backtracking on a value");
        }
    }

    /**
     * @throws IllegalArgumentException when the source or flags are not a regular expression this supports
     */
    JsRegex(String source, String flags) {
        this.source = source;
        this.flags = flags;
        int javaFlags = 0;
        for (char flag : flags.toCharArray()) {
            switch (flag) {
                case 'i' -> javaFlags |= Pattern.CASE_INSENSITIVE;
                case 'm' -> javaFlags |= Pattern.MULTILINE;
                case 's' -> javaFlags |= Pattern.DOTALL;
                case 'u' -> javaFlags |= Pattern.UNICODE_CASE;
                case 'g', 'y', 'd' -> { }
                default -> throw new IllegalArgumentException("unknown regular expression flag `" + flag + "`");
            }
            if (flags.indexOf(flag) != flags.lastIndexOf(flag)) {
                throw new IllegalArgumentException("the regular expression flag `" + flag + "` is repeated");
            }
        }
        if ((javaFlags & Pattern.CASE_INSENSITIVE) != 0 && flags.indexOf('u') >= 0) {
            javaFlags |= Pattern.UNICODE_CASE;
        }
        try {
            this.pattern = Pattern.compile(translate(source, flags.indexOf('m') >= 0), javaFlags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("/" + source + "/ is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    /** A string option of Spectral's {@code pattern}: {@code /source/flags}, or the source alone. */
    static JsRegex fromOption(String option) {
        Matcher literal = LITERAL.matcher(option);
        return literal.matches() ? new JsRegex(literal.group(1), literal.group(2)) : new JsRegex(option, "");
    }

    /** JavaScript's {@code regex.test(text)}. */
    boolean test(String text) {
        return matcher(text).find();
    }

    /** JavaScript's {@code text.match(regex)}: the match and its groups, or null when there is none. */
    List<Object> match(String text) {
        Matcher matcher = matcher(text);
        if (!matcher.find()) {
            return null;
        }
        List<Object> groups = new ArrayList<>();
        if (flags.indexOf('g') >= 0) {
            do {
                groups.add(matcher.group());
            } while (matcher.find());
            return groups;
        }
        for (int i = 0; i <= matcher.groupCount(); i++) {
            String group = matcher.group(i);
            groups.add(group == null ? Js.UNDEFINED : group);
        }
        return groups;
    }

    /** JavaScript's {@code text.search(regex)}. */
    int search(String text) {
        Matcher matcher = matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private Matcher matcher(String text) {
        return pattern.matcher(new BoundedText(text, Math.max(STEPS_FLOOR, STEPS_PER_CHAR * text.length()), source));
    }

    String source() {
        return source;
    }

    @Override
    public String toString() {
        return "/" + source + "/" + flags;
    }

    /** Translates the ECMAScript source to java.util.regex where they differ. */
    static String translate(String js, boolean multiline) {
        StringBuilder out = new StringBuilder(js.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\') {
                if (i + 1 >= js.length()) {
                    throw new IllegalArgumentException("/" + js + "/ ends with a lone backslash");
                }
                char next = js.charAt(i + 1);
                if (next == 's') {
                    out.append(inClass ? JS_SPACES : "[" + JS_SPACES + "]");
                } else if (next == 'S') {
                    out.append(inClass ? "\\S" : "[^" + JS_SPACES + "]");
                } else if (next == 'u' && i + 2 < js.length() && js.charAt(i + 2) == '{') {
                    int close = js.indexOf('}', i + 3);
                    if (close < 0) {
                        throw new IllegalArgumentException("/" + js + "/ has an unclosed \\u{");
                    }
                    out.append("\\x{").append(js, i + 3, close).append('}');
                    i = close;
                    continue;
                } else if (next == 'd' || next == 'D' || next == 'w' || next == 'W' || next == 'b' || next == 'B'
                        || Character.isDigit(next) || "nrtfv0cxupPk".indexOf(next) >= 0) {
                    if (next == 'v') {
                        out.append("\\x0B");
                    } else {
                        out.append(c).append(next);
                    }
                } else if (Character.isLetter(next)) {
                    out.append(next); // an identity escape of a letter is the letter itself
                } else {
                    out.append(c).append(next);
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[') {
                    out.append("\\[");
                } else if (c == '&' && i + 1 < js.length() && js.charAt(i + 1) == '&') {
                    out.append("&\\&");
                    i++;
                } else {
                    out.append(c);
                }
                continue;
            }
            if (c == '[') {
                if (js.startsWith("[^]", i)) {
                    out.append("[\\s\\S]");
                    i += 2;
                    continue;
                }
                if (js.startsWith("[]", i)) {
                    out.append("(?!)");
                    i += 1;
                    continue;
                }
                inClass = true;
                if (i + 1 < js.length() && js.charAt(i + 1) == '^') {
                    out.append("[^");
                    i++;
                    continue;
                }
                out.append(c);
            } else if (c == '$') {
                out.append(multiline ? "$" : "(?![\\s\\S])");
            } else if (c == '{') {
                int end = quantifierEnd(js, i);
                if (end < 0) {
                    out.append("\\{");
                } else {
                    out.append(js, i, end + 1);
                    i = end;
                }
            } else if (c == '}') {
                out.append("\\}");
            } else {
                out.append(c);
            }
        }
        if (inClass) {
            throw new IllegalArgumentException("/" + js + "/ has an unterminated character class");
        }
        return out.toString();
    }

    /** The index of the {@code }} closing a quantifier {@code {n}}, {@code {n,}}, {@code {n,m}} at {@code i}, or -1. */
    private static int quantifierEnd(String js, int i) {
        int j = i + 1;
        int digits = 0;
        while (j < js.length() && Character.isDigit(js.charAt(j))) {
            j++;
            digits++;
        }
        if (digits == 0) {
            return -1;
        }
        if (j < js.length() && js.charAt(j) == ',') {
            j++;
            while (j < js.length() && Character.isDigit(js.charAt(j))) {
                j++;
            }
        }
        return j < js.length() && js.charAt(j) == '}' ? j : -1;
    }

    /** Text that stops a match after a number of character reads, so no pattern runs without bound. */
    private static final class BoundedText implements CharSequence {
        private final String text;
        private final String pattern;
        private long budget;

        BoundedText(String text, long budget, String pattern) {
            this.text = text;
            this.budget = budget;
            this.pattern = pattern;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new RegexBudgetException(pattern);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
