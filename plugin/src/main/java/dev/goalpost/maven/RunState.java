package dev.goalpost.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a successful run read and how it was configured: the tool, a key over the configuration, and a content
 * hash of every file each spec read (root documents and every file reached through {@code $ref}). When none of
 * these changed, linting again would give the same result, so a build can skip it.
 *
 * <p>Suppressions that expire make the result depend on the date too: the state then holds the earliest
 * {@code until} among the entries in force, and is not up to date after that day.
 *
 * @param tool the tool's identity (version, and anything else that changes its behaviour)
 * @param configuration a {@link Key} over everything configured, the list of root documents included
 * @param files content hash by absolute path
 * @param validUntil the last day the result holds (an inline suppression lapses after it), or null
 */
public record RunState(String tool, String configuration, Map<String, String> files, LocalDate validUntil) {

    /** Bumped when the file's shape changes, so an old file is simply not trusted. */
    static final int FORMAT = 2;
    static final String MISSING = "missing";
    /** What a path that is not a regular file hashes to; never equal to a content hash. */
    static final String NOT_A_FILE = "not-a-regular-file";
    /** The largest state file read; it lists one hash per file of the build's specs. */
    static final long MAX_STATE_BYTES = 16L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunState {
        files = Map.copyOf(files);
    }

    /**
     * The state after a run, or null when a later run could not be trusted to see every change: content came from
     * a remote URL, or a {@code $ref} pointed at a file that did not exist (it may exist next time).
     */
    public static RunState of(String tool, String configuration, LintReport report) throws IOException {
        Map<String, String> files = new TreeMap<>();
        LocalDate validUntil = null;
        for (SpecReport spec : report.specs()) {
            for (SpecReport.Source source : spec.sources()) {
                if (source.path() == null) {
                    return null;
                }
                Path path = source.path().toAbsolutePath().normalize();
                files.put(path.toString(), hash(path));
            }
            for (Finding finding : spec.findings()) {
                if (finding.rule().equals("core/ref-unresolved")) {
                    return null;
                }
                LocalDate until = finding.suppression() == null ? null : finding.suppression().until();
                if (until != null && (validUntil == null || until.isBefore(validUntil))) {
                    validUntil = until;
                }
            }
        }
        return new RunState(tool, configuration, files, validUntil);
    }

    /** Whether the same tool and configuration would read exactly the same file contents again, today. */
    public boolean upToDate(String currentTool, String currentConfiguration) {
        return upToDate(currentTool, currentConfiguration, LocalDate.now());
    }

    /** Whether the same tool and configuration would read exactly the same file contents again on {@code today}. */
    public boolean upToDate(String currentTool, String currentConfiguration, LocalDate today) {
        if (!tool.equals(currentTool) || !configuration.equals(currentConfiguration)) {
            return false;
        }
        if (validUntil != null && today.isAfter(validUntil)) {
            return false;
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            try {
                if (!hash(Path.of(file.getKey())).equals(file.getValue())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The state stored in {@code file}, or null when there is none or it cannot be read. */
    public static RunState read(Path file) {
        try {
            // The state file is data anyone with write access to target/ controls: a regular file, bounded.
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_STATE_BYTES) {
                return null;
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("format").asInt() != FORMAT) {
                return null;
            }
            Map<String, String> files = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = root.path("files").properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                files.put(entry.getKey(), entry.getValue().asText());
            }
            JsonNode until = root.get("validUntil");
            return new RunState(root.path("tool").asText(), root.path("configuration").asText(), files,
                    until == null || until.isNull() ? null : LocalDate.parse(until.asText()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("tool", tool);
        root.put("configuration", configuration);
        if (validUntil != null) {
            root.put("validUntil", validUntil.toString());
        }
        ObjectNode hashes = root.putObject("files");
        new TreeMap<>(files).forEach(hashes::put);
        dev.goalpost.output.AtomicFile.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    /** The SHA-256 of a file's content, or {@code missing}. */
    static String hash(Path path) throws IOException {
        MessageDigest digest = sha256();
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A state file naming /dev/zero or a FIFO must not make the build read forever.
            return NOT_A_FILE;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key over named configuration values and files (a configuration file's content, say): equal keys mean
     * equal configuration. Order matters; add values in a fixed order.
     */
    public static final class Key {
        private final MessageDigest digest = sha256();

        public Key add(String name, Object value) {
            update(name);
            update(String.valueOf(value));
            return this;
        }

        /** Adds a file's content (or that it is missing). */
        public Key addFile(String name, Path file) throws IOException {
            return add(name, hash(file));
        }

        private void update(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }

        public String value() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
