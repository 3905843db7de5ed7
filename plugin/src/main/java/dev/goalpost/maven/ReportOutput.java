package dev.goalpost.maven;

import dev.goalpost.engine.LintReport;
import dev.goalpost.report.ReportFiles;
import dev.goalpost.report.ReportFormat;
import dev.goalpost.report.ReportSettings;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report files of a lint: which formats, where, written fresh each run; the files of formats no longer asked
 * for are deleted, so CI does not upload a report left over from an earlier setting.
 */
final class ReportOutput {

    private final List<ReportFormat> formats;
    private final Path directory;

    ReportOutput(List<ReportFormat> formats, Path directory) {
        this.formats = List.copyOf(formats);
        this.directory = directory;
    }

    /** Parses {@code <formats>}. */
    static List<ReportFormat> formats(List<String> names) throws MojoExecutionException {
        Set<ReportFormat> parsed = new LinkedHashSet<>();
        for (String name : names) {
            ReportFormat format = ReportFormat.parse(name);
            if (format == null) {
                throw new MojoExecutionException("<formats> names an unknown report format `" + name + "`; write "
                        + "any of " + String.join(", ", ReportFormat.labels()) + dev.goalpost.text.DidYouMean
                                .hint(name, ReportFormat.labels()));
            }
            parsed.add(format);
        }
        return List.copyOf(parsed);
    }

    /**
     * The configured output folder. Without a pom, Maven leaves {@code ${project.basedir}} in the default
     * uninterpolated; it is the folder Maven runs in.
     */
    static Path directory(File configured, Path projectDirectory) {
        String path = configured.getPath();
        for (String expression : List.of("${project.basedir}", "${basedir}")) {
            int at = path.indexOf(expression);
            if (at >= 0) {
                return projectDirectory.resolve(path.substring(at + expression.length()).replaceFirst("^[/\\\\]+", ""))
                        .normalize();
            }
        }
        return configured.toPath().toAbsolutePath().normalize();
    }

    List<ReportFormat> formats() {
        return formats;
    }

    Path directory() {
        return directory;
    }

    List<Path> files() {
        return ReportFiles.files(formats, directory);
    }

    /**
     * Writes every report and deletes those of formats not asked for any more.
     *
     * @return the names of the stale reports deleted
     */
    List<String> write(LintReport report, ReportSettings settings) throws IOException {
        ReportFiles.write(report, formats, directory, settings);
        List<String> deleted = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format) && Files.deleteIfExists(directory.resolve(format.fileName()))) {
                deleted.add(format.fileName());
            }
        }
        return deleted;
    }

    /** Prints GitHub workflow commands to the build's standard output, where Actions reads them. */
    void printGithubCommands(LintReport report, ReportSettings settings, PrintStream stdout)
            throws MojoExecutionException {
        if (!formats.contains(ReportFormat.GITHUB)) {
            return;
        }
        try {
            ReportFormat.GITHUB.writer(settings).write(report, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost could not print GitHub workflow commands: " + e.getMessage(), e);
        }
    }
}
