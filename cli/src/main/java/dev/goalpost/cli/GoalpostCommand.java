package dev.goalpost.cli;

import dev.goalpost.config.ConfigFileException;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code goalpost}: the command-line shell over the Goalpost engine. It picks the command named by the first word,
 * parses the rest with that command's options (Apache Commons CLI), runs it, and turns what went wrong into an exit
 * code: 2 and one line for a user's mistake, 3 and a request to report it for a bug.
 */
public final class GoalpostCommand {

    /** Exit code for findings that fail the run. */
    static final int FAILED = 1;
    /** Exit code for a mistake on the command line or in its inputs. */
    static final int USAGE = 2;
    /** Exit code for a bug in Goalpost itself. */
    static final int INTERNAL_ERROR = 3;

    static final String SUMMARY = "Lints OpenAPI specs against the business goals they declare.";

    /** Every command, in the order the help lists them. */
    static List<Subcommand> commands() {
        return List.of(new LintCommand(), new BaselineCommand(), new RulesCommand());
    }

    /** Where reports go when no --output is given (bytes, so reports stay UTF-8 whatever the platform). */
    private final OutputStream stdout;
    private final PrintWriter stdoutText;
    private final PrintWriter stderr;
    /** Today's date for suppressions that expire; tests fix it. */
    private final Clock clock;

    private GoalpostCommand(OutputStream stdout, OutputStream stderr, Clock clock) {
        this.stdout = stdout;
        this.stdoutText = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        this.stderr = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        this.clock = clock;
    }

    OutputStream stdout() {
        return stdout;
    }

    /** Standard output for text (help, rule lists). */
    PrintWriter out() {
        return stdoutText;
    }

    PrintWriter err() {
        return stderr;
    }

    Clock clock() {
        return clock;
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows write errors, so `goalpost lint api.yaml > /dev/full` would
        // report success with nothing written. This stream throws, and the command reports it (exit code 2).
        OutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                64 * 1024);
        int code = run(args, out, System.err);
        try {
            out.flush();
        } catch (IOException e) {
            if (code == 0 || code == FAILED) {
                // Otherwise the command has already said what went wrong.
                System.err.println("goalpost: cannot write to standard output: " + e.getMessage());
                code = USAGE;
            }
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        return run(args, out, err, dev.goalpost.engine.DefaultZoneClock.INSTANCE);
    }

    /** {@link #run(String[], OutputStream, OutputStream)} on the date {@code clock} tells. */
    static int run(String[] args, OutputStream out, OutputStream err, Clock clock) {
        GoalpostCommand shell = new GoalpostCommand(out, err, clock);
        try {
            return shell.dispatch(Arrays.asList(args));
        } catch (BadArgumentsException e) {
            shell.stderr.println("goalpost: " + e.getMessage());
            shell.stderr.println("Try '" + e.commandLine() + " --help' for more information.");
            return USAGE;
        } catch (ConfigFileException problems) {
            // one line per problem, each starting with the file, line and column
            problems.problems().forEach(shell.stderr::println);
            return USAGE;
        } catch (ConfigurationException | UsageException e) {
            shell.stderr.println("goalpost: " + e.getMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            shell.stderr.println("goalpost: internal error: " + e
                    + "\nThis is a bug in Goalpost; please report it with the command line and the spec.");
            return INTERNAL_ERROR;
        } finally {
            shell.stdoutText.flush();
            shell.stderr.flush();
        }
    }

    private int dispatch(List<String> args) throws IOException {
        if (args.isEmpty()) {
            CommandHelp.printRoot(stdoutText, SUMMARY, commands());
            return 0;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (first) {
            case "-h", "--help" -> {
                CommandHelp.printRoot(stdoutText, SUMMARY, commands());
                return 0;
            }
            case "-V", "--version" -> {
                stdoutText.println(ToolInfo.NAME + " " + ToolInfo.version());
                return 0;
            }
            case "help" -> {
                return help(rest);
            }
            default -> {
                Subcommand command = find(first);
                Options options = withHelp(command.options());
                if (asksForHelp(rest)) {
                    CommandHelp.printCommand(stdoutText, command, options);
                    return 0;
                }
                return command.run(ParsedArguments.parse(command, options, rest), this);
            }
        }
    }

    private int help(List<String> words) {
        if (words.isEmpty() || words.equals(List.of("help"))) {
            CommandHelp.printRoot(stdoutText, SUMMARY, commands());
            return 0;
        }
        if (words.size() > 1) {
            throw new BadArgumentsException(null, "`goalpost help` takes one command, but was given "
                    + words.size() + " words");
        }
        Subcommand command = find(words.get(0));
        CommandHelp.printCommand(stdoutText, command, withHelp(command.options()));
        return 0;
    }

    private static Subcommand find(String word) {
        List<String> names = new ArrayList<>();
        for (Subcommand command : commands()) {
            if (command.name().equals(word)) {
                return command;
            }
            names.add(command.name());
        }
        names.add("help");
        if (word.startsWith("-")) {
            throw new BadArgumentsException(null, "unknown option `" + BadArgumentsException.shown(word) + "`"
                    + BadArgumentsException.suggestion(word, List.of("--help", "--version"))
                    + "; before a command, goalpost takes only -h/--help and -V/--version");
        }
        throw new BadArgumentsException(null, "unknown command `" + BadArgumentsException.shown(word) + "`"
                + BadArgumentsException.suggestion(word, names) + "; the commands are " + String.join(", ", names));
    }

    /**
     * Whether {@code -h} or {@code --help} comes before any {@code --}: looked for before parsing, so that
     * {@code goalpost lint --help} works whatever else is on the line.
     */
    private static boolean asksForHelp(List<String> words) {
        for (String word : words) {
            if (word.equals("--")) {
                return false;
            }
            if (word.equals("-h") || word.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    /** A command's options with {@code -h/--help}, which every command takes. */
    private static Options withHelp(Options options) {
        return options.addOption(Option.builder("h").longOpt("help").desc("Show this help and exit.").get());
    }
}
