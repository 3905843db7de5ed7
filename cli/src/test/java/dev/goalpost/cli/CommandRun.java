package dev.goalpost.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** One in-process run of the command line: its exit code and what it printed on each stream. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        return of(Clock.systemDefaultZone(), args);
    }

    /** A run on the day {@code clock} says (suppressions may expire). */
    static CommandRun of(Clock clock, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = GoalpostCommand.run(args, stdout, stderr, clock);
        return new CommandRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }
}
