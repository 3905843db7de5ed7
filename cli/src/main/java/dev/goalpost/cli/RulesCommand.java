package dev.goalpost.cli;

import dev.goalpost.engine.ActiveRule;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.OptionDescriptor;
import dev.goalpost.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code goalpost rules}: every rule with its goal, effective severity and options. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule with its goal, severity and options.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ConfiguredRules rules = new ConfiguredRules(RuleRegistry.builtIn(), LintConfiguration.defaults());
        PrintWriter out = spec.commandLine().getOut();
        for (ActiveRule rule : rules.base()) {
            out.printf("%-42s %-8s %s%n", rule.id(), rule.severity().label(), rule.descriptor().summary());
            for (OptionDescriptor option : rule.descriptor().options()) {
                out.printf("    %s = %s  (%s) %s%n", option.name(), option.defaultValue(), option.type(),
                        option.description());
            }
        }
        out.flush();
        return 0;
    }
}
