package dev.goalpost.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;

/** The help pages: {@code goalpost --help} (the commands and exit codes) and each command's own. */
final class CommandHelp {

    private static final int WIDTH = 80;

    private static final String[][] EXIT_CODES = {
        {"0", "nothing at or above the --fail-on severity"},
        {"1", "findings at or above the --fail-on severity (or more warnings than --max-warnings)"},
        {"2", "usage, input or output error (bad option, missing file, bad configuration file, baseline or rules "
                + "jar; a report or baseline that cannot be written)"},
        {"3", "internal error (a bug in Goalpost; please report it)"}};

    private CommandHelp() {}

    static void printRoot(PrintWriter out, String summary, List<Subcommand> commands) {
        HelpFormatter format = formatter();
        out.println("Usage: goalpost COMMAND [OPTIONS] [PATH...]");
        out.println("       goalpost (-h | --help | -V | --version)");
        format.printWrapped(out, WIDTH, summary);
        out.println();
        out.println("Commands:");
        for (Subcommand command : commands) {
            row(format, out, command.name(), command.summary(), 12);
        }
        row(format, out, "help", "Show a command's help: goalpost help COMMAND (as goalpost COMMAND --help).", 12);
        out.println();
        out.println("Options:");
        row(format, out, "-h, --help", "Show this help and exit.", 17);
        row(format, out, "-V, --version", "Print the version and exit.", 17);
        out.println();
        out.println("Exit codes:");
        for (String[] code : EXIT_CODES) {
            row(format, out, code[0], code[1], 6);
        }
        out.println();
        out.println("Run `goalpost COMMAND --help` for a command's options.");
        out.flush();
    }

    static void printCommand(PrintWriter out, Subcommand command, Options options) {
        HelpFormatter format = formatter();
        Subcommand.Parameters parameters = command.parameters();
        String synopsis = parameters.synopsis();
        out.println("Usage: goalpost " + command.name() + " [OPTIONS]" + (synopsis.isEmpty() ? "" : " " + synopsis));
        format.printWrapped(out, WIDTH, command.summary());
        if (parameters.label() != null) {
            out.println();
            row(format, out, synopsis, parameters.help(), 2 + synopsis.length() + 2);
        }
        out.println();
        out.println("Options:");
        format.printOptions(out, WIDTH, options, 2, 3);
        out.flush();
    }

    /** "  name   text", the text wrapped under itself. */
    private static void row(HelpFormatter format, PrintWriter out, String name, String text, int textColumn) {
        String padded = String.format(Locale.ROOT, "  %-" + Math.max(1, textColumn - 2) + "s", name);
        if (padded.length() > textColumn) {
            out.println("  " + name);
            padded = " ".repeat(textColumn);
        }
        format.printWrapped(out, WIDTH, textColumn, padded + text);
    }

    private static HelpFormatter formatter() {
        HelpFormatter format = HelpFormatter.builder().setShowDeprecated(false).get();
        format.setLongOptSeparator("=");
        return format;
    }
}
