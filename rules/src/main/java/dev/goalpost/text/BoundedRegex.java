package dev.goalpost.text;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression from a spec, evaluated with a bound on its work. Java's engine backtracks, so a pattern
 * such as {@code ^(a+)+$} or {@code ^(.*a){12}$} takes exponential time on a value that almost matches (ReDoS).
 * The engine reads its input one character at a time; counting those reads bounds every evaluation, whatever the
 * pattern, and a pattern that exceeds the bound is reported instead of hanging the run.
 */
public final class BoundedRegex {

    /** Character reads one evaluation may make: far above what a sane pattern needs on a real value. */
    public static final long DEFAULT_MAX_STEPS = 1_000_000;

    /** The evaluation needed more steps than allowed; whether the value matches is unknown. */
    public static final class TooCostlyException extends Exception {
        private static final long serialVersionUID = 1L;

        TooCostlyException(String message) {
            super(message);
        }
    }

    /** Thrown from inside the engine when the budget is spent; no stack trace, it is caught right away. */
    private static final class Spent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Spent() {
            super(null, null, false, false);
        }
    }

    private final Pattern pattern;
    private final long maxSteps;

    private BoundedRegex(Pattern pattern, long maxSteps) {
        this.pattern = pattern;
        this.maxSteps = maxSteps;
    }

    /**
     * @throws PatternSyntaxException when {@code regex} is not a valid Java regular expression
     */
    public static BoundedRegex compile(String regex, long maxSteps) {
        return new BoundedRegex(Pattern.compile(regex), maxSteps);
    }

    public String pattern() {
        return pattern.pattern();
    }

    /** Whether the pattern occurs somewhere in {@code text} (JSON Schema's {@code pattern} semantics). */
    public boolean find(CharSequence text) throws TooCostlyException {
        return find(text, maxSteps);
    }

    /** {@link #find(CharSequence)} with another bound. */
    public boolean find(CharSequence text, long maxSteps) throws TooCostlyException {
        try {
            return pattern.matcher(new Counted(text, new long[] {maxSteps})).find();
        } catch (Spent | StackOverflowError e) {
            throw new TooCostlyException("`" + pattern.pattern() + "` needs more than " + maxSteps + " steps on a "
                    + text.length() + "-character value");
        }
    }

    /** Whether the whole of {@code text} matches. */
    public boolean matches(CharSequence text) throws TooCostlyException {
        try {
            return pattern.matcher(new Counted(text, new long[] {maxSteps})).matches();
        } catch (Spent | StackOverflowError e) {
            throw new TooCostlyException("`" + pattern.pattern() + "` needs more than " + maxSteps + " steps on a "
                    + text.length() + "-character value");
        }
    }

    /** A view of the text that spends one step of a shared budget on every character read. */
    private static final class Counted implements CharSequence {
        private final CharSequence text;
        private final long[] budget;

        Counted(CharSequence text, long[] budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new Spent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
