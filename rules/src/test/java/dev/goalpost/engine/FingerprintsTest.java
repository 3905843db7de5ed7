package dev.goalpost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String of(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return Fingerprints.of(node);
    }

    @Test
    void isShortAndStable() throws Exception {
        assertThat(of("{\"operationId\": \"listOrders\"}")).hasSize(Fingerprints.LENGTH).matches("[0-9a-f]+")
                .isEqualTo(of("{\"operationId\": \"listOrders\"}"));
    }

    @Test
    void countsTheNodesOwnLevelOnly() throws Exception {
        String operation = "{\"operationId\": \"listOrders\", \"responses\": {\"200\": {\"description\": \"ok\"}}}";
        // member order and nested content do not count
        assertThat(of("{\"responses\": {\"404\": {}}, \"operationId\": \"listOrders\"}")).isEqualTo(of(operation));
        // the node's own scalars and member names do
        assertThat(of("{\"operationId\": \"getOrder\", \"responses\": {}}")).isNotEqualTo(of(operation));
        assertThat(of("{\"operationId\": \"listOrders\", \"responses\": {}, \"deprecated\": true}"))
                .isNotEqualTo(of(operation));
        // a nested object is not the same as a nested list or a string
        assertThat(of("{\"responses\": []}")).isNotEqualTo(of("{\"responses\": {}}"))
                .isNotEqualTo(of("{\"responses\": \"{…}\"}"));
    }

    @Test
    void listsCountTheirLengthAndScalarsAndSuppressionsDoNotCount() throws Exception {
        assertThat(of("[1, {\"a\": 1}]")).isEqualTo(of("[1, {\"b\": 2}]")).isNotEqualTo(of("[1, {}, {}]"))
                .isNotEqualTo(of("[2, {}]"));
        assertThat(of("{\"get\": {}, \"x-goalpost-ignore\": {\"reach/*\": \"why\"}}")).isEqualTo(of("{\"get\": {}}"));
        assertThat(Fingerprints.of(null)).isNotEqualTo(of("null")).isNotEqualTo(of("\"none\""));
    }
}
