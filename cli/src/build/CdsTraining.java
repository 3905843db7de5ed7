import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The training runs behind the launcher's class-data archive (run by the build as a single-file program, shipped in
 * no jar): lints the fixtures once per report format, each run writing the classes it loaded, and merges the lists
 * into one, each line once, in the order first seen. The archive then holds what a lint loads whatever format it
 * writes; a line twice (a lambda proxy) would crash {@code -Xshare:dump} on JDK 17.
 *
 * <p>Usage: {@code java CdsTraining.java JAVA JAR SPECS OUTPUT_FOLDER}; writes {@code goalpost.classlist} and
 * {@code goalpost-cds-training.log} there and exits with 1 when a training run fails.
 */
public final class CdsTraining {

    /** Report formats and whether the run writes to a file, as users run them: text and GitHub to the terminal. */
    private static final String[][] RUNS = {
        {"text", "stdout"}, {"sarif", "file"}, {"json", "file"}, {"junit", "file"}, {"checkstyle", "file"},
        {"github", "stdout"}, {"html", "file"}};

    public static void main(String[] args) throws IOException, InterruptedException {
        String java = args[0];
        String jar = args[1];
        String specs = args[2];
        Path folder = Path.of(args[3]);
        Path work = Files.createDirectories(folder.resolve("cds-training"));
        Path log = folder.resolve("goalpost-cds-training.log");
        Files.deleteIfExists(log);
        Set<String> lines = new LinkedHashSet<>();
        for (String[] run : RUNS) {
            Path list = work.resolve(run[0] + ".classlist");
            List<String> command = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + list,
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-jar", jar, "lint",
                    "--default-goal", "all", "--fail-on", "never", "--format", run[0]));
            if (run[1].equals("file")) {
                command.addAll(List.of("--output", work.resolve("report." + run[0]).toString()));
            }
            command.add(specs);
            Path output = work.resolve(run[0] + ".log");
            int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start().waitFor();
            Files.writeString(log, String.join(" ", command) + "\nexit " + exit + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (exit != 0) {
                System.err.println("CDS training run failed (exit " + exit + "); see " + output);
                System.exit(1);
            }
            lines.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        Path merged = folder.resolve("goalpost.classlist.tmp");
        Files.write(merged, lines, StandardCharsets.UTF_8);
        Files.move(merged, folder.resolve("goalpost.classlist"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
