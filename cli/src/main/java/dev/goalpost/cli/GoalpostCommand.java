package dev.goalpost.cli;

import dev.goalpost.config.ConfigFileException;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.ToolInfo;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code goalpost}: the command-line shell over the Goalpost engine. */
@Command(name = "goalpost",
        description = "Lints OpenAPI specs against the business goals they declare.",
        mixinStandardHelpOptions = true,
        versionProvider = GoalpostCommand.Version.class,
        subcommands = {LintCommand.class, BaselineCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on severity",
            "1:findings at or above the --fail-on severity",
            "2:usage, input or output error (bad option, missing file, bad configuration file, baseline or rules jar; "
                    + "a report or baseline that cannot be written)",
            "3:internal error (a bug in Goalpost; please report it)"})
public final class GoalpostCommand implements Runnable {

    /** Exit code for a bug in Goalpost itself. */
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where reports go when no --output is given (bytes, so reports stay UTF-8 whatever the platform). */
    private OutputStream stdout = System.out;
    private PrintWriter stderr;
    /** Today's date for suppressions that expire; tests fix it. */
    private Clock clock = Clock.systemDefaultZone();

    OutputStream stdout() {
        return stdout;
    }

    PrintWriter err() {
        return stderr;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows write errors, so `goalpost lint api.yaml > /dev/full` would
        // report success with nothing written. This stream throws, and the command reports it (exit code 2).
        OutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                64 * 1024);
        int code = run(args, out, System.err);
        try {
            out.flush();
        } catch (java.io.IOException e) {
            if (code == 0 || code == 1) {
                // Otherwise the command has already said what went wrong.
                System.err.println("goalpost: cannot write to standard output: " + e.getMessage());
                code = CommandLine.ExitCode.USAGE;
            }
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** {@link #run(String[], OutputStream, OutputStream)} on the date {@code clock} tells. */
    static int run(String[] args, OutputStream out, OutputStream err, Clock clock) {
        GoalpostCommand command = new GoalpostCommand();
        command.stdout = out;
        command.clock = clock;
        command.stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(command.stderr);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("goalpost: " + e.getMessage() + suggestion(e));
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof ConfigFileException problems) {
                // one line per problem, each starting with the file, line and column
                problems.problems().forEach(failed.getErr()::println);
                return CommandLine.ExitCode.USAGE;
            }
            if (e instanceof ConfigurationException || e instanceof UsageException) {
                failed.getErr().println("goalpost: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            failed.getErr().println("goalpost: internal error: " + e
                    + "\nThis is a bug in Goalpost; please report it with the command line and the spec.");
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    /**
     * " (did you mean `lint`?)" for a mistyped command or option, else the empty string: the closest of the
     * failing command's options (for an argument starting with {@code -}) or subcommands.
     */
    static String suggestion(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String word = unmatched.getUnmatched().get(0);
        if (word.length() > 64) {
            return "";
        }
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (word.startsWith("-")) {
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            return dev.goalpost.text.DidYouMean.hint(name, spec.optionsMap().keySet());
        }
        return dev.goalpost.text.DidYouMean.hint(word, spec.subcommands().keySet());
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
        }
    }
}
