package dev.goalpost.load;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands spec entries as build configuration writes them: a file (linted whatever it holds), a folder
 * (searched for root documents) or an Ant-style pattern ({@code src/main/openapi/**}{@code /*.yaml}: {@code **}
 * any number of folders, {@code *} and {@code ?} within one name). Relative entries are taken from a base folder.
 */
public final class SpecPatterns {

    private SpecPatterns() {}

    /**
     * @throws SpecDiscovery.NothingToLintException naming the first entry that matches no file, or a folder or
     *     pattern that holds no OpenAPI document
     */
    public static SpecDiscovery.Found expand(Path baseDirectory, List<String> entries)
            throws SpecDiscovery.NothingToLintException {
        Set<Path> named = new LinkedHashSet<>();
        Set<Path> discovered = new LinkedHashSet<>();
        for (String entry : entries) {
            String trimmed = entry == null ? "" : entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (isPattern(trimmed)) {
                List<Path> matches = match(baseDirectory, trimmed);
                List<Path> roots = matches.stream().filter(SpecDiscovery::isRootDocument).toList();
                if (roots.isEmpty()) {
                    throw new SpecDiscovery.NothingToLintException("`" + trimmed + "` matches "
                            + (matches.isEmpty() ? "no file" : matches.size() + " files but no OpenAPI document")
                            + " under " + baseDirectory);
                }
                discovered.addAll(roots);
                continue;
            }
            Path path;
            try {
                path = baseDirectory.resolve(trimmed).normalize();
            } catch (InvalidPathException e) {
                throw new SpecDiscovery.NothingToLintException("`" + trimmed + "` is not a valid path: " + e.getMessage());
            }
            SpecDiscovery.Found found = SpecDiscovery.find(List.of(path));
            named.addAll(found.named());
            discovered.addAll(found.discovered());
        }
        discovered.removeAll(named);
        return new SpecDiscovery.Found(List.copyOf(named), List.copyOf(discovered));
    }

    /**
     * Whether a relative path (with {@code /}) matches an Ant-style pattern: {@code **} any number of folders,
     * {@code *} and {@code ?} within one name; a pattern ending in {@code /} matches everything under that folder.
     * Check the pattern with {@link #problem} first.
     */
    public static java.util.function.Predicate<String> matcher(String pattern) {
        String normalized = pattern.strip();
        if (normalized.endsWith("/")) {
            normalized += "**";
        }
        Pattern regex = toRegex(normalized);
        return path -> regex.matcher(path).matches();
    }

    /**
     * Why {@code pattern} is not a usable Ant-style pattern of project files, or null when it is. Patterns are
     * relative, use {@code /}, and have no {@code [...]} classes or {@code {a,b}} alternatives (list several
     * patterns instead).
     */
    public static String problem(String pattern) {
        String p = pattern == null ? "" : pattern.strip();
        if (p.isEmpty()) {
            return "the pattern is empty; write one such as legacy/**";
        }
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            return "`" + p + "` is absolute; patterns are relative to the folder of the configuration file, such as "
                    + "legacy/**";
        }
        if (p.indexOf('\\') >= 0) {
            return "`" + p + "` uses `\\`; separate folders with `/`";
        }
        for (char c : new char[] {'[', ']', '{', '}'}) {
            if (p.indexOf(c) >= 0) {
                return "`" + p + "` uses `" + c + "`, which Ant-style patterns do not have; write `*`, `?` and `**` "
                        + "only, and list several patterns instead of alternatives";
            }
        }
        String[] segments = p.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..") || segment.equals(".")) {
                return "`" + p + "` has a `" + segment + "` segment; patterns name files under the folder of the "
                        + "configuration file, such as legacy/**";
            }
            if (segment.contains("**") && !segment.equals("**")) {
                return "`" + p + "` has `**` inside the name `" + segment + "`; `**` stands for whole folders "
                        + "(legacy/**/*.yaml), `*` for part of a name";
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return "`" + p + "` has an empty folder name (`//`)";
            }
        }
        return null;
    }

    static boolean isPattern(String entry) {
        return entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0;
    }

    /** Regular files matching an Ant-style pattern, sorted; hidden folders and node_modules are not entered. */
    static List<Path> match(Path baseDirectory, String pattern) throws SpecDiscovery.NothingToLintException {
        String normalized = pattern.replace('\\', '/');
        if (normalized.endsWith("/")) {
            normalized += "**";
        }
        // Walk from the longest leading part without wildcards, and match what follows it.
        String[] segments = normalized.split("/", -1);
        int fixed = 0;
        while (fixed < segments.length - 1 && !isPattern(segments[fixed])) {
            fixed++;
        }
        String prefix = String.join("/", Arrays.copyOfRange(segments, 0, fixed));
        String rest = String.join("/", Arrays.copyOfRange(segments, fixed, segments.length));
        Path start = !prefix.isEmpty() ? baseDirectory.resolve(prefix).normalize()
                : normalized.startsWith("/") ? Path.of("/") : baseDirectory;
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        Pattern regex = toRegex(rest);
        List<Path> matches = SpecDiscovery.files(start,
                file -> regex.matcher(start.relativize(file).toString().replace('\\', '/')).matches());
        return matches.stream().map(Path::normalize).toList();
    }

    /** Ant semantics: {@code **}{@code /} is zero or more folders, {@code *} and {@code ?} stay within a name. */
    static Pattern toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:[^/]*/)*");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
