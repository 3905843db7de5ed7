package dev.goalpost.maven;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** Sets a goal up as Maven would for a project in a folder, with a mocked log. */
final class Mojos {

    /** The date goals run on in tests, so suppressions that expire behave the same every day. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private Mojos() {}

    static <T extends AbstractGoalpostMojo> T inProject(T mojo, Path project, Log log) {
        MavenProject mavenProject = mock(MavenProject.class);
        when(mavenProject.getBasedir()).thenReturn(project.toFile());
        MavenSession session = mock(MavenSession.class);
        when(session.getExecutionRootDirectory()).thenReturn(project.toString());
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion("9.9.9");
        mojo.project = mavenProject;
        mojo.session = session;
        mojo.plugin = plugin;
        mojo.clock = on(TODAY);
        mojo.setLog(log);
        return mojo;
    }

    /** A lint goal in a project, with the parameter defaults Maven would inject from the annotations. */
    static LintMojo lintInProject(LintMojo mojo, Path project, Log log) {
        inProject(mojo, project, log);
        mojo.failOn = "error";
        mojo.maxWarnings = -1;
        mojo.formats = java.util.List.of("json,sarif");
        mojo.outputDirectory = project.resolve("target/goalpost").toFile();
        return mojo;
    }

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
