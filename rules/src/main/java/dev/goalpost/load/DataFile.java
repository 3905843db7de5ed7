package dev.goalpost.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a standalone YAML or JSON file that is not a spec (Goalpost's configuration file, a baseline) with the
 * same positioned reader specs get, so that every problem found in it can name its line and column. No
 * {@code $ref} is followed.
 */
public final class DataFile {

    /** Configuration and baselines are small; this bounds what a mistaken path can make Goalpost read. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private DataFile() {}

    /** The file cannot be read as YAML or JSON; {@link #position()} is where, when the reader knows. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;
        private final boolean empty;

        UnreadableException(String message, Position position) {
            this(message, position, false);
        }

        UnreadableException(String message, Position position, boolean empty) {
            super(message);
            this.position = position;
            this.empty = empty;
        }

        /** Whether the file holds nothing but white space, comments or null. */
        public boolean empty() {
            return empty;
        }

        /** Where the problem is, or null when the reader cannot tell. */
        public Position position() {
            return position;
        }
    }

    /**
     * Reads {@code file} (JSON when its name ends in {@code .json}, else YAML, which includes JSON).
     *
     * @throws java.nio.file.NoSuchFileException when it does not exist
     * @throws IOException when it cannot be read
     * @throws UnreadableException when its content is not UTF-8 YAML or JSON holding one value
     */
    public static SourceFile read(Path file) throws IOException, UnreadableException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // Reading a device or a named pipe may never end (/dev/zero) or never start (a FIFO).
            throw new UnreadableException("the file is not a regular file (a pipe, socket or device)", Position.START);
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new UnreadableException("the file is " + size + " bytes, larger than the " + MAX_BYTES
                    + "-byte limit", Position.START);
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // Bounded even if the file grows while it is read.
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableException("the file is larger than the " + MAX_BYTES + "-byte limit", Position.START);
        }
        Path absolute = file.toAbsolutePath().normalize();
        return parse(bytes, absolute.toUri(), absolute);
    }

    /**
     * Reads data that is not a file of its own, such as a resource inside a jar (JSON when the URI's path ends in
     * {@code .json}, else YAML); at most {@value #MAX_BYTES} bytes are read.
     *
     * @throws IOException when it cannot be read
     * @throws UnreadableException when its content is too large or not UTF-8 YAML or JSON holding one value
     */
    public static SourceFile read(java.net.URL resource) throws IOException, UnreadableException {
        byte[] bytes;
        try (java.io.InputStream in = resource.openStream()) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableException("the content is larger than the " + MAX_BYTES + "-byte limit",
                    Position.START);
        }
        java.net.URI uri;
        try {
            uri = resource.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("not a usable address: " + resource, e);
        }
        return parse(bytes, uri, null);
    }

    private static SourceFile parse(byte[] bytes, java.net.URI uri, Path absolute) throws UnreadableException {
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.MalformedTextException e) {
            throw new UnreadableException(e.getMessage(), e.position);
        }
        if (text.isBlank()) {
            throw new UnreadableException("the file is empty", Position.START, true);
        }
        boolean json = String.valueOf(uri.getSchemeSpecificPart()).toLowerCase(Locale.ROOT).endsWith(".json");
        TreeReader.Result result = new TreeReader((int) MAX_BYTES).read(text, json);
        if (!result.problems().isEmpty()) {
            TreeReader.Problem problem = result.problems().get(0);
            throw new UnreadableException(problem.message(),
                    problem.position() < 0 ? null : Position.unpack(problem.position()));
        }
        if (result.root() == null || result.root().isNull()) {
            throw new UnreadableException("the file holds no content (only comments or null)", Position.START, true);
        }
        return new SourceFile(uri, absolute, result.root(), Position.unpack(result.rootPosition()),
                List.of(), List.of());
    }

    /** A workspace of one file read with {@link #read}, so its content can be navigated as {@code TreeNode}s. */
    public static Workspace workspace(SourceFile file) {
        return new Workspace(file, Map.of(ReferenceText.key(file.uri()), file), List.of());
    }
}
