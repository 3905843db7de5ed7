package dev.goalpost.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process, as a user would, with specs written to a temporary folder. */
abstract class CommandLineTest {

    @TempDir
    Path dir;

    /** What the last run printed to standard output and standard error. */
    String out;
    String err;

    /** The day the command line runs on (suppressions may expire). */
    Clock clock = Clock.systemDefaultZone();

    int run(String... args) {
        CommandRun run = CommandRun.of(clock, args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    /** Writes a file under the temporary folder. */
    Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** How findings name a spec file: relative to the working directory. */
    static String relative(Path file) {
        return Path.of("").toAbsolutePath().relativize(file).toString().replace('\\', '/');
    }
}
