package dev.goalpost.cli;

import dev.goalpost.project.ProjectSetup;
import dev.goalpost.report.Summaries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code goalpost baseline}: accept every current finding, so that lint fails only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Write every current finding (not suppressed) to the baseline, so that `goalpost lint` "
                + "fails only on findings not in it.")
final class BaselineCommand implements Callable<Integer> {

    @ParentCommand
    GoalpostCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Spec files, or folders to search for root documents (default: the working directory).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ProjectOptions project;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Where to write it (default: goalpost-baseline.json in the working directory).")
    Path baseline;

    @Mixin
    ProjectOptions.Threads threads;

    @Override
    public Integer call() throws IOException {
        ProjectSetup setup = project.open(baseline, parent.clock());
        ProjectSetup.WrittenBaseline written;
        try {
            written = setup.writeBaseline(LintCommand.find(paths.isEmpty() ? List.of(Path.of("")) : paths),
                    threads.count());
        } catch (IOException e) {
            throw new UsageException("cannot write the baseline " + setup.baselineTarget() + ": " + e.getMessage()
                    + " (the file there, if any, is unchanged)");
        }
        try {
            parent.stdout().write(("Wrote " + Summaries.count(written.entries(), "finding") + " of "
                    + Summaries.count(written.report().specs().size(), "spec") + " to " + written.displayName()
                    + (written.report().suppressedCount() > 0 ? " (" + written.report().suppressedCount()
                            + " suppressed findings are not baselined)" : "") + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            parent.stdout().flush();
        } catch (IOException e) {
            throw new UsageException("wrote the baseline " + written.displayName() + ", but cannot write to "
                    + "standard output: " + e.getMessage());
        }
        return 0;
    }
}
