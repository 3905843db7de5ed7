package dev.goalpost.api;

import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;
import java.util.List;
import java.util.Set;

/** The business goals in force in one document, and the problems found where they are declared. */
public interface Goals {

    /** The five built-in goals, in the order the docs present them. */
    List<String> BUILT_IN = List.of("monetization", "reach", "marketing", "innovation", "integration");

    /** A declared value that names no goal, where it is written, and what to tell the author. */
    record UnknownGoal(SpecNode node, String message) {}

    /** Goals declared on the root and {@code info} (or applied by default). */
    Set<String> documentGoals();

    /** The effective goals of an operation (empty when none applies). */
    Set<String> goalsOf(Operation operation);

    /** Goals the document carries: its own and every operation's. */
    Set<String> carried();

    /** Whether {@code x-business-goal} is written anywhere (an empty list counts). */
    boolean declaresAny();

    /** Whether the default goals were applied because nothing was declared. */
    boolean defaultsApplied();

    /** Declared values that name no goal. */
    List<UnknownGoal> unknown();
}
