package dev.goalpost.engine;

import dev.goalpost.api.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The outcome of one run: a report per spec, in the order the specs were given, the rules that were configured
 * (so reports can describe every rule, not only those that found something), and, when the run was compared with
 * a baseline, what of it no longer occurs.
 *
 * <p>Counts by severity are of reported findings: suppressed ones are carried (with their justification) and
 * counted apart. A run fails on findings that {@linkplain Finding#gates() gate}: reported and not in the baseline.
 */
public record LintReport(String toolVersion, List<SpecReport> specs, List<RuleDescriptor> rules,
        BaselineComparison baseline) {

    /**
     * How a run compared with a baseline file.
     *
     * @param file the baseline file, as messages name it
     * @param fixed entries of the baseline that no run finding matched any more, sorted; their {@code file} is
     *     named like a finding's (relative to the run's base directory)
     */
    public record BaselineComparison(String file, List<FindingKey> fixed) {
        public BaselineComparison {
            fixed = List.copyOf(fixed);
        }
    }

    public LintReport {
        specs = List.copyOf(specs);
        rules = List.copyOf(rules);
    }

    public LintReport(String toolVersion, List<SpecReport> specs, List<RuleDescriptor> rules) {
        this(toolVersion, specs, rules, null);
    }

    public LintReport withBaseline(List<SpecReport> comparedSpecs, BaselineComparison comparison) {
        return new LintReport(toolVersion, comparedSpecs, rules, comparison);
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

    /** Reported (unsuppressed) findings per severity across all specs (every severity present, zero when none). */
    public Map<Severity, Long> summary() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        for (SpecReport spec : specs) {
            for (Finding finding : spec.findings()) {
                if (finding.isReported()) {
                    counts.merge(finding.severity(), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** Reported (unsuppressed) findings of a severity. */
    public long count(Severity severity) {
        return summary().get(severity);
    }

    /** Findings of a severity that can fail the run: reported and not in the baseline. */
    public long gatingCount(Severity severity) {
        return specs.stream().flatMap(spec -> spec.findings().stream())
                .filter(f -> f.severity() == severity && f.gates()).count();
    }

    /** Findings silenced by {@code x-goalpost-ignore}. */
    public long suppressedCount() {
        return specs.stream().flatMap(spec -> spec.findings().stream()).filter(Finding::isSuppressed).count();
    }

    /** Reported findings that the baseline accepts (state {@code unchanged}). */
    public long unchangedCount() {
        return specs.stream().flatMap(spec -> spec.findings().stream())
                .filter(f -> f.isReported() && f.baseline() == Finding.BaselineState.UNCHANGED).count();
    }

    /** Whether any finding that gates (reported, not in the baseline) is at or above the threshold. */
    public boolean fails(FailOn failOn) {
        for (SpecReport spec : specs) {
            for (Finding finding : spec.findings()) {
                if (finding.gates() && failOn.fails(finding.severity())) {
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
