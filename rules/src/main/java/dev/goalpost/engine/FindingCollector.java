package dev.goalpost.engine;

import dev.goalpost.load.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers one spec's findings, naming files relative to the base directory and dropping exact repeats. */
final class FindingCollector {

    private final Path baseDirectory;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Finding> seen = new HashSet<>();
    private final Map<String, String> relativeNames = new HashMap<>();

    FindingCollector(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    void add(RuleDescriptor rule, Severity severity, String file, Position position, String pointer, String message) {
        Position at = position == null ? Position.START : position;
        Finding finding = new Finding(rule.id(), rule.findingGoal(), severity, message, relative(file),
                at.line(), at.column(), pointer == null ? "" : pointer);
        if (seen.add(finding)) {
            findings.add(finding);
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
