package dev.goalpost.api;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in reports and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info} (any case); null for anything else. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(text.strip())) {
                return severity;
            }
        }
        return null;
    }
}
