package dev.goalpost.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

    /** Deepest folder a search enters below the folder it starts in. */
    public static final int MAX_DEPTH = 64;
    /** Most entries (files and folders) one folder search looks at. */
    public static final int MAX_ENTRIES = 1_000_000;
    /** How much of a file the search reads to decide whether it is a root document. */
    public static final int HEAD_BYTES = 64 * 1024;
    /** Where a link may never lead: reading there may never end, or reveal the machine's secrets. */
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    /**
     * The root documents under a folder, sorted by path; hidden folders and node_modules are skipped.
     *
     * @throws NothingToLintException when the search cannot finish (a folder that cannot be read, deeper than
     *     {@value #MAX_DEPTH} levels, more than {@value #MAX_ENTRIES} entries): a partial search is never passed off
     *     as a whole one
     */
    public static List<Path> search(Path folder) throws NothingToLintException {
        return files(folder, file -> hasSpecExtension(file) && isRootDocument(file));
    }

    /**
     * The regular files under a folder that {@code keep} accepts, sorted by path. Hidden folders and node_modules
     * are not entered. Symbolic links are followed only to regular files whose real path is inside the folder
     * (and not under /proc, /sys or /dev); a link to a folder is not entered, since every folder inside the
     * searched one is reached through its own path, and one outside it is not searched.
     */
    static List<Path> files(Path folder, Predicate<Path> keep) throws NothingToLintException {
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new NothingToLintException("cannot search " + folder + ": " + TreeReader.firstLine(e.getMessage()));
        }
        if (isSystemPath(realFolder)) {
            throw new NothingToLintException(folder + " is a system folder (/proc, /sys or /dev), which Goalpost "
                    + "does not search");
        }
        List<Path> files = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        folders.push(folder);
        depths.push(0);
        int entries = 0;
        while (!folders.isEmpty()) {
            Path dir = folders.pop();
            int depth = depths.pop();
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path child : stream) {
                    if (++entries > MAX_ENTRIES) {
                        throw new NothingToLintException("the search of " + folder + " passed " + MAX_ENTRIES
                                + " files and folders without finishing; name the folder that holds the specs");
                    }
                    children.add(child);
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                throw new NothingToLintException("cannot search " + dir + " (" + TreeReader.firstLine(
                        e instanceof java.nio.file.DirectoryIteratorException d ? d.getCause().getMessage()
                                : e.getMessage()) + "), so the search of " + folder + " cannot finish; make it "
                        + "readable, or name the folders to lint");
            }
            for (Path child : children) {
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // removed while searching
                }
                String name = child.getFileName().toString();
                if (attrs.isDirectory()) {
                    if (name.startsWith(".") || name.equals("node_modules")) {
                        continue;
                    }
                    if (depth + 1 > MAX_DEPTH) {
                        throw new NothingToLintException(child + " is more than " + MAX_DEPTH + " folders below "
                                + folder + ", the deepest a search goes; name a folder closer to the specs");
                    }
                    folders.push(child);
                    depths.push(depth + 1);
                } else if (attrs.isRegularFile()) {
                    if (keep.test(child)) {
                        files.add(child);
                    }
                } else if (attrs.isSymbolicLink() && linksToFileInside(child, realFolder) && keep.test(child)) {
                    files.add(child);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Whether a link leads to a regular file inside {@code realFolder} and outside the system folders. */
    private static boolean linksToFileInside(Path link, Path realFolder) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realFolder) && !isSystemPath(target) && Files.isRegularFile(target);
        } catch (IOException e) {
            return false; // a dangling link, or a loop
        }
    }

    private static boolean isSystemPath(Path real) {
        for (Path system : SYSTEM_FOLDERS) {
            if (real.startsWith(system)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasSpecExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Reads top-level keys until {@code openapi} or {@code swagger} shows up, from the first {@value #HEAD_BYTES}
     * bytes only: deciding must not cost a parse of the whole file (a 30 MB one-line YAML file would take minutes),
     * and the file's own limits are checked when it is linted.
     */
    static boolean isRootDocument(Path file) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        byte[] head;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
            whole = in.read() < 0;
        } catch (IOException e) {
            return false;
        }
        try (JsonParser parser = (json ? JSON : YAML).createParser(head)) {
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
            return token == null && !whole && mentionsOpenApi(head);
        } catch (IOException | RuntimeException e) {
            // A broken file that looks like a spec is linted, so its syntax error is reported, not hidden; a file
            // cut off at the head's end is judged by what the head mentions.
            return mentionsOpenApi(head);
        }
    }

    private static boolean mentionsOpenApi(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        return text.contains("openapi") || text.contains("swagger");
    }
}
