package dev.goalpost.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Finds the root documents to lint among files and folders: a file named directly is linted as it is; a folder
 * is searched for JSON and YAML files whose top level has {@code openapi} or {@code swagger}.
 */
public final class SpecDiscovery {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonFactory YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        YAML = YAMLFactory.builder().loaderOptions(options).build();
    }

    /** A path that names nothing to lint; the message says what was wrong. */
    public static final class NothingToLintException extends Exception {
        private static final long serialVersionUID = 1L;

        public NothingToLintException(String message) {
            super(message);
        }
    }

    /**
     * What was found.
     *
     * @param named files given directly, linted whatever they hold
     * @param discovered root documents found in folders
     */
    public record Found(List<Path> named, List<Path> discovered) {
        public List<Path> all() {
            Set<Path> all = new LinkedHashSet<>(named);
            all.addAll(discovered);
            return List.copyOf(all);
        }
    }

    private SpecDiscovery() {}

    public static Found find(List<Path> paths) throws NothingToLintException {
        List<Path> named = new ArrayList<>();
        List<Path> discovered = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                named.add(path);
            } else if (Files.isDirectory(path)) {
                List<Path> roots = search(path);
                if (roots.isEmpty()) {
                    throw new NothingToLintException("no OpenAPI documents found under " + path
                            + " (looked for .yaml, .yml and .json files with a top-level `openapi` or `swagger` key)");
                }
                discovered.addAll(roots);
            } else if (Files.exists(path)) {
                throw new NothingToLintException(path + " is neither a file nor a folder");
            } else {
                throw new NothingToLintException("no such file or folder: " + path);
            }
        }
        return new Found(named, discovered);
    }

    /** The root documents under a folder, sorted by path; hidden folders and node_modules are skipped. */
    public static List<Path> search(Path folder) {
        return files(folder, file -> hasSpecExtension(file) && isRootDocument(file));
    }

    /**
     * The regular files under a folder that {@code keep} accepts, sorted by path. Hidden folders and node_modules
     * are not entered; symlink loops and unreadable entries are passed over.
     */
    static List<Path> files(Path folder, Predicate<Path> keep) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(folder) && (name.startsWith(".") || name.equals("node_modules"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && keep.test(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Symlink loops and unreadable entries are skipped; the walk goes on.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Reported as "nothing found" by the caller when nothing was collected.
        }
        files.sort(null);
        return files;
    }

    static boolean hasSpecExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Reads top-level keys until {@code openapi} or {@code swagger} shows up. */
    static boolean isRootDocument(Path file) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = (json ? JSON : YAML).createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (name.equals("openapi") || name.equals("swagger")) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // A broken file that looks like a spec is linted, so its syntax error is reported, not hidden.
            return mentionsOpenApi(file);
        }
    }

    private static boolean mentionsOpenApi(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            return head.contains("openapi") || head.contains("swagger");
        } catch (IOException e) {
            return false;
        }
    }
}
