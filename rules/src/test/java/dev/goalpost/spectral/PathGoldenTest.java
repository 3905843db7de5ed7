package dev.goalpost.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import dev.goalpost.model.TreeNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The path evaluator selects what Spectral selects: {@code test-specs/spectral/golden/selections.json} holds, for
 * each {@code given} of {@code givens.txt} and each of two specs, the places Spectral 6.16.3 reported (captured once
 * with {@code capture.js}); every expression must select exactly those places here.
 */
class PathGoldenTest {

    private static final Path DIR = TestSpecs.resolve("spectral/golden");

    /**
     * Places Spectral reports where Goalpost reports another place (or none: empty), applied only where Goalpost
     * does not report Spectral's place itself. (1) Spectral reports the media type {@code application/problem+json}
     * of a response reached through a {@code $ref} at its parent {@code content}, while it reports the same media
     * type at its own place when a path reaches it directly; Goalpost reports where the media type is written.
     * (2) For the {@code $ref} member of a schema that refers to itself, Spectral reports the member and, reached
     * through an operation's reference, the reference object holding it; Goalpost reports the member.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "orders.yaml#/components/responses/Problem/content",
            "orders.yaml#/components/responses/Problem/content/application~1problem+json",
            "orders.yaml#/components/schemas/Order/properties/parent", "",
            "petshop-v2.yaml#/definitions/Category/properties/parent", "");

    @TestFactory
    Stream<DynamicTest> everyGivenSelectsWhatSpectralSelects() throws IOException {
        JsonNode golden = new ObjectMapper().readTree(DIR.resolve("selections.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> specs = golden.get("specs").fields();
        while (specs.hasNext()) {
            Map.Entry<String, JsonNode> spec = specs.next();
            Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(DIR.resolve(spec.getKey()));
            TreeNode root = TreeNode.root(workspace, workspace.root());
            spec.getValue().fields().forEachRemaining(given -> tests.add(DynamicTest.dynamicTest(
                    spec.getKey() + " " + given.getKey(), () -> {
                        List<String> actual = places(JsonPathExpression.compile(given.getKey()), root);
                        TreeSet<String> expected = new TreeSet<>();
                        given.getValue().forEach(place -> expected.add(place.asText()));
                        KNOWN_DIFFERENCES.forEach((spectral, goalpost) -> {
                            if (expected.contains(spectral) && !actual.contains(spectral)) {
                                expected.remove(spectral);
                                if (!goalpost.isEmpty()) {
                                    expected.add(goalpost);
                                }
                            }
                        });
                        assertThat(actual).as(given.getKey()).containsExactlyElementsOf(expected);
                    })));
        }
        return tests.stream();
    }

    @Test
    void theGoldenDataCoversAtLeast150DistinctExpressionsThatSelectSomething() throws IOException {
        JsonNode golden = new ObjectMapper().readTree(DIR.resolve("selections.json").toFile());
        TreeSet<String> selecting = new TreeSet<>();
        golden.get("specs").forEach(spec -> spec.fields().forEachRemaining(given -> {
            if (!given.getValue().isEmpty()) {
                selecting.add(given.getKey());
            }
        }));
        assertThat(selecting).hasSizeGreaterThanOrEqualTo(150);
    }

    static List<String> places(JsonPathExpression path, TreeNode root) {
        TreeSet<String> places = new TreeSet<>();
        for (TreeNode node : path.select(root, true)) {
            places.add(Path.of(node.file().displayName()).getFileName() + "#" + node.pointer());
        }
        return new ArrayList<>(places);
    }
}
