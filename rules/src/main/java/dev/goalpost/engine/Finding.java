package dev.goalpost.engine;

import dev.goalpost.api.Severity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a spec.
 *
 * @param goal the rule's goal, or null for core rules
 * @param file where the offending content is written, relative to the run's base directory, with {@code /}
 * @param line 1-based
 * @param column 1-based, in UTF-16 code units
 * @param pointer RFC 6901 pointer to the offending node in {@code file}
 * @param fingerprint a short hash of the offending node's own content (see {@code Fingerprints}), which baselines
 *     use to tell the same finding from a new one at the same pointer; null until the engine computes it
 * @param suppression the {@code x-goalpost-ignore} entry that silences this finding, or null when it is not
 *     suppressed; suppressed findings are reported but never counted as problems or fail a run
 * @param baseline whether this finding is in the baseline the run compared against; null when there was none
 */
public record Finding(String rule, String goal, Severity severity, String message, String file, int line, int column,
        String pointer, String fingerprint, Suppression suppression, BaselineState baseline) {

    /**
     * Report order: file, line, column, rule, then message, so that reports are byte-identical run to run. Written
     * out rather than chained from {@code Comparator.comparing}, whose lambdas are serializable ones that the
     * class-data archive cannot hold: each was generated at run time, a few milliseconds of every lint's start-up.
     */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int order = a.file.compareTo(b.file);
        if (order == 0) {
            order = Integer.compare(a.line, b.line);
        }
        if (order == 0) {
            order = Integer.compare(a.column, b.column);
        }
        if (order == 0) {
            order = a.rule.compareTo(b.rule);
        }
        if (order == 0) {
            order = a.message.compareTo(b.message);
        }
        return order != 0 ? order : a.pointer.compareTo(b.pointer);
    };

    /** A finding as a rule reports it: not yet fingerprinted, suppressed or compared with a baseline. */
    public Finding(String rule, String goal, Severity severity, String message, String file, int line, int column,
            String pointer) {
        this(rule, goal, severity, message, file, line, column, pointer, null, null, null);
    }

    /**
     * An inline suppression that silences a finding.
     *
     * @param rule the entry's key: a rule id or {@code <goal>/*}
     * @param reason why the finding is accepted, as written
     * @param until the last day the suppression holds, or null for no end
     * @param file where the entry is written (relative like a finding's file), with its line and column
     */
    public record Suppression(String rule, String reason, LocalDate until, String file, int line, int column) {}

    /** How a finding compares with the baseline a run was given. */
    public enum BaselineState {
        /** Not in the baseline: a new problem, which fails the run as any finding would. */
        NEW,
        /** In the baseline: reported, but accepted as existing; it does not fail the run. */
        UNCHANGED;

        /** {@code new} or {@code unchanged}, as SARIF's {@code baselineState} names them. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /*
     * equals and hashCode are written out: a record's generated ones are linked through invokedynamic at their first
     * call, which spins some thirty method-handle classes, a tenth of a small spec's whole lint (FindingCollector
     * hashes every finding).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && line == that.line && column == that.column
                && Objects.equals(rule, that.rule) && Objects.equals(goal, that.goal) && severity == that.severity
                && Objects.equals(message, that.message) && Objects.equals(file, that.file)
                && Objects.equals(pointer, that.pointer) && Objects.equals(fingerprint, that.fingerprint)
                && Objects.equals(suppression, that.suppression) && baseline == that.baseline;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(rule);
        hash = 31 * hash + Objects.hashCode(message);
        hash = 31 * hash + Objects.hashCode(file);
        hash = 31 * hash + line;
        hash = 31 * hash + column;
        return 31 * hash + Objects.hashCode(pointer);
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    /** Whether this finding counts as a problem of its severity: it is not suppressed. */
    public boolean isReported() {
        return suppression == null;
    }

    /** Whether this finding can fail a run: reported, and not accepted by a baseline. */
    public boolean gates() {
        return suppression == null && baseline != BaselineState.UNCHANGED;
    }

    public Finding withMessage(String text) {
        return new Finding(rule, goal, severity, text, file, line, column, pointer, fingerprint, suppression, baseline);
    }

    public Finding withFingerprint(String hash) {
        return new Finding(rule, goal, severity, message, file, line, column, pointer, hash, suppression, baseline);
    }

    public Finding withSuppression(Suppression by) {
        return new Finding(rule, goal, severity, message, file, line, column, pointer, fingerprint, by, baseline);
    }

    public Finding withBaseline(BaselineState state) {
        return new Finding(rule, goal, severity, message, file, line, column, pointer, fingerprint, suppression, state);
    }
}
