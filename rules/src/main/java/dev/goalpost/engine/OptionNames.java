package dev.goalpost.engine;

import java.util.Map;

/**
 * How the program running a lint lets its user set Goalpost's options, so that a message names the option the way
 * the user writes it: {@code --default-goal} on the command line, {@code <defaultGoals>} in a pom. Options are
 * named as the configuration file names them ({@code defaultGoals}); the shell supplies the spelling, rules only
 * ask for it ({@link dev.goalpost.api.RuleContext#optionName}).
 *
 * @param names how each option is written, by its configuration-file name
 */
public record OptionNames(Map<String, String> names) {

    /** The command line's spelling ({@code goalpost lint}). */
    public static final OptionNames CLI = new OptionNames(Map.of(
            "defaultGoals", "`--default-goal GOAL`",
            "allowRemoteRefs", "`--allow-remote-ref PREFIX`",
            "config", "`--config FILE`",
            "baseline", "`--baseline FILE`"));

    public OptionNames {
        names = Map.copyOf(names);
    }

    /** How the option is written; an option the shell does not name is given as the configuration file writes it. */
    public String name(String option) {
        return names.getOrDefault(option, "`" + option + "`");
    }
}
