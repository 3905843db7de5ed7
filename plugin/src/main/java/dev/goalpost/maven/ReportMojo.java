package dev.goalpost.maven;

import dev.goalpost.engine.LintReport;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.reporting.MavenReportException;

/**
 * The Goalpost page of a Maven site ({@code <reporting>} in the pom, then {@code mvn site}): the project's specs
 * linted as {@code goalpost:lint} lints them, with a scorecard per business goal and every finding. It never fails
 * the build; {@code goalpost:lint} gates it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractGoalpostReport {

    @Override
    public String getName(Locale locale) {
        return "Goalpost";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && hasSpecs(project);
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        LintReport report = lint(project);
        SiteReportPage.write(getSink(), "Goalpost", report == null ? List.of()
                : List.of(new SiteReportPage.Section(null, report)));
    }
}
