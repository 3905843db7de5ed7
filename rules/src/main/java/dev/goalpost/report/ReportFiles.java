package dev.goalpost.report;

import dev.goalpost.engine.LintReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one report file per format into a folder, each named by {@link ReportFormat#fileName()}. */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * @return the files written, in the order of {@code formats}
     * @throws IOException naming the file that could not be written
     */
    public static List<Path> write(LintReport report, List<ReportFormat> formats, Path directory) throws IOException {
        return write(report, formats, directory, ReportSettings.DEFAULT);
    }

    /**
     * @return the files written, in the order of {@code formats}
     * @throws IOException naming the file that could not be written
     */
    public static List<Path> write(LintReport report, List<ReportFormat> formats, Path directory,
            ReportSettings settings) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = files(formats, directory);
        for (int i = 0; i < formats.size(); i++) {
            ReportFormat format = formats.get(i);
            try {
                dev.goalpost.output.AtomicFile.write(files.get(i), out -> format.writer(settings).write(report, out));
            } catch (IOException e) {
                throw new IOException("cannot write " + files.get(i) + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The files {@link #write} would write. */
    public static List<Path> files(List<ReportFormat> formats, Path directory) {
        return formats.stream().map(format -> directory.resolve(format.fileName())).toList();
    }
}
