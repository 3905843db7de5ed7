package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.SpecDiscovery;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every SARIF report is valid against the SARIF 2.1.0 JSON schema: the OASIS TC's (draft-07) and the one
 * Microsoft's SARIF SDK and schemastore use (rtm.5, draft-04). Local copies; see resources/sarif/README.md.
 */
class SarifSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> SCHEMAS = new LinkedHashMap<>();

    @BeforeAll
    static void loadSchemas() throws Exception {
        SCHEMAS.put("sarif-schema-2.1.0.json", load("sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7));
        SCHEMAS.put("sarif-2.1.0-rtm.5.json", load("sarif-2.1.0-rtm.5.json", SpecificationVersion.DRAFT_4));
    }

    private static Schema load(String name, SpecificationVersion version) throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/" + name)) {
            return SchemaRegistry.withDefaultDialect(version).getSchema(in);
        }
    }

    /** The problems each schema finds, by schema; every list is empty for a valid report. */
    static Map<String, List<String>> validate(JsonNode sarif) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        SCHEMAS.forEach((name, schema) -> problems.put(name, schema.validate(sarif,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(error -> error.getKeyword() + ": " + error.getMessage()).toList()));
        return problems;
    }

    static void assertValid(JsonNode sarif) {
        validate(sarif).forEach((schema, problems) -> assertThat(problems).as(schema).isEmpty());
    }

    private static JsonNode sarif(LintReport report) throws Exception {
        return JSON.readTree(SampleReports.write(new SarifReportWriter(), report));
    }

    @Test
    void smallReportIsValid() throws Exception {
        assertValid(sarif(SampleReports.small()));
    }

    @Test
    void hostileMessagesAndFileNamesAreValid() throws Exception {
        JsonNode sarif = sarif(SampleReports.hostile());
        assertValid(sarif);
        JsonNode result = sarif.at("/runs/0/results/0");
        assertThat(result.at("/message/text").asText()).isEqualTo(SampleReports.HOSTILE_MESSAGE);
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("dir%2C%20with%3A%20odd%20%3Cname%3E%20%26%20%22quotes%22.yaml");
    }

    @Test
    void reportsOfEveryCoreFixtureAreValid() throws Exception {
        LintReport report = Linter.withDefaults(TestSpecs.root())
                .lint(SpecDiscovery.find(List.of(TestSpecs.resolve("rules/core"))), 2);
        JsonNode sarif = sarif(report);
        assertThat(sarif.at("/runs/0/results").size()).isGreaterThan(5);
        assertValid(sarif);
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() throws Exception {
        ObjectNode broken = (ObjectNode) sarif(SampleReports.small());
        ((ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        ((ObjectNode) broken.at("/runs/0/results/1")).put("level", "fatal");
        validate(broken).forEach((schema, problems) -> assertThat(problems).as(schema)
                .anyMatch(problem -> problem.startsWith("minimum: "))
                .anyMatch(problem -> problem.startsWith("enum: ")));
    }
}
