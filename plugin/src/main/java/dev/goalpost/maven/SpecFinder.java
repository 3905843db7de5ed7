package dev.goalpost.maven;

import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.load.SpecPatterns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Which specs a module lints: the ones {@code <specs>} names, else those at the default places. The defaults are
 * {@code src/main/openapi} and {@code openapi.yaml}/{@code .yml}/{@code .json} at the module root, plus the
 * documents in {@code src/main/resources} whose top level has {@code openapi} or {@code swagger} (where projects
 * using openapi-generator keep their spec).
 */
final class SpecFinder {

    /** Where specs are looked for when {@code specs} is not set; those that exist are linted. */
    static final List<String> DEFAULT_SPECS = List.of("src/main/openapi", "openapi.yaml", "openapi.yml",
            "openapi.json");

    /** Searched for OpenAPI root documents when {@code specs} is not set. */
    static final String RESOURCES = "src/main/resources";

    private SpecFinder() {}

    /**
     * The configured specs and includes, or the default locations that hold some, less the excludes; null when
     * there is nothing to lint.
     *
     * @param includes Ant-style patterns of spec files, beside {@code specs} (either replaces the default places)
     * @param excludes Ant-style patterns of files not to lint, whatever found them
     */
    static SpecDiscovery.Found find(Path projectDirectory, List<String> specs, List<String> includes,
            List<String> excludes) throws MojoExecutionException {
        for (String pattern : includes) {
            check("includes", pattern);
        }
        List<java.util.function.Predicate<String>> excluded = new ArrayList<>();
        for (String pattern : excludes) {
            check("excludes", pattern);
            excluded.add(SpecPatterns.matcher(pattern));
        }
        List<String> configured = new ArrayList<>(specs);
        configured.addAll(includes);
        String label = includes.isEmpty() ? "<specs>" : specs.isEmpty() ? "<includes>" : "<specs>/<includes>";
        SpecDiscovery.Found found = find(projectDirectory, configured, label);
        if (found == null || excluded.isEmpty()) {
            return found;
        }
        java.util.function.Predicate<Path> kept = path -> {
            Path absolute = path.toAbsolutePath().normalize();
            String relative = absolute.startsWith(projectDirectory)
                    ? projectDirectory.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
            return excluded.stream().noneMatch(matcher -> matcher.test(relative));
        };
        List<Path> named = found.named().stream().filter(kept).toList();
        List<Path> discovered = found.discovered().stream().filter(kept).toList();
        return named.isEmpty() && discovered.isEmpty() ? null : new SpecDiscovery.Found(named, discovered);
    }

    private static void check(String parameter, String pattern) throws MojoExecutionException {
        String problem = SpecPatterns.problem(pattern);
        if (problem != null) {
            throw new MojoExecutionException("<" + parameter + ">: " + problem.replace("the folder of the "
                    + "configuration file", "the project folder"));
        }
    }

    /** The configured specs, or the default locations that hold some; null when there is nothing to lint. */
    private static SpecDiscovery.Found find(Path projectDirectory, List<String> configured, String label)
            throws MojoExecutionException {
        if (!configured.isEmpty()) {
            try {
                return SpecPatterns.expand(projectDirectory, configured);
            } catch (SpecDiscovery.NothingToLintException e) {
                throw new MojoExecutionException(label + ": " + e.getMessage() + "; write spec files, folders or "
                        + "patterns such as src/main/openapi/**/*.yaml, relative to " + projectDirectory);
            }
        }
        Set<Path> named = new LinkedHashSet<>();
        Set<Path> discovered = new LinkedHashSet<>();
        for (String entry : DEFAULT_SPECS) {
            if (!Files.exists(projectDirectory.resolve(entry))) {
                continue;
            }
            try {
                SpecDiscovery.Found found = SpecPatterns.expand(projectDirectory, List.of(entry));
                named.addAll(found.named());
                discovered.addAll(found.discovered());
            } catch (SpecDiscovery.NothingToLintException e) {
                // a default place without specs is no error
            }
        }
        Path resources = projectDirectory.resolve(RESOURCES);
        if (Files.isDirectory(resources)) {
            try {
                discovered.addAll(SpecDiscovery.search(resources));
            } catch (SpecDiscovery.NothingToLintException e) {
                // A search that cannot finish must not pass as "no specs there".
                throw new MojoExecutionException(e.getMessage());
            }
        }
        discovered.removeAll(named);
        if (named.isEmpty() && discovered.isEmpty()) {
            return null;
        }
        return new SpecDiscovery.Found(new ArrayList<>(named), new ArrayList<>(discovered));
    }

    /** Where the defaults looked, for the message that there is nothing to lint. */
    static String defaultPlaces() {
        return String.join(", ", DEFAULT_SPECS) + " or " + RESOURCES;
    }
}
