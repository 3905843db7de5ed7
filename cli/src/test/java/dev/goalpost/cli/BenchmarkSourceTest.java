package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/src/InProcessBenchmark.java} ships in no jar ({@code bench/run.sh} runs it as a single-file source
 * program); compiling it here against the engine keeps it from rotting when the engine's API moves.
 */
class BenchmarkSourceTest {

    @Test
    void inProcessBenchmarkCompilesAgainstTheEngine(@TempDir Path out) throws Exception {
        Path source = Path.of("..", "bench", "src", "InProcessBenchmark.java").toAbsolutePath().normalize();
        assertThat(source).isRegularFile();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        assertThat(out.resolve("dev/goalpost/bench/InProcessBenchmark.class")).isRegularFile();
        assertThat(Files.exists(Path.of("target", "classes", "dev", "goalpost", "cli", "InProcessBenchmark.class")))
                .as("the benchmark is not compiled into the CLI jar").isFalse();
    }

    @Test
    void writerBenchmarkCompilesAgainstTheEngine(@TempDir Path out) throws Exception {
        Path source = Path.of("..", "bench", "src", "WriterBenchmark.java").toAbsolutePath().normalize();
        assertThat(source).isRegularFile();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        assertThat(out.resolve("dev/goalpost/bench/WriterBenchmark.class")).isRegularFile();
    }
}
