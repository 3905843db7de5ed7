package dev.goalpost.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.engine.Finding;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.project.ProjectSetup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Goalpost and Spectral give the same findings (rule, place, severity) for {@code differential/ruleset.yaml}, a
 * ruleset written for this test that uses every supported function and path feature. Spectral's findings were
 * captured once ({@code spectral-<spec>.json}), so the comparison runs everywhere; where Spectral is installed
 * ({@code -Dgoalpost.spectral=PATH} or {@code GOALPOST_SPECTRAL}, the {@code spectral} executable), the live run is
 * compared too, and skipped with a message where it is not, or when it takes longer than two minutes.
 */
class SpectralDifferentialTest {

    private static final Path DIR = TestSpecs.resolve("spectral/differential");
    private static final Path SPECS = TestSpecs.resolve("spectral/golden");
    private static final List<String> SEVERITIES = List.of("error", "warning", "info", "info");

    /** Differences, each with its reason: none so far. */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @ParameterizedTest
    @ValueSource(strings = {"orders.yaml", "petshop-v2.yaml"})
    void goalpostFindsWhatSpectralFound(String spec) throws IOException {
        JsonNode captured = new ObjectMapper().readTree(DIR.resolve("spectral-" + spec + ".json").toFile());
        TreeSet<String> expected = new TreeSet<>();
        captured.get("findings").forEach(f -> expected.add(f.asText().replace("|hint", "|info")));
        KNOWN_DIFFERENCES.keySet().forEach(expected::remove);
        assertThat(goalpost(spec)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders.yaml", "petshop-v2.yaml"})
    void spectralItselfStillFindsWhatWasCaptured(String spec) throws Exception {
        String spectral = System.getProperty("goalpost.spectral", System.getenv("GOALPOST_SPECTRAL"));
        if (spectral == null) {
            spectral = onPath("spectral");
        }
        Assumptions.assumeTrue(spectral != null && Files.isExecutable(Path.of(spectral)),
                "Spectral is not installed here (set -Dgoalpost.spectral or GOALPOST_SPECTRAL to its executable, "
                        + "see /work/shared/peers/install.sh); compared with the captured output only");
        Path out = Files.createTempFile("goalpost-spectral", ".json");
        try {
            Process process = new ProcessBuilder(spectral, "lint", "-r", DIR.resolve("ruleset.yaml").toString(),
                    "-f", "json", "-o", out.toString(), "-q", SPECS.resolve(spec).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                Assumptions.abort("Spectral took longer than two minutes; compared with the captured output only");
            }
            TreeSet<String> live = new TreeSet<>();
            for (JsonNode result : new ObjectMapper().readTree(out.toFile())) {
                StringBuilder pointer = new StringBuilder();
                result.get("path").forEach(segment -> pointer.append('/')
                        .append(segment.asText().replace("~", "~0").replace("/", "~1")));
                live.add(result.get("code").asText() + "|" + Path.of(result.get("source").asText()).getFileName()
                        + "#" + pointer + "|" + SEVERITIES.get(result.get("severity").asInt()));
            }
            KNOWN_DIFFERENCES.keySet().forEach(live::remove);
            assertThat(goalpost(spec)).containsExactlyElementsOf(live);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static List<String> goalpost(String spec) {
        Path base = SPECS;
        ProjectSetup setup = ProjectSetup.open(ProjectSetup.Options.builder(base).configSearch(List.of())
                .ruleLoader(SpectralDifferentialTest.class.getClassLoader()).clock(Clock.systemUTC())
                .spectralRulesets(List.of(DIR.resolve("ruleset.yaml"))).build());
        TreeSet<String> findings = new TreeSet<>();
        for (Finding finding : setup.linter().lint(SPECS.resolve(spec)).findings()) {
            if (finding.rule().startsWith(SpectralRuleset.PREFIX)) {
                findings.add(finding.rule().substring(SpectralRuleset.PREFIX.length()) + "|"
                        + Path.of(finding.file()).getFileName() + "#" + finding.pointer() + "|"
                        + finding.severity().label());
            }
        }
        return new ArrayList<>(findings);
    }

    private static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
