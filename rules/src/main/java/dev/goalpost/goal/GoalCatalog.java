package dev.goalpost.goal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The business goals a spec may declare: the five built-in goals, their aliases, and custom goals a team
 * composes from existing rules. Knows which rules each goal applies.
 */
public final class GoalCatalog {

    public static final String MONETIZATION = "monetization";
    public static final String REACH = "reach";
    public static final String MARKETING = "marketing";
    public static final String INNOVATION = "innovation";
    public static final String INTEGRATION = "integration";

    /** The built-in goals, in the order the docs present them. */
    public static final List<String> BUILT_IN = dev.goalpost.api.Goals.BUILT_IN;

    /** Accepted alternative spellings, compared case-insensitively. */
    public static final Map<String, String> ALIASES = Map.of(
            "revenue", MONETIZATION,
            "increase-revenue", MONETIZATION,
            "extend-reach", REACH,
            "customer-reach", REACH,
            "sales", MARKETING,
            "sales-marketing", MARKETING,
            "backend-integration", INTEGRATION);

    /** Stands for every built-in goal where default goals are given. */
    public static final String ALL = "all";

    /**
     * A goal composed of existing rules.
     *
     * @param extendsGoals goals whose every rule this goal applies
     * @param rules further rule ids this goal applies
     */
    public record CustomGoal(String name, List<String> extendsGoals, List<String> rules) {
        public CustomGoal {
            extendsGoals = List.copyOf(extendsGoals);
            rules = List.copyOf(rules);
        }
    }

    private static final GoalCatalog BUILT_IN_ONLY = new GoalCatalog(Map.of());

    private final Map<String, CustomGoal> custom;

    private GoalCatalog(Map<String, CustomGoal> custom) {
        this.custom = custom;
    }

    public static GoalCatalog builtIn() {
        return BUILT_IN_ONLY;
    }

    /** This catalog plus custom goals; their names must not clash with built-in goals or aliases. */
    public static GoalCatalog withCustomGoals(List<CustomGoal> goals) {
        Map<String, CustomGoal> custom = new LinkedHashMap<>();
        for (CustomGoal goal : goals) {
            custom.put(goal.name().toLowerCase(Locale.ROOT), goal);
        }
        return new GoalCatalog(Collections.unmodifiableMap(custom));
    }

    /** The canonical name for a declared value (built-in, alias or custom goal), or null when unknown. */
    public String canonical(String declared) {
        String lower = declared.strip().toLowerCase(Locale.ROOT);
        if (BUILT_IN.contains(lower)) {
            return lower;
        }
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        CustomGoal goal = custom.get(lower);
        return goal == null ? null : goal.name();
    }

    /** Every name a spec may write: goals, aliases and custom goals. */
    public List<String> acceptedNames() {
        List<String> names = new ArrayList<>(BUILT_IN);
        names.addAll(ALIASES.keySet().stream().sorted().toList());
        custom.values().forEach(goal -> names.add(goal.name()));
        return names;
    }

    /** Built-in and custom goal names. */
    public List<String> goals() {
        List<String> names = new ArrayList<>(BUILT_IN);
        custom.values().forEach(goal -> names.add(goal.name()));
        return names;
    }

    public List<CustomGoal> customGoals() {
        return List.copyOf(custom.values());
    }

    /** The ids among {@code ruleIds} that goal {@code goal} (canonical) applies, in the given order. */
    public List<String> rulesOf(String goal, List<String> ruleIds) {
        return ruleIds.stream().filter(id -> includes(goal, id)).toList();
    }

    /**
     * Whether goal {@code goal} (canonical) applies the rule {@code ruleId}: every goal applies the rules whose id
     * starts with its name; a custom goal also applies the rules it lists and those of the goals it extends.
     */
    public boolean includes(String goal, String ruleId) {
        return includes(goal, ruleId, new HashSet<>());
    }

    private boolean includes(String goal, String ruleId, Set<String> visiting) {
        if (BUILT_IN.contains(goal)) {
            return ruleId.length() > goal.length() && ruleId.charAt(goal.length()) == '/' && ruleId.startsWith(goal);
        }
        CustomGoal composed = custom.get(goal.toLowerCase(Locale.ROOT));
        if (composed == null || !visiting.add(composed.name())) {
            return false;
        }
        // Like a built-in goal, a custom goal owns the rules named after it (a rule jar's acme/… rules).
        if (ruleId.startsWith(composed.name() + "/") || composed.rules().contains(ruleId)) {
            return true;
        }
        for (String parent : composed.extendsGoals()) {
            String canonical = canonical(parent);
            if (canonical != null && includes(canonical, ruleId, visiting)) {
                return true;
            }
        }
        return false;
    }

    /** Expands {@code all} and aliases in a list of default goals; unknown names are returned as they are. */
    public Set<String> expand(List<String> goals) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String goal : goals) {
            if (goal.equalsIgnoreCase(ALL)) {
                expanded.addAll(BUILT_IN);
            } else {
                String canonical = canonical(goal);
                expanded.add(canonical != null ? canonical : goal);
            }
        }
        return expanded;
    }
}
