package dev.goalpost.engine;

import dev.goalpost.api.Severity;
import dev.goalpost.load.Position;
import dev.goalpost.model.TreeNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Gathers one spec's findings, naming files relative to the base directory and dropping exact repeats. When the
 * spec has inline suppressions, it also remembers what the walk was checking each time a finding was reported
 * (its subjects: the document, path item, operation, … under check), which suppressions match against.
 */
final class FindingCollector {

    private final Path baseDirectory;
    private final boolean trackSubjects;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Finding> seen = new HashSet<>();
    private final Map<String, String> relativeNames = new HashMap<>();
    /** Per finding (by identity of the first report), the subjects of each time it was reported. */
    private final Map<Finding, List<List<TreeNode>>> occurrences = new IdentityHashMap<>();
    private final Map<Finding, Finding> firstReport = new HashMap<>();
    private List<TreeNode> subjects = List.of();

    FindingCollector(Path baseDirectory) {
        this(baseDirectory, false);
    }

    FindingCollector(Path baseDirectory, boolean trackSubjects) {
        this.baseDirectory = baseDirectory;
        this.trackSubjects = trackSubjects;
    }

    boolean tracksSubjects() {
        return trackSubjects;
    }

    /** What the walk checks from now on: outermost first (document, path item, operation, …); null for nothing. */
    void subjects(List<TreeNode> current) {
        subjects = current == null ? List.of() : current;
    }

    void add(RuleDescriptor rule, Severity severity, String file, Position position, String pointer, String message) {
        Position at = position == null ? Position.START : position;
        Finding finding = new Finding(rule.id(), rule.findingGoal(), severity, message, relative(file),
                at.line(), at.column(), pointer == null ? "" : pointer);
        if (seen.add(finding)) {
            findings.add(finding);
            if (trackSubjects) {
                firstReport.put(finding, finding);
            }
        }
        if (trackSubjects) {
            occurrences.computeIfAbsent(firstReport.get(finding), f -> new ArrayList<>()).add(subjects);
        }
    }

    /** A collector like this one, for a share of the rules run on another thread; see {@link #absorb}. */
    FindingCollector fork() {
        return new FindingCollector(baseDirectory, trackSubjects);
    }

    /** Takes over what a forked collector gathered, keeping this collector's first report of each finding. */
    void absorb(FindingCollector other) {
        for (Finding finding : other.findings) {
            if (seen.add(finding)) {
                findings.add(finding);
                if (trackSubjects) {
                    firstReport.put(finding, finding);
                }
            }
            if (trackSubjects) {
                occurrences.computeIfAbsent(firstReport.get(finding), f -> new ArrayList<>())
                        .addAll(other.occurrences(finding));
            }
        }
    }

    /** The subjects of each report of a finding as first collected (empty when not tracked). */
    List<List<TreeNode>> occurrences(Finding finding) {
        return occurrences.getOrDefault(finding, List.of());
    }

    /** The findings in the order they were reported. */
    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Replaces every finding by what {@code change} makes of it (kept in place, keyed as first reported). */
    void replaceAll(UnaryOperator<Finding> change) {
        for (int i = 0; i < findings.size(); i++) {
            findings.set(i, change.apply(findings.get(i)));
        }
    }

    List<Finding> sorted() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return List.copyOf(sorted);
    }

    /** A file's name for reports: relative to the base directory with {@code /}, or the URL of remote content. */
    String relative(String file) {
        return relativeNames.computeIfAbsent(file, f -> relativeName(baseDirectory, f));
    }

    static String relativeName(Path baseDirectory, String file) {
        if (file.startsWith("http://") || file.startsWith("https://")) {
            return file;
        }
        try {
            Path path = Path.of(file);
            if (path.isAbsolute() && baseDirectory != null) {
                path = baseDirectory.toAbsolutePath().normalize().relativize(path);
            }
            return path.toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file;
        }
    }
}
