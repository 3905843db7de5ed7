package dev.goalpost.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateTest {

    @TempDir
    Path dir;

    private LintReport report(List<Finding> findings, SpecReport.Source... sources) {
        SpecReport spec = new SpecReport("openapi.yaml", "3.1.0", List.of(), findings, List.of(), List.of(sources),
                new SpecReport.Timings(0, 0, 0));
        return new LintReport("1", List.of(spec), List.of());
    }

    private RunState stateOfRootAndFragment() throws Exception {
        Path root = dir.resolve("openapi.yaml");
        Path fragment = dir.resolve("schemas/pet.yaml");
        Files.createDirectories(fragment.getParent());
        Files.writeString(root, "openapi: 3.1.0\n");
        Files.writeString(fragment, "type: object\n");
        return RunState.of("tool-1", "config-1", report(List.of(),
                new SpecReport.Source("openapi.yaml", root), new SpecReport.Source("schemas/pet.yaml", fragment)));
    }

    @Test
    void upToDateWhenToolConfigurationAndEveryFileAreUnchanged() throws Exception {
        RunState state = stateOfRootAndFragment();
        Path file = dir.resolve("target/goalpost/state.json");
        state.write(file);
        RunState read = RunState.read(file);
        assertThat(read).isEqualTo(state);
        assertThat(read.upToDate("tool-1", "config-1")).isTrue();
        assertThat(read.upToDate("tool-2", "config-1")).isFalse();
        assertThat(read.upToDate("tool-1", "config-2")).isFalse();
    }

    @Test
    void aRunWithExpiringSuppressionsHoldsUntilTheEarliestOfTheirDates() throws Exception {
        Path root = dir.resolve("openapi.yaml");
        Files.writeString(root, "openapi: 3.1.0\n");
        Finding finding = new Finding("reach/list-paginated", "reach", Severity.ERROR, "m", "openapi.yaml", 1, 1, "");
        RunState state = RunState.of("t", "c", report(List.of(
                finding.withSuppression(new Finding.Suppression("reach/*", "why", java.time.LocalDate.of(2027, 6, 30),
                        "openapi.yaml", 1, 1)),
                finding.withSuppression(new Finding.Suppression("reach/*", "why", java.time.LocalDate.of(2027, 3, 31),
                        "openapi.yaml", 1, 1)),
                finding.withSuppression(new Finding.Suppression("reach/*", "why", null, "openapi.yaml", 1, 1))),
                new SpecReport.Source("openapi.yaml", root)));
        assertThat(state.validUntil()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
        assertThat(state.upToDate("t", "c", java.time.LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(state.upToDate("t", "c", java.time.LocalDate.of(2027, 4, 1))).isFalse();
        state.write(dir.resolve("state.json"));
        assertThat(RunState.read(dir.resolve("state.json"))).isEqualTo(state);
    }

    @Test
    void changingAReferencedFragmentsContentMakesItStaleEvenWithTheSameTimestamp() throws Exception {
        RunState state = stateOfRootAndFragment();
        Path fragment = dir.resolve("schemas/pet.yaml");
        var modified = Files.getLastModifiedTime(fragment);
        Files.writeString(fragment, "type: array\n");
        Files.setLastModifiedTime(fragment, modified);
        assertThat(state.upToDate("tool-1", "config-1")).isFalse();
    }

    @Test
    void deletingAFileMakesItStale() throws Exception {
        RunState state = stateOfRootAndFragment();
        Files.delete(dir.resolve("schemas/pet.yaml"));
        assertThat(state.upToDate("tool-1", "config-1")).isFalse();
    }

    @Test
    void runsThatCannotSeeEveryChangeLeaveNoState() throws Exception {
        assertThat(RunState.of("t", "c", report(List.of(),
                new SpecReport.Source("https://example.com/api.yaml", null)))).isNull();
        Path root = dir.resolve("openapi.yaml");
        Files.writeString(root, "openapi: 3.1.0\n");
        Finding unresolved = new Finding("core/ref-unresolved", null, Severity.ERROR, "m", "openapi.yaml", 1, 1, "");
        assertThat(RunState.of("t", "c", report(List.of(unresolved), new SpecReport.Source("openapi.yaml", root))))
                .isNull();
    }

    @Test
    void unreadableOrForeignStateFilesAreIgnored() throws Exception {
        assertThat(RunState.read(dir.resolve("none.json"))).isNull();
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{not json");
        assertThat(RunState.read(garbage)).isNull();
        Files.writeString(garbage, "{\"format\": 99, \"tool\": \"t\", \"configuration\": \"c\", \"files\": {}}");
        assertThat(RunState.read(garbage)).isNull();
    }

    @Test
    void keysDependOnEveryValueAndItsBoundaries() throws Exception {
        String a = new RunState.Key().add("formats", "json,sarif").add("failOn", "error").value();
        assertThat(new RunState.Key().add("formats", "json,sarif").add("failOn", "error").value()).isEqualTo(a);
        assertThat(new RunState.Key().add("formats", "json").add("failOn", "error").value()).isNotEqualTo(a);
        assertThat(new RunState.Key().add("ab", "c").value()).isNotEqualTo(new RunState.Key().add("a", "bc").value());
        Path config = dir.resolve("goalpost.yaml");
        String missing = new RunState.Key().addFile("config", config).value();
        Files.writeString(config, "rules: {}\n");
        assertThat(new RunState.Key().addFile("config", config).value()).isNotEqualTo(missing);
    }

    @Test
    void aTamperedStateFileNamingADeviceIsStaleWithoutReadingIt() throws Exception {
        Path state = dir.resolve("state.json");
        java.nio.file.Files.writeString(state, "{\"format\":" + RunState.FORMAT + ",\"tool\":\"t\",\"configuration\":\"c\","
                + "\"files\":{\"/dev/zero\":\"sha256:00\"}}\n");
        RunState read = RunState.read(state);
        assertThat(read).isNotNull();
        boolean upToDate = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> read.upToDate("t", "c", java.time.LocalDate.of(2026, 1, 1)));
        assertThat(upToDate).isFalse();
        if (java.nio.file.Files.exists(Path.of("/dev/zero"))) {
            assertThat(RunState.read(Path.of("/dev/zero"))).isNull();
        }
    }
}
