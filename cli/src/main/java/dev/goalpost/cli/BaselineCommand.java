package dev.goalpost.cli;

import dev.goalpost.project.ProjectSetup;
import dev.goalpost.report.Summaries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.Options;

/** {@code goalpost baseline}: accept every current finding, so that lint fails only on new ones. */
final class BaselineCommand implements Subcommand {

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String summary() {
        return "Write every current finding (not suppressed) to the baseline, so that `goalpost lint` fails only on "
                + "findings not in it.";
    }

    @Override
    public Parameters parameters() {
        return new Parameters("PATH", false, "Spec files, or folders to search for root documents (default: the "
                + "working directory).");
    }

    @Override
    public Options options() {
        return ProjectOptions.addThreads(ProjectOptions.addTo(new Options()).addOption(ProjectOptions.valued(
                "baseline", "FILE", "Where to write it (default: goalpost-baseline.json in the working directory).")));
    }

    @Override
    public int run(ParsedArguments arguments, GoalpostCommand shell) throws IOException {
        int threads = ProjectOptions.threads(arguments);
        List<Path> paths = arguments.parameterPaths();
        ProjectSetup setup = ProjectOptions.open(arguments, arguments.path("baseline"), shell.clock());
        ProjectSetup.WrittenBaseline written;
        try {
            written = setup.writeBaseline(LintCommand.find(paths.isEmpty() ? List.of(Path.of("")) : paths),
                    threads);
        } catch (IOException e) {
            throw new UsageException("cannot write the baseline " + setup.baselineTarget() + ": " + e.getMessage()
                    + " (the file there, if any, is unchanged)");
        }
        try {
            shell.stdout().write(("Wrote " + Summaries.count(written.entries(), "finding") + " of "
                    + Summaries.count(written.report().specs().size(), "spec") + " to " + written.displayName()
                    + (written.report().suppressedCount() > 0 ? " (" + written.report().suppressedCount()
                            + " suppressed findings are not baselined)" : "") + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            shell.stdout().flush();
        } catch (IOException e) {
            throw new UsageException("wrote the baseline " + written.displayName() + ", but cannot write to "
                    + "standard output: " + e.getMessage());
        }
        return 0;
    }
}
