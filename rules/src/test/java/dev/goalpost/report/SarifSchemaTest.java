package dev.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.SpecDiscovery;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every SARIF report is valid against the SARIF 2.1.0 JSON schema (a local copy; see resources/sarif). */
class SarifSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    static List<Error> validate(JsonNode sarif) {
        return schema.validate(sarif, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static JsonNode sarif(LintReport report) throws Exception {
        return JSON.readTree(SampleReports.write(new SarifReportWriter(), report));
    }

    @Test
    void smallReportIsValid() throws Exception {
        assertThat(validate(sarif(SampleReports.small()))).isEmpty();
    }

    @Test
    void hostileMessagesAndFileNamesAreValid() throws Exception {
        JsonNode sarif = sarif(SampleReports.hostile());
        assertThat(validate(sarif)).isEmpty();
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
        assertThat(validate(sarif)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() throws Exception {
        ObjectNode broken = (ObjectNode) sarif(SampleReports.small());
        ((ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        ((ObjectNode) broken.at("/runs/0/results/1")).put("level", "fatal");
        assertThat(validate(broken)).extracting(Error::getKeyword).contains("minimum", "enum");
    }
}
