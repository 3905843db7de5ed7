package dev.goalpost.cli;

import dev.goalpost.text.DidYouMean;
import java.util.Collection;

/** A command line that does not parse: the message says what is wrong, and the command's help what is right. */
final class BadArgumentsException extends UsageException {
    private static final long serialVersionUID = 1L;

    /** The command whose help to point to, or null for {@code goalpost} itself. */
    private final transient Subcommand command;

    BadArgumentsException(Subcommand command, String message) {
        super(message);
        this.command = command;
    }

    /** A word from the command line as a message shows it: cut short, so that a pasted file does not flood it. */
    static String shown(String word) {
        return word.length() <= 80 ? word : word.substring(0, 77) + "...";
    }

    /** " (did you mean `x`?)" with the closest of {@code candidates}, or the empty string (also for long words). */
    static String suggestion(String word, Collection<String> candidates) {
        return word.length() > 64 ? "" : DidYouMean.hint(word, candidates);
    }

    /** {@code goalpost lint}, or {@code goalpost} when no command was recognised. */
    String commandLine() {
        return command == null ? "goalpost" : "goalpost " + command.name();
    }
}
