package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.fixtures.TestSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher script ({@code target/goalpost}), run as users run it: through links, from anywhere. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("goalpost.launcher", "target/goalpost"))
            .toAbsolutePath();

    private static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().remove("GOALPOST_JAVA_OPTS");
        builder.environment().remove("GOALPOST_LAUNCHER_DEBUG");
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runsThroughSymbolicLinksFromAnyFolderAndPassesArgumentsUnchanged() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("tools/bin dir"));
        Files.createSymbolicLink(bin.resolve("gp"), LAUNCHER);
        Path link = Files.createSymbolicLink(dir.resolve("gp-again"), Path.of("tools/bin dir/gp"));
        Path work = Files.createDirectories(dir.resolve("work place"));
        Path spec = work.resolve("my specs/pet store – é.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, dev.goalpost.SpecFiles.DUPLICATE_OPERATION_IDS);
        Run run = run(work, Map.of(), link.toString(), "lint", "my specs/pet store – é.yaml");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("my specs/pet store – é.yaml:7:25 error core/operation-id-unique");

        Run json = run(work, Map.of(), link.toString(), "lint", "--format", "json", "--output", "a report.json",
                "my specs");
        assertThat(json.code()).isEqualTo(1);
        assertThat(Files.readString(work.resolve("a report.json"))).contains("\"file\" : \"my specs/pet store – é.yaml\"");
        // Links out of the temporary folder, removed here so that JUnit need not warn about them.
        Files.delete(link);
        Files.delete(bin.resolve("gp"));
    }

    @Test
    void usesTheArchiveOnlyWhenItFitsAndNeverPrintsClassDataWarnings() throws Exception {
        String version = "goalpost " + versionOfJar();
        Run plain = run(dir, Map.of("GOALPOST_LAUNCHER_DEBUG", "1"), LAUNCHER.toString(), "--version");
        assertThat(plain.out().strip()).isEqualTo(version);
        assertThat(plain.err()).contains("-XX:SharedArchiveFile=");

        // The archive holds the command-line layer and what a lint loads: a lint to a file loads no class from the
        // jar (every class a lint of these fixtures needs was archived by the build's training runs).
        Run loads = run(dir, Map.of("GOALPOST_JAVA_OPTS", "-Xlog:class+load=info"), LAUNCHER.toString(), "lint",
                "--fail-on", "never", "--format", "sarif", "--output", dir.resolve("trained.sarif").toString(),
                TestSpecs.resolve("examples").toString());
        assertThat(loads.out().lines().filter(line -> line.contains(" org.apache.commons.cli.DefaultParser ")))
                .singleElement().asString().contains("source: shared objects file");
        assertThat(loads.out().lines().filter(line -> line.contains("goalpost.jar"))).isEmpty();

        // A copy elsewhere: the jar path differs from the training run's, so the archive is left out.
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String name : List.of("goalpost", "goalpost.jar", "goalpost.jsa", "goalpost.jsa.id", "goalpost.jsa.release")) {
            Files.copy(LAUNCHER.resolveSibling(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Run moved = run(dir, Map.of("GOALPOST_LAUNCHER_DEBUG", "1"), copy.resolve("goalpost").toString(), "--version");
        assertThat(moved.out().strip()).isEqualTo(version);
        assertThat(moved.err()).doesNotContain("SharedArchiveFile").doesNotContain("[cds");

        // The id claims a fit but the jar is not the one the archive was made from: the JVM must fall back quietly.
        Files.writeString(copy.resolve("goalpost.jsa.id"), Files.readString(copy.resolve("goalpost.jsa.id"))
                .replace(LAUNCHER.resolveSibling("goalpost.jar").toString(), copy.resolve("goalpost.jar").toString()));
        Run lied = run(dir, Map.of(), copy.resolve("goalpost").toString(), "--version");
        assertThat(lied.out().strip()).isEqualTo(version);
        assertThat(lied.err()).isEmpty();

        // Another JVM (here: a JAVA_HOME whose release differs) gets no archive either.
        Path otherJdk = Files.createDirectories(dir.resolve("other-jdk/bin"));
        Path java = otherJdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nexec \"" + ProcessHandle.current().info().command().orElse("java")
                + "\" \"$@\"\n");
        java.toFile().setExecutable(true);
        Files.writeString(otherJdk.resolveSibling("release"), "JAVA_VERSION=\"17.0.0-other\"\n");
        Run other = run(dir, Map.of("JAVA_HOME", otherJdk.getParent().toString(), "GOALPOST_LAUNCHER_DEBUG", "1"),
                LAUNCHER.toString(), "--version");
        assertThat(other.out().strip()).isEqualTo(version);
        assertThat(other.err()).startsWith("goalpost: " + java).doesNotContain("SharedArchiveFile");

        // A JAVA_HOME whose java is a link to the JVM the archive was made with is that JVM: the archive is used.
        Path linkedJdk = Files.createDirectories(dir.resolve("linked-jdk/bin"));
        Path linkedJava = Files.createSymbolicLink(linkedJdk.resolve("java"),
                Path.of(ProcessHandle.current().info().command().orElseThrow()));
        Run linked = run(dir, Map.of("JAVA_HOME", linkedJdk.getParent().toString(), "GOALPOST_LAUNCHER_DEBUG", "1"),
                LAUNCHER.toString(), "--version");
        assertThat(linked.out().strip()).isEqualTo(version);
        assertThat(linked.err()).startsWith("goalpost: " + linkedJava).contains("-XX:SharedArchiveFile=");
        Files.delete(linkedJava);
    }

    @Test
    void choosesFlagsByInputSizeAndLetsTheEnvironmentAddMore() throws Exception {
        Path spec = TestSpecs.resolve("robustness/petstore.yaml");
        Map<String, String> noHugePages = Map.of("GOALPOST_LAUNCHER_DEBUG", "1", "GOALPOST_HUGE_PAGES", "off");
        Run small = run(dir, noHugePages, LAUNCHER.toString(), "lint", "--fail-on", "never", spec.toString());
        assertThat(small.err()).contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -XX:-UsePerfData");
        Run big = run(dir, Map.of("GOALPOST_LAUNCHER_DEBUG", "1", "GOALPOST_HUGE_PAGES", "off",
                "GOALPOST_BIG_INPUT_KB", "1", "GOALPOST_JAVA_OPTS", "-Xmx300m -Dgoalpost.probe=1"),
                LAUNCHER.toString(), "lint", "--fail-on", "never", spec.toString());
        assertThat(big.err()).contains("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m -XX:MaxTenuringThreshold=0 "
                + "-XX:-UsePerfData -Xmx300m -Dgoalpost.probe=1 -jar");
        assertThat(big.code()).isEqualTo(small.code()).isZero();
        assertThat(big.out()).isEqualTo(small.out());
        Run g1 = run(dir, Map.of("GOALPOST_LAUNCHER_DEBUG", "1", "GOALPOST_JAVA_OPTS", "-XX:+UseG1GC"),
                LAUNCHER.toString(), "lint", "--fail-on", "never", spec.toString());
        assertThat(g1.err()).doesNotContain("UseSerialGC").doesNotContain("UseParallelGC").doesNotContain("-Xmn")
                .contains("-XX:+UseG1GC -jar");
        assertThat(g1.out()).isEqualTo(small.out());

        // Huge pages are asked for exactly where the kernel offers them, and then the Parallel collector runs at
        // every size; the JVM must accept the flag without a word.
        boolean offered = Files.isReadable(HUGE_PAGES)
                && Files.readString(HUGE_PAGES).matches("(?s).*\\[(always|madvise)\\].*");
        Run defaults = run(dir, Map.of("GOALPOST_LAUNCHER_DEBUG", "1"), LAUNCHER.toString(), "lint", "--fail-on",
                "never", spec.toString());
        if (offered) {
            assertThat(defaults.err()).contains("-XX:+UseParallelGC -Xmn64m -XX:MaxTenuringThreshold=0 "
                    + "-XX:+UseTransparentHugePages -XX:-UsePerfData");
        } else {
            assertThat(defaults.err()).contains("-XX:+UseSerialGC -Xmn32m -XX:-UsePerfData")
                    .doesNotContain("TransparentHugePages");
        }
        assertThat(defaults.err().lines()).hasSize(1);
        assertThat(defaults.out()).isEqualTo(small.out());
        assertThat(small.err()).doesNotContain("TransparentHugePages");

        // An old report named by --output is not input: its size must not pick the large-input flags.
        Path report = dir.resolve("old-report.json");
        byte[] bytes = new byte[2048 * 1024];
        new java.util.Random(7).nextBytes(bytes); // not zeros, which a file system may store in no blocks
        Files.write(report, bytes);
        Path input = Files.write(dir.resolve("big-input.json"), bytes);
        Map<String, String> bigFrom1Mb = Map.of("GOALPOST_LAUNCHER_DEBUG", "1", "GOALPOST_HUGE_PAGES", "off",
                "GOALPOST_BIG_INPUT_KB", "1024");
        Run reported = run(dir, bigFrom1Mb, LAUNCHER.toString(), "lint", "--fail-on", "never", "--output",
                report.toString(), spec.toString());
        assertThat(reported.err()).contains("-XX:+UseSerialGC");
        Run named = run(dir, bigFrom1Mb, LAUNCHER.toString(), "lint", "--fail-on", "never", input.toString());
        assertThat(named.err()).as("the same file as input does count").contains("-XX:+UseParallelGC");
    }

    @Test
    void theLauncherKnowsEveryOptionThatTakesAValue() throws Exception {
        // The launcher sizes the input by skipping option values; its list must be the commands' own.
        java.util.Set<String> taking = new java.util.TreeSet<>();
        for (Subcommand command : GoalpostCommand.commands()) {
            for (org.apache.commons.cli.Option option : command.options().getOptions()) {
                if (option.hasArg()) {
                    if (option.getOpt() != null) {
                        taking.add("-" + option.getOpt());
                    }
                    taking.add("--" + option.getLongOpt());
                }
            }
        }
        String listed = Files.readAllLines(LAUNCHER).stream().map(String::strip)
                .filter(line -> line.startsWith("-o|--output|")).findFirst().orElseThrow();
        assertThat(new java.util.TreeSet<>(List.of(listed.substring(0, listed.length() - 1).split("\\|"))))
                .isEqualTo(taking);
    }

    @Test
    void theJarStillRunsOnItsOwn() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", LAUNCHER.resolveSibling("goalpost.jar").toString(), "--version"));
        Run run = run(dir, Map.of(), command.toArray(String[]::new));
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("goalpost ");
    }

    private static String versionOfJar() {
        return dev.goalpost.engine.ToolInfo.version();
    }
}
