package dev.goalpost.goal;

import dev.goalpost.api.Goals;
import dev.goalpost.api.model.Operation;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business goals in force in one document: its own, each operation's effective goals, and the problems
 * found in the declarations.
 *
 * @param documentGoals goals declared on the root and {@code info} (or applied by default)
 * @param carried goals the document carries: its own and every operation's
 * @param declaresAny whether {@code x-business-goal} is written anywhere (an empty list counts)
 * @param defaultsApplied whether the default goals were applied because nothing was declared
 * @param unknown declared values that name no goal, where they are written
 */
public record GoalAssignment(
        Set<String> documentGoals,
        Map<Operation, Set<String>> operationGoals,
        Set<String> carried,
        boolean declaresAny,
        boolean defaultsApplied,
        List<Goals.UnknownGoal> unknown) implements Goals {

    public GoalAssignment {
        documentGoals = Collections.unmodifiableSet(new TreeSet<>(documentGoals));
        Map<Operation, Set<String>> copy = new IdentityHashMap<>(operationGoals.size());
        // Operations with the same goals share one set, so that rules can cache what they decide per goal set by
        // identity: thousands of operations, a handful of distinct sets.
        Map<Set<String>, Set<String>> shared = new HashMap<>();
        operationGoals.forEach((op, goals) -> {
            Set<String> same = shared.get(goals);
            if (same == null) {
                same = Collections.unmodifiableSet(new TreeSet<>(goals));
                shared.put(same, same);
            }
            copy.put(op, same);
        });
        operationGoals = Collections.unmodifiableMap(copy);
        carried = Collections.unmodifiableSet(new TreeSet<>(carried));
        unknown = List.copyOf(unknown);
    }

    /** The effective goals of an operation (empty when none applies). */
    @Override
    public Set<String> goalsOf(Operation operation) {
        return operationGoals.getOrDefault(operation, Set.of());
    }
}
