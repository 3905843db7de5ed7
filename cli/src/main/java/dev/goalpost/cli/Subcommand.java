package dev.goalpost.cli;

import java.io.IOException;
import org.apache.commons.cli.Options;

/** A command under {@code goalpost}: what it is called, what it does, what it takes, and running it. */
interface Subcommand {

    /** The word that names it on the command line. */
    String name();

    /** What it does, in a sentence: the command list shows it, and its own help starts with it. */
    String summary();

    /** Its options; {@code -h/--help} is added to every command's. */
    Options options();

    /** The parameters after the options: their label and how many there may be. */
    Parameters parameters();

    /** Runs it and returns the exit code; a {@link UsageException} is a user's mistake (exit code 2). */
    int run(ParsedArguments arguments, GoalpostCommand shell) throws IOException;

    /**
     * The positional parameters a command takes.
     *
     * @param label the usage line's name for one, or null for none
     * @param required whether at least one must be given
     * @param help what they are, for the command's help
     */
    record Parameters(String label, boolean required, String help) {

        static final Parameters NONE = new Parameters(null, false, null);

        /** As the usage line writes them: {@code PATH...}, {@code [PATH...]}, or nothing. */
        String synopsis() {
            if (label == null) {
                return "";
            }
            return required ? label + "..." : "[" + label + "...]";
        }
    }
}
