package dev.goalpost.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.load.DataFile;
import dev.goalpost.load.Position;
import dev.goalpost.load.SourceFile;
import dev.goalpost.model.TreeNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a team accepts as they are, so that a run fails only on new ones: {@code goalpost-baseline.json}.
 *
 * <p>Each entry is a {@link FindingKey}: the file (relative to the baseline file's folder, so the baseline works
 * whichever folder a build starts in), the rule, the JSON pointer and the fingerprint of the offending node's own
 * content. Lines are not part of it, so entries survive edits that move them; a node whose own content changed
 * is new again. The file is sorted, one entry per line, with no dates or versions that change run to run, so it
 * diffs well in review.
 *
 * <pre>
 * {
 *   "tool" : "goalpost",
 *   "format" : 1,
 *   "findings" : [
 *     { "file" : "api/openapi.yaml", "rule" : "reach/list-paginated", "pointer" : "/paths/~1orders/get", "fingerprint" : "3f2a9c1b7d4e" }
 *   ]
 * }
 * </pre>
 */
public final class Baseline {

    public static final String FILE_NAME = "goalpost-baseline.json";
    /** Bumped when the shape changes; a file of another format is refused, never misread. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ENTRY_KEYS = List.of("file", "rule", "pointer", "fingerprint");

    private final List<FindingKey> entries;

    private Baseline(List<FindingKey> entries) {
        this.entries = entries.stream().sorted().toList();
    }

    /** Entries, sorted, their files relative to the baseline file's folder. */
    public List<FindingKey> entries() {
        return entries;
    }

    /**
     * Every reported (unsuppressed) finding of a run, to be written to {@code baselineFile}.
     *
     * @param baseDirectory the folder the report's file names are relative to
     */
    public static Baseline of(LintReport report, Path baseDirectory, Path baselineFile) {
        Names names = new Names(baseDirectory, baselineFile);
        List<FindingKey> entries = new ArrayList<>();
        for (SpecReport spec : report.specs()) {
            for (Finding finding : spec.findings()) {
                if (finding.isReported()) {
                    entries.add(names.toBaseline(FindingKey.of(finding)));
                }
            }
        }
        return new Baseline(entries);
    }

    /** This baseline without some of its entries (each removed once). */
    public Baseline without(List<FindingKey> removed) {
        List<FindingKey> kept = new ArrayList<>(entries);
        removed.forEach(kept::remove);
        return new Baseline(kept);
    }

    /**
     * The report with each finding marked {@code new} or {@code unchanged} and the entries that no finding matched
     * listed as fixed. An entry matches one finding with the same file, rule, pointer and fingerprint; entries for
     * files that no spec of this run read are neither matched nor fixed (the run did not look at them).
     *
     * @param displayName how reports name the baseline file
     */
    public LintReport compare(LintReport report, Path baseDirectory, Path baselineFile, String displayName) {
        Names names = new Names(baseDirectory, baselineFile);
        Map<FindingKey, Integer> remaining = new HashMap<>();
        entries.forEach(entry -> remaining.merge(entry, 1, Integer::sum));
        Set<String> read = new HashSet<>();
        List<SpecReport> specs = new ArrayList<>();
        for (SpecReport spec : report.specs()) {
            spec.sources().forEach(source -> read.add(names.toBaseline(source.file())));
            List<Finding> marked = new ArrayList<>();
            for (Finding finding : spec.findings()) {
                if (!finding.isReported()) {
                    marked.add(finding);
                    continue;
                }
                FindingKey key = names.toBaseline(FindingKey.of(finding));
                boolean known = remaining.getOrDefault(key, 0) > 0;
                if (known) {
                    remaining.merge(key, -1, Integer::sum);
                }
                marked.add(finding.withBaseline(known ? Finding.BaselineState.UNCHANGED : Finding.BaselineState.NEW));
            }
            specs.add(spec.withFindings(marked));
        }
        List<FindingKey> fixed = new ArrayList<>();
        for (FindingKey entry : entries) {
            if (read.contains(entry.file()) && remaining.getOrDefault(entry, 0) > 0) {
                remaining.merge(entry, -1, Integer::sum);
                fixed.add(names.toReport(entry));
            }
        }
        return report.withBaseline(specs, new LintReport.BaselineComparison(displayName,
                fixed.stream().sorted().toList()));
    }

    /** The entries of a comparison's fixed list as this baseline holds them (for pruning). */
    public static List<FindingKey> asEntries(List<FindingKey> fixed, Path baseDirectory, Path baselineFile) {
        Names names = new Names(baseDirectory, baselineFile);
        return fixed.stream().map(names::toBaseline).toList();
    }

    // ---- the file ---------------------------------------------------------------------------------------

    /**
     * Reads a baseline file.
     *
     * @param displayName how messages name it
     * @throws BaselineFileException when it does not exist or is not a baseline, naming the file, line and column
     */
    public static Baseline read(Path file, String displayName) {
        SourceFile source;
        try {
            source = DataFile.read(file);
        } catch (NoSuchFileException e) {
            throw new BaselineFileException("the baseline " + displayName + " does not exist; write it with "
                    + "`goalpost baseline` (or mvn goalpost:baseline), or leave the baseline option out");
        } catch (IOException e) {
            throw new BaselineFileException("the baseline " + displayName + " cannot be read: " + e.getMessage());
        } catch (DataFile.UnreadableException e) {
            throw corrupt(displayName, e.position(), e.getMessage());
        }
        TreeNode root = TreeNode.root(DataFile.workspace(source), source);
        if (!root.isObject() || !root.has("findings")) {
            throw corrupt(displayName, root.valuePosition(), "this is not a Goalpost baseline (it has no `findings`)");
        }
        TreeNode format = root.get("format");
        if (format == null || !format.value().isInt() || format.value().intValue() != FORMAT) {
            throw corrupt(displayName, format == null ? root.valuePosition() : format.valuePosition(),
                    "the baseline has format " + (format == null ? "(none)" : format.value().asText())
                            + "; this Goalpost reads format " + FORMAT);
        }
        TreeNode findings = root.get("findings");
        if (!findings.isArray()) {
            throw corrupt(displayName, findings.valuePosition(), "`findings` must be a list of entries");
        }
        List<FindingKey> entries = new ArrayList<>();
        for (TreeNode entry : findings.elements()) {
            if (!entry.isObject()) {
                throw corrupt(displayName, entry.valuePosition(), "an entry must be an object with "
                        + String.join(", ", ENTRY_KEYS));
            }
            List<String> values = new ArrayList<>();
            for (String key : ENTRY_KEYS) {
                String value = entry.text(key);
                if (value == null) {
                    throw corrupt(displayName, entry.valuePosition(), "the entry has no `" + key + "` text; each "
                            + "entry has " + String.join(", ", ENTRY_KEYS));
                }
                values.add(value);
            }
            for (String key : entry.keys()) {
                if (!ENTRY_KEYS.contains(key)) {
                    throw corrupt(displayName, entry.get(key).position(), "unknown key `" + key + "` in an entry; "
                            + "each entry has " + String.join(", ", ENTRY_KEYS));
                }
            }
            entries.add(new FindingKey(values.get(0), values.get(1), values.get(2), values.get(3)));
        }
        return new Baseline(entries);
    }

    private static BaselineFileException corrupt(String displayName, Position position, String message) {
        Position at = position == null ? Position.START : position;
        return new BaselineFileException(displayName + ":" + at + ": " + message
                + " (write the baseline again with `goalpost baseline`)");
    }

    /** Writes the baseline: sorted, one entry per line, {@code \n} line ends, nothing that changes run to run. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("{\n  \"tool\" : \"goalpost\",\n  \"format\" : ").append(FORMAT).append(",\n  \"findings\" : [");
        for (int i = 0; i < entries.size(); i++) {
            FindingKey entry = entries.get(i);
            text.append(i == 0 ? "\n" : ",\n").append("    { \"file\" : ").append(quoted(entry.file()))
                    .append(", \"rule\" : ").append(quoted(entry.rule()))
                    .append(", \"pointer\" : ").append(quoted(entry.pointer()))
                    .append(", \"fingerprint\" : ").append(quoted(entry.fingerprint())).append(" }");
        }
        text.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        // Whole or not at all: a full disk leaves the old baseline as it was.
        dev.goalpost.output.AtomicFile.writeString(file, text);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Converts file names between a report (relative to the run's base directory) and the baseline (relative to
     * its own folder). Remote content keeps its URL.
     */
    private static final class Names {
        private final Path baseDirectory;
        private final Path baselineDirectory;

        Names(Path baseDirectory, Path baselineFile) {
            this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
            Path parent = baselineFile.toAbsolutePath().normalize().getParent();
            this.baselineDirectory = parent == null ? this.baseDirectory : parent;
        }

        String toBaseline(String reportName) {
            return convert(reportName, baseDirectory, baselineDirectory);
        }

        FindingKey toBaseline(FindingKey key) {
            return new FindingKey(toBaseline(key.file()), key.rule(), key.pointer(), key.fingerprint());
        }

        FindingKey toReport(FindingKey entry) {
            return new FindingKey(convert(entry.file(), baselineDirectory, baseDirectory), entry.rule(),
                    entry.pointer(), entry.fingerprint());
        }

        private static String convert(String name, Path from, Path to) {
            if (name.startsWith("http://") || name.startsWith("https://") || from.equals(to)) {
                return name;
            }
            try {
                return to.relativize(from.resolve(name).normalize()).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
    }
}
