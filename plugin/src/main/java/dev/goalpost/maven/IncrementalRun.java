package dev.goalpost.maven;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.ToolInfo;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import dev.goalpost.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Whether a lint can be skipped because nothing it reads changed since the last successful run ({@link RunState}
 * in {@code goalpost-state.json}), and the summary line that run printed ({@code goalpost-summary.txt}), which a
 * skipped run repeats so outstanding warnings stay visible.
 */
final class IncrementalRun {

    /** What a successful run read, for skipping the next one when nothing changed. */
    static final String STATE_FILE = "goalpost-state.json";
    /** The summary line of the last successful run. */
    static final String SUMMARY_FILE = "goalpost-summary.txt";
    /** A summary line is one line; a longer file is not one this plugin wrote. */
    private static final int MAX_SUMMARY_BYTES = 8192;

    private final Path stateFile;
    private final Path summaryFile;
    private final String tool;
    private final String configuration;

    private IncrementalRun(Path output, String tool, String configuration) {
        this.stateFile = output.resolve(STATE_FILE);
        this.summaryFile = output.resolve(SUMMARY_FILE);
        this.tool = tool;
        this.configuration = configuration;
    }

    /**
     * @param parameters the goal's parameters that change what is linted or written, by name
     */
    static IncrementalRun of(Path output, String pluginVersion, Map<String, Object> parameters,
            SpecDiscovery.Found found, ProjectSetup setup) throws MojoExecutionException {
        RunState.Key key = new RunState.Key()
                .add("named", found.named().stream().map(path -> path.toAbsolutePath().normalize()).toList())
                .add("discovered", found.discovered().stream().map(path -> path.toAbsolutePath().normalize()).toList());
        parameters.forEach(key::add);
        try {
            key.add("config", setup.configDescription());
            if (setup.configFile() != null) {
                key.addFile("configContent", setup.configFile());
            } else if (setup.configDescription() != null) {
                key.add("configContent", resourceHash(setup.configDescription()));
            }
            key.add("baseline", setup.baselineFile());
            if (setup.baselineFile() != null) {
                key.addFile("baselineContent", setup.baselineFile());
            }
            for (Path jar : setup.ruleJars()) {
                key.add("ruleJar", jar).addFile("ruleJarContent", jar);
            }
            for (Path ruleset : setup.rulesetFiles()) {
                key.add("spectralRuleset", ruleset).addFile("spectralRulesetContent", ruleset);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost cannot read " + e.getMessage(), e);
        }
        return new IncrementalRun(output, toolKey(pluginVersion), key.value());
    }

    /** The lint goal's parameters that change what is linted or written, by name, in a fixed order. */
    static Map<String, Object> parameters(Path reportBase, FailOn threshold, int maxWarnings,
            List<String> defaultGoals, List<String> allowRemoteRefs, List<ReportFormat> formats, Path output,
            String docsUrl) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("reportBase", reportBase);
        parameters.put("failOn", threshold.label());
        parameters.put("docsUrl", docsUrl);
        parameters.put("maxWarnings", maxWarnings);
        parameters.put("defaultGoals", defaultGoals);
        parameters.put("allowRemoteRefs", allowRemoteRefs);
        parameters.put("formats", formats);
        parameters.put("outputDirectory", output);
        return parameters;
    }

    /** Whether the last successful run read what this one would, and its reports are all still there. */
    boolean upToDate(List<Path> reportFiles, LocalDate today) {
        RunState state = RunState.read(stateFile);
        return state != null && reportFiles.stream().allMatch(Files::isRegularFile)
                && state.upToDate(tool, configuration, today);
    }

    /** The last successful run's summary line, or null when there is none. */
    String lastSummary() {
        try {
            if (!Files.isRegularFile(summaryFile) || Files.size(summaryFile) > MAX_SUMMARY_BYTES) {
                return null;
            }
            String line = Files.readString(summaryFile, StandardCharsets.UTF_8).strip();
            return line.isEmpty() || line.contains("\n") ? null : line;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Forgets the last run before this one writes anything, so a failed run is never skipped next time. */
    void forget() throws IOException {
        Files.deleteIfExists(stateFile);
        Files.deleteIfExists(summaryFile);
    }

    /** Records a successful run; an incremental build that cannot record it simply lints again next time. */
    void remember(LintReport report, String summary) throws IOException {
        RunState state = RunState.of(tool, configuration, report);
        if (state == null) {
            return;
        }
        Path temporary = Files.createTempFile(summaryFile.getParent(), SUMMARY_FILE, ".tmp");
        try {
            Files.writeString(temporary, summary + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, summaryFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        state.write(stateFile);
    }

    /**
     * The plugin's identity: its version and the engine's, plus, for snapshots, the size and time of the jars
     * the code came from, so a rebuilt snapshot is not mistaken for the one that ran before.
     */
    private static String toolKey(String pluginVersion) {
        String version = pluginVersion == null ? "unknown" : pluginVersion;
        StringBuilder key = new StringBuilder(version).append('/').append(ToolInfo.version());
        if (pluginVersion == null || version.endsWith("-SNAPSHOT")) {
            for (Class<?> type : List.of(IncrementalRun.class, Linter.class)) {
                try {
                    File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                    key.append('/').append(jar.length()).append('@').append(jar.lastModified());
                } catch (Exception e) {
                    key.append("/?");
                }
            }
        }
        return key.toString();
    }

    /** A hash of a shared configuration resource's content, so a new version of its jar is noticed. */
    private static String resourceHash(String url) throws IOException {
        try (InputStream in = new java.net.URL(url).openStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readNBytes(16 * 1024 * 1024));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
