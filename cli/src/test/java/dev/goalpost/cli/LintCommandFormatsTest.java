package dev.goalpost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.fixtures.TestSpecs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Every report format the engine writes is reachable through {@code --format}. */
class LintCommandFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "junit, '<testcase classname=\"', 'core/operation-id-unique at '",
        "checkstyle, '<checkstyle version=\"4.3\">', 'source=\"goalpost.core/operation-id-unique\"'",
        "github, '::error file=', 'title=core/operation-id-unique::'",
        "html, '<!DOCTYPE html>', '<details class=\"rule\" open=\"open\"><summary>'"})
    void writesTheFormatAndExitsOneOnErrors(String format, String start, String finding) throws Exception {
        Path output = dir.resolve("report");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GoalpostCommand.run(new String[] {"lint", "--format", format, "--output", output.toString(),
            TestSpecs.resolve("rules/core/operation-id-unique/fail.yaml").toString()},
                new ByteArrayOutputStream(), err);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(Files.readString(output)).contains(start).contains(finding);
    }
}
