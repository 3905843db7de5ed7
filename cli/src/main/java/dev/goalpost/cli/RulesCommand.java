package dev.goalpost.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code goalpost rules}: every rule with its goal, effective severity and options, and the custom goals. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule with its goal, severity and options as the configuration sets them, and the "
                + "custom goals with the rules they include.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    GoalpostCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        project.open(null, parent.clock()).describeRules().forEach(out::println);
        out.flush();
        return 0;
    }
}
