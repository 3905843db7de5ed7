package dev.goalpost.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;

/** {@code goalpost rules}: every rule with its goal, effective severity and options, and the custom goals. */
final class RulesCommand implements Subcommand {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "List every rule with its goal, severity and options as the configuration sets them, and the custom "
                + "goals with the rules they include.";
    }

    @Override
    public Parameters parameters() {
        return Parameters.NONE;
    }

    @Override
    public Options options() {
        return ProjectOptions.addTo(new Options());
    }

    @Override
    public int run(ParsedArguments arguments, GoalpostCommand shell) {
        PrintWriter out = shell.out();
        ProjectOptions.open(arguments, null, shell.clock()).describeRules().forEach(out::println);
        out.flush();
        return 0;
    }
}
