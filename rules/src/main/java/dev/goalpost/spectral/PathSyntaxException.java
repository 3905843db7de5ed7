package dev.goalpost.spectral;

/**
 * A {@code given} path, {@code field} or filter expression outside the dialect Goalpost evaluates, or malformed;
 * {@link #offset()} is the character of the expression where the problem is, for the ruleset's error message.
 */
public final class PathSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int offset;

    public PathSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** Zero-based character index in the expression. */
    public int offset() {
        return offset;
    }
}
