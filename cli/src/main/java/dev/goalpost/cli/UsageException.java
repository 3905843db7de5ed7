package dev.goalpost.cli;

/** A mistake on the command line or in its inputs; reported in one line with exit code 2. */
class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
