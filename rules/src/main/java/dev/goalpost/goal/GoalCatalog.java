package dev.goalpost.goal;

import java.util.ArrayList;
import java.util.Collections;
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

    /** The most custom goals one configuration may define; {@link #includes} keeps a closure per goal. */
    public static final int MAX_CUSTOM_GOALS = 10_000;

    private final Map<String, CustomGoal> custom;
    /** Goal name (lower case) to its node: the built-in goals first, then the custom goals. */
    private final Map<String, Integer> nodes = new java.util.HashMap<>();
    /** For each node, the nodes it reaches through {@code extends}, itself included. */
    private final java.util.BitSet[] closure;
    /** For each rule a custom goal lists by id, the nodes of the goals that list it. */
    private final Map<String, java.util.BitSet> listers = new java.util.HashMap<>();

    private GoalCatalog(Map<String, CustomGoal> custom) {
        this.custom = custom;
        List<String> names = new ArrayList<>(BUILT_IN);
        custom.values().forEach(goal -> names.add(goal.name().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < names.size(); i++) {
            nodes.putIfAbsent(names.get(i), i);
        }
        int[][] edges = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            CustomGoal goal = i < BUILT_IN.size() ? null : custom.get(names.get(i));
            List<Integer> targets = new ArrayList<>();
            if (goal != null) {
                for (String parent : goal.extendsGoals()) {
                    String canonical = canonical(parent);
                    Integer target = canonical == null ? null : nodes.get(canonical.toLowerCase(Locale.ROOT));
                    if (target != null) {
                        targets.add(target);
                    }
                }
                for (String rule : goal.rules()) {
                    listers.computeIfAbsent(rule, r -> new java.util.BitSet()).set(i);
                }
            }
            edges[i] = targets.stream().mapToInt(Integer::intValue).toArray();
        }
        this.closure = closures(edges);
    }

    /**
     * What each node reaches, in time linear in the graph (times one bit set per strongly connected component):
     * Tarjan's algorithm, run with an explicit stack so that a 10,000-goal {@code extends} chain cannot overflow the
     * Java stack, emits components after every component they reach, so each closure is its members plus the
     * closures already computed for its successors. Goals that extend each other in a loop share one closure.
     */
    private static java.util.BitSet[] closures(int[][] edges) {
        int n = edges.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        int[] nextEdge = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        java.util.Arrays.fill(component, -1);
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> calls = new java.util.ArrayDeque<>();
        List<java.util.BitSet> components = new ArrayList<>();
        int counter = 0;
        for (int start = 0; start < n; start++) {
            if (index[start] >= 0) {
                continue;
            }
            index[start] = low[start] = counter++;
            stack.push(start);
            onStack[start] = true;
            calls.push(start);
            while (!calls.isEmpty()) {
                int v = calls.peek();
                if (nextEdge[v] < edges[v].length) {
                    int w = edges[v][nextEdge[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int caller = calls.peek();
                    low[caller] = Math.min(low[caller], low[v]);
                }
                if (low[v] != index[v]) {
                    continue;
                }
                int id = components.size();
                java.util.BitSet reach = new java.util.BitSet(n);
                List<Integer> members = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component[w] = id;
                    reach.set(w);
                    members.add(w);
                } while (w != v);
                for (int member : members) {
                    for (int target : edges[member]) {
                        if (component[target] != id) {
                            reach.or(components.get(component[target]));
                        }
                    }
                }
                components.add(reach);
            }
        }
        java.util.BitSet[] closure = new java.util.BitSet[n];
        for (int i = 0; i < n; i++) {
            closure[i] = components.get(component[i]);
        }
        return closure;
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
        if (BUILT_IN.contains(goal)) {
            return ruleId.length() > goal.length() && ruleId.charAt(goal.length()) == '/' && ruleId.startsWith(goal);
        }
        Integer node = custom.containsKey(goal.toLowerCase(Locale.ROOT)) ? nodes.get(goal.toLowerCase(Locale.ROOT))
                : null;
        if (node == null) {
            return false;
        }
        java.util.BitSet reach = closure[node];
        // Like a built-in goal, a custom goal owns the rules named after it (a rule jar's acme/… rules).
        int slash = ruleId.indexOf('/');
        Integer owner = slash > 0 ? nodes.get(ruleId.substring(0, slash)) : null;
        if (owner != null && reach.get(owner)) {
            return true;
        }
        java.util.BitSet listing = listers.get(ruleId);
        return listing != null && listing.intersects(reach);
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
