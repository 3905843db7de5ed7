package dev.goalpost.engine;

import dev.goalpost.api.Rule;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import java.util.List;

/**
 * What is known about a rule without running it: its metadata, its kind and its options.
 *
 * @param goal the goal part of the id ({@code core} for core rules)
 * @param kind what the rule looks at, which decides how its goal scopes it
 * @param vocabulary the vocabulary the rule asks operations to use, or null (see {@link Vocabulary})
 */
public record RuleDescriptor(String id, String goal, Severity defaultSeverity, String summary, String helpUri,
        RuleKind kind, List<OptionDescriptor> options, Class<? extends Rule> type, Vocabulary vocabulary) {

    /** A rule without a vocabulary. */
    public RuleDescriptor(String id, String goal, Severity defaultSeverity, String summary, String helpUri,
            RuleKind kind, List<OptionDescriptor> options, Class<? extends Rule> type) {
        this(id, goal, defaultSeverity, summary, helpUri, kind, options, type, null);
    }

    /** Where Goalpost's own rule docs are published. */
    public static final String DOCS_BASE = "https://github.com/goalpost-dev/goalpost/blob/main/docs/rules/";

    public static final String CORE = "core";

    public boolean isCore() {
        return CORE.equals(goal);
    }

    /** The goal to put on findings: null for core rules. */
    public String findingGoal() {
        return isCore() ? null : goal;
    }

    public OptionDescriptor option(String name) {
        for (OptionDescriptor option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }
}
