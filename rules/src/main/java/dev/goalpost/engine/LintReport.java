package dev.goalpost.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The outcome of one run: a report per spec, in the order the specs were given, and the rules that were
 * configured (so reports can describe every rule, not only those that found something).
 */
public record LintReport(String toolVersion, List<SpecReport> specs, List<RuleDescriptor> rules) {

    public LintReport {
        specs = List.copyOf(specs);
        rules = List.copyOf(rules);
    }

    /** The descriptor of a rule by id, or null. */
    public RuleDescriptor rule(String id) {
        for (RuleDescriptor rule : rules) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    /** Findings per severity across all specs (every severity present, zero when none). */
    public Map<Severity, Long> summary() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        for (SpecReport spec : specs) {
            for (Finding finding : spec.findings()) {
                counts.merge(finding.severity(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public long count(Severity severity) {
        return summary().get(severity);
    }

    /** Whether any finding is at or above the threshold. */
    public boolean fails(FailOn failOn) {
        for (SpecReport spec : specs) {
            for (Finding finding : spec.findings()) {
                if (failOn.fails(finding.severity())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every goal any spec carries, sorted. */
    public List<String> goals() {
        TreeSet<String> goals = new TreeSet<>();
        specs.forEach(spec -> goals.addAll(spec.goals()));
        return List.copyOf(goals);
    }
}
