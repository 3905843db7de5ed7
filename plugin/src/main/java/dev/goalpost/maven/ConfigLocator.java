package dev.goalpost.maven;

import dev.goalpost.config.ConfigFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Where a module's configuration comes from, the way Maven users expect: {@code <config>} (a file) or
 * {@code <configLocation>} (a file, else a resource on the plugin's class path, such as a {@code goalpost.yaml}
 * shared in a jar added to the plugin's {@code <dependencies>}); else the first {@code goalpost.yaml} in the module
 * folder and its parents, up to the top of the multi-module project. The top is the nearest folder holding
 * {@code .mvn/}, else the outermost of {@code maven.multiModuleProjectDirectory}, the folder Maven was started in
 * and the parent projects' folders that contain the module. So {@code cd module && mvn verify} and
 * {@code mvn -f module/pom.xml verify} use the same file as a build at the root.
 *
 * @param file a configuration file named explicitly, or null
 * @param resource a configuration resource from the plugin's class path, or null
 * @param search the folders to look in for {@code goalpost.yaml}, nearest first
 */
record ConfigLocator(Path file, URL resource, List<Path> search) {

    /**
     * @param projectDirectory the module's folder
     * @param tops folders that may be the top of the multi-module project (any that do not contain the module are
     *     ignored)
     */
    static ConfigLocator locate(Path projectDirectory, Path config, String configLocation, List<Path> tops,
            ClassLoader classPath) throws MojoExecutionException {
        String location = configLocation == null ? "" : configLocation.strip();
        if (config != null && !location.isEmpty()) {
            throw new MojoExecutionException("<config> and <configLocation> both name a configuration; keep one "
                    + "(<configLocation> also takes a resource from the plugin's dependencies)");
        }
        if (config != null) {
            return new ConfigLocator(config, null, List.of());
        }
        if (!location.isEmpty()) {
            Path asFile = null;
            try {
                asFile = projectDirectory.resolve(location).normalize();
            } catch (InvalidPathException e) {
                // not a path on this system; perhaps a resource name
            }
            if (asFile != null && Files.isRegularFile(asFile)) {
                return new ConfigLocator(asFile, null, List.of());
            }
            URL resource = classPath.getResource(location.startsWith("/") ? location.substring(1) : location);
            if (resource == null) {
                throw new MojoExecutionException("<configLocation>" + location + "</configLocation> is neither a "
                        + "file under " + projectDirectory + " nor a resource on the plugin's class path; name an "
                        + "existing file, or add the jar that holds the resource to the plugin's <dependencies>");
            }
            return new ConfigLocator(null, resource, List.of());
        }
        return new ConfigLocator(null, null, searchPath(projectDirectory, tops));
    }

    /** The module folder and each parent folder up to the top of the multi-module project, nearest first. */
    static List<Path> searchPath(Path projectDirectory, List<Path> tops) {
        Path top = projectDirectory;
        for (Path folder = projectDirectory; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(".mvn"))) {
                top = folder;
                break;
            }
            for (Path candidate : tops) {
                if (candidate != null && folder.equals(candidate)) {
                    top = folder;
                }
            }
        }
        List<Path> search = new ArrayList<>();
        for (Path folder = projectDirectory; folder != null && folder.startsWith(top); folder = folder.getParent()) {
            search.add(folder);
        }
        return search;
    }

    /** The file that the search finds, for tests and logs; null when none. */
    Path found() {
        for (Path folder : search) {
            Path candidate = folder.resolve(ConfigFile.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
