package dev.goalpost.maven;

import dev.goalpost.engine.LintReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;

/**
 * One Goalpost page for a whole multi-module build, on the top project's site (as {@code checkstyle-aggregate}):
 * every module's specs linted with that module's configuration, a section per module.
 */
@Mojo(name = "report-aggregate", defaultPhase = LifecyclePhase.SITE, threadSafe = true, aggregator = true,
        inheritByDefault = false)
public class ReportAggregateMojo extends AbstractGoalpostReport {

    @Override
    public String getName(Locale locale) {
        return "Goalpost (all modules)";
    }

    @Override
    public String getOutputName() {
        return "goalpost-aggregate";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && project.isExecutionRoot() && !withSpecs(modules(), this).isEmpty();
    }

    private List<MavenProject> modules() {
        return reactorProjects == null ? List.of(project) : reactorProjects;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        List<SiteReportPage.Section> sections = new ArrayList<>();
        for (MavenProject module : modules()) {
            LintReport report = lint(module);
            if (report != null) {
                sections.add(new SiteReportPage.Section(module.getArtifactId(), report));
            }
        }
        SiteReportPage.write(getSink(), "Goalpost (all modules)", sections);
    }
}
