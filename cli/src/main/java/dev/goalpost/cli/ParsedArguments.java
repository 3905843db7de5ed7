package dev.goalpost.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * A command's arguments, parsed by its options, with typed values. Every mistake is a
 * {@link BadArgumentsException} that names the option and what it wanted: an unknown option (with the closest
 * known one), a missing value, an option that takes one value given twice, a number that is not one, a path that
 * cannot be one, missing or unexpected parameters.
 */
final class ParsedArguments {

    private final Subcommand command;
    private final CommandLine parsed;

    private ParsedArguments(Subcommand command, CommandLine parsed) {
        this.command = command;
        this.parsed = parsed;
    }

    /** Parses {@code args} (the words after the command's name) as {@code command}'s options and parameters. */
    static ParsedArguments parse(Subcommand command, Options options, List<String> args) {
        CommandLine parsed;
        try {
            // No partial matching: `--fail` must not quietly mean `--fail-on`.
            parsed = DefaultParser.builder().setAllowPartialMatching(false).setStripLeadingAndTrailingQuotes(false)
                    .get().parse(options, args.toArray(String[]::new));
        } catch (UnrecognizedOptionException e) {
            String word = e.getOption();
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            throw new BadArgumentsException(command, "unknown option `" + BadArgumentsException.shown(word) + "`"
                    + BadArgumentsException.suggestion(name, names(options)));
        } catch (MissingArgumentException e) {
            throw new BadArgumentsException(command, "option `" + display(e.getOption()) + "` needs a value ("
                    + e.getOption().getArgName() + ")");
        } catch (ParseException e) {
            throw new BadArgumentsException(command, e.getMessage());
        }
        ParsedArguments arguments = new ParsedArguments(command, parsed);
        arguments.checkParameters();
        return arguments;
    }

    boolean has(String name) {
        return parsed.hasOption(name);
    }

    /** The value of an option given at most once, or {@code fallback} when it is not given. */
    String string(String name, String fallback) {
        String[] values = parsed.getOptionValues(name);
        if (values == null) {
            return fallback;
        }
        if (values.length > 1) {
            throw new BadArgumentsException(command, "option `--" + name + "` is given " + values.length
                    + " times; give it once");
        }
        return values[0];
    }

    /** A whole-number option given at most once. */
    int integer(String name, int fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadArgumentsException(command, "option `--" + name + "` needs a whole number, not `"
                    + BadArgumentsException.shown(value) + "`");
        }
    }

    /** A path option given at most once, or null. */
    Path path(String name) {
        String value = string(name, null);
        return value == null ? null : toPath("option `--" + name + "`", value);
    }

    /** Every value of a repeatable option, in order. */
    List<String> strings(String name) {
        String[] values = parsed.getOptionValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /** Every value of a repeatable path option, in order. */
    List<Path> paths(String name) {
        List<Path> paths = new ArrayList<>();
        for (String value : strings(name)) {
            paths.add(toPath("option `--" + name + "`", value));
        }
        return paths;
    }

    /** The parameters after the options, as paths. */
    List<Path> parameterPaths() {
        List<Path> paths = new ArrayList<>();
        for (String value : parsed.getArgList()) {
            paths.add(toPath(command.parameters().label(), value));
        }
        return paths;
    }

    private void checkParameters() {
        Subcommand.Parameters parameters = command.parameters();
        List<String> given = parsed.getArgList();
        if (parameters.label() == null && !given.isEmpty()) {
            throw new BadArgumentsException(command, "`goalpost " + command.name() + "` takes no parameters, but was "
                    + "given `" + BadArgumentsException.shown(given.get(0)) + "`");
        }
        if (parameters.required() && given.isEmpty()) {
            String help = parameters.help().replaceFirst("\\.$", "");
            throw new BadArgumentsException(command, "missing " + parameters.label() + " ("
                    + help.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + help.substring(1) + ")");
        }
    }

    private Path toPath(String what, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new BadArgumentsException(command, what + ": `" + BadArgumentsException.shown(value)
                    + "` is not a path (" + e.getReason() + ")");
        }
    }

    private static List<String> names(Options options) {
        List<String> names = new ArrayList<>();
        for (Option option : options.getOptions()) {
            names.add(display(option));
        }
        return names;
    }

    private static String display(Option option) {
        return option.hasLongOpt() ? "--" + option.getLongOpt() : "-" + option.getOpt();
    }
}
