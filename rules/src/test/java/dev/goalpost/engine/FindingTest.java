package dev.goalpost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding's hand-written equals and hashCode keep a record's meaning: equal exactly when every component is. */
class FindingTest {

    private static final Finding.Suppression SUPPRESSION =
            new Finding.Suppression("reach/*", "legacy", LocalDate.of(2027, 1, 1), "api.yaml", 3, 5);
    private static final Finding BASE = new Finding("reach/version-declared", "reach", Severity.WARNING, "m",
            "api.yaml", 4, 7, "/info", "abc123", SUPPRESSION, Finding.BaselineState.NEW);

    @Test
    void equalComponentsAreEqualWithTheSameHash() {
        Finding same = new Finding("reach/version-declared", "reach", Severity.WARNING, "m", "api.yaml", 4, 7,
                "/info", "abc123", new Finding.Suppression("reach/*", "legacy", LocalDate.of(2027, 1, 1),
                        "api.yaml", 3, 5), Finding.BaselineState.NEW);
        assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    }

    @Test
    void anyDifferentComponentMakesADifferentFinding() {
        List<Finding> variants = List.of(
                new Finding("x", "reach", Severity.WARNING, "m", "api.yaml", 4, 7, "/info", "abc123", SUPPRESSION,
                        Finding.BaselineState.NEW),
                new Finding(BASE.rule(), null, Severity.WARNING, "m", "api.yaml", 4, 7, "/info", "abc123",
                        SUPPRESSION, Finding.BaselineState.NEW),
                new Finding(BASE.rule(), "reach", Severity.ERROR, "m", "api.yaml", 4, 7, "/info", "abc123",
                        SUPPRESSION, Finding.BaselineState.NEW),
                BASE.withMessage("other"),
                new Finding(BASE.rule(), "reach", Severity.WARNING, "m", "b.yaml", 4, 7, "/info", "abc123",
                        SUPPRESSION, Finding.BaselineState.NEW),
                new Finding(BASE.rule(), "reach", Severity.WARNING, "m", "api.yaml", 5, 7, "/info", "abc123",
                        SUPPRESSION, Finding.BaselineState.NEW),
                new Finding(BASE.rule(), "reach", Severity.WARNING, "m", "api.yaml", 4, 8, "/info", "abc123",
                        SUPPRESSION, Finding.BaselineState.NEW),
                new Finding(BASE.rule(), "reach", Severity.WARNING, "m", "api.yaml", 4, 7, "/paths", "abc123",
                        SUPPRESSION, Finding.BaselineState.NEW),
                BASE.withFingerprint("def456"),
                new Finding(BASE.rule(), "reach", Severity.WARNING, "m", "api.yaml", 4, 7, "/info", "abc123", null,
                        Finding.BaselineState.NEW),
                new Finding(BASE.rule(), "reach", Severity.WARNING, "m", "api.yaml", 4, 7, "/info", "abc123",
                        SUPPRESSION, Finding.BaselineState.UNCHANGED));
        for (Finding variant : variants) {
            assertThat(variant).isNotEqualTo(BASE);
        }
        assertThat(BASE).isNotEqualTo(null).isNotEqualTo("a string");
    }

    @Test
    void reportOrderIsFileLineColumnRuleMessagePointer() {
        Finding first = new Finding("b/x", null, Severity.ERROR, "m", "a.yaml", 9, 9, "/z");
        List<Finding> ordered = List.of(first,
                new Finding("a/x", null, Severity.ERROR, "m", "b.yaml", 1, 1, "/a"),
                new Finding("a/x", null, Severity.ERROR, "m", "b.yaml", 2, 1, "/a"),
                new Finding("a/x", null, Severity.ERROR, "m", "b.yaml", 2, 3, "/a"),
                new Finding("b/x", null, Severity.ERROR, "a", "b.yaml", 2, 3, "/a"),
                new Finding("b/x", null, Severity.ERROR, "b", "b.yaml", 2, 3, "/a"),
                new Finding("b/x", null, Severity.ERROR, "b", "b.yaml", 2, 3, "/b"));
        List<Finding> shuffled = new java.util.ArrayList<>(ordered);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(Finding.ORDER);
        assertThat(shuffled).containsExactlyElementsOf(ordered);
        assertThat(Finding.ORDER.compare(first, first)).isZero();
    }
}
