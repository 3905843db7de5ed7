package dev.goalpost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small spec files for tests. */
public final class SpecFiles {

    /**
     * A spec whose only finding is {@code core/operation-id-unique} at 7:25 (the second {@code same}); it declares
     * {@code x-business-goal: []}, so no goal rule runs on it, whatever rules exist.
     */
    public static final String DUPLICATE_OPERATION_IDS = """
            openapi: 3.0.3
            x-business-goal: []
            info: {title: t, version: "1"}
            paths:
              /a:
                get: {operationId: same, responses: {'200': {description: ok}}}
                post: {operationId: same, responses: {'200': {description: ok}}}
            """;

    /**
     * The head of a spec with no goal and no operations, ending in {@code components.schemas:}; tests append
     * schemas indented by four spaces, starting on line 7.
     */
    public static final String SCHEMAS_HEADER = """
            openapi: 3.0.3
            x-business-goal: []
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
            """;

    private SpecFiles() {}

    public static Path write(Path folder, String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path folder, String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
