package dev.goalpost.cli;

/** A command line that does not parse: the message says what is wrong, and the command's help what is right. */
final class BadArgumentsException extends UsageException {
    private static final long serialVersionUID = 1L;

    /** The command whose help to point to, or null for {@code goalpost} itself. */
    private final transient Subcommand command;

    BadArgumentsException(Subcommand command, String message) {
        super(message);
        this.command = command;
    }

    /** {@code goalpost lint}, or {@code goalpost} when no command was recognised. */
    String commandLine() {
        return command == null ? "goalpost" : "goalpost " + command.name();
    }
}
