package dev.goalpost.engine;

import java.util.Comparator;

/**
 * One problem found in a spec.
 *
 * @param goal the rule's goal, or null for core rules
 * @param file where the offending content is written, relative to the run's base directory, with {@code /}
 * @param line 1-based
 * @param column 1-based, in UTF-16 code units
 * @param pointer RFC 6901 pointer to the offending node in {@code file}
 */
public record Finding(String rule, String goal, Severity severity, String message, String file, int line, int column,
        String pointer) {

    /** Report order: file, line, column, rule, then message, so that reports are byte-identical run to run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message)
            .thenComparing(Finding::pointer);
}
