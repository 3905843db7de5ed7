package dev.goalpost.engine;

import java.util.Comparator;

/**
 * What identifies a finding across runs, whatever line it moved to: its file, rule, JSON pointer and the
 * fingerprint of the node at that pointer. Baselines are lists of these.
 */
public record FindingKey(String file, String rule, String pointer, String fingerprint)
        implements Comparable<FindingKey> {

    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::file)
            .thenComparing(FindingKey::rule)
            .thenComparing(FindingKey::pointer)
            .thenComparing(FindingKey::fingerprint);

    public static FindingKey of(Finding finding) {
        return new FindingKey(finding.file(), finding.rule(), finding.pointer(),
                finding.fingerprint() == null ? "" : finding.fingerprint());
    }

    @Override
    public int compareTo(FindingKey other) {
        return ORDER.compare(this, other);
    }
}
