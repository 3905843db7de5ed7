package dev.goalpost.engine;

import dev.goalpost.api.Severity;
import java.util.Locale;

/** The least serious finding that fails a run. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info|never}; null for anything else. */
    public static FailOn parse(String text) {
        for (FailOn value : values()) {
            if (value.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        return null;
    }
}
