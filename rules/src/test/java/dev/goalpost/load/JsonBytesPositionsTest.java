package dev.goalpost.load;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.model.TreeNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON is read from its bytes; its lines and columns must still count characters, as reading the text does. */
class JsonBytesPositionsTest {

    @TempDir
    Path dir;

    /** Two-byte, three-byte and four-byte characters, \r\n and a lone \r, on the lines of the nodes they precede. */
    private static final String JSON = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Café ☕ 😀\", \"version\": \"1\"},\r\n"
            + "  \"paths\": {\"/é\": {\"get\": {\"summary\": \"日本語\", \"tags\": [\"😀\", \"x\"], \"deprecated\": true}}},\r"
            + " \"x-ü\": [1, {\"ok\": null}]}";

    @Test
    void columnsCountCharactersNotBytes() {
        Path spec = write(dir, "api.json", JSON);
        Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(spec);
        TreeNode root = TreeNode.root(workspace, workspace.root());
        TreeNode get = root.path("paths", "/é", "get");
        assertThat(root.path("info", "version").position()).isEqualTo(new Position(1, 53));
        assertThat(get.position()).isEqualTo(new Position(2, 20));
        assertThat(get.get("tags").position()).isEqualTo(new Position(2, 46));
        // "😀" is two UTF-16 code units, as columns are counted everywhere else.
        assertThat(get.get("tags").get(1).valuePosition()).isEqualTo(new Position(2, 61));
        assertThat(get.get("deprecated").valuePosition()).isEqualTo(new Position(2, 81));
        assertThat(root.get("x-ü").position()).isEqualTo(new Position(3, 2));
        assertThat(root.get("x-ü").get(1).get("ok").valuePosition()).isEqualTo(new Position(3, 20));
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void bytesAndTextGiveTheSameTreeAndPositions() {
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        TreeReader reader = new TreeReader(1 << 20);
        TreeReader.Result fromBytes = reader.read(bytes);
        TreeReader.Result fromText = reader.read(JSON, true);
        assertThat(fromBytes.problems()).isEmpty();
        assertThat(fromBytes.root()).isEqualTo(fromText.root());
        assertThat(fromBytes.rootPosition()).isEqualTo(fromText.rootPosition());
        assertThat(positions(fromBytes.root())).isEqualTo(positions(fromText.root())).hasSize(28);
    }

    @Test
    void asciiJsonFromBytesKeepsTheTextReadersPositions() {
        String ascii = "{\n  \"a\": [1, {\"b\": \"c\"}],\r\n\t\"d\":\rfalse}";
        TreeReader reader = new TreeReader(1 << 20);
        List<String> fromBytes = positions(reader.read(ascii.getBytes(StandardCharsets.US_ASCII)).root());
        assertThat(fromBytes).isEqualTo(positions(reader.read(ascii, true).root()))
                .containsExactly("a key 2:3", "a value 2:8", "[0] 2:9", "[1] 2:12", "b key 2:13", "b value 2:18",
                        "d key 3:2", "d value 4:1");
    }

    @Test
    void brokenJsonIsStillReportedFromTheTextWithCharacterColumns() {
        Path spec = write(dir, "api.json", "{\"openapi\": \"3.0.3\", \"é\": \"ü\" ]");
        Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(spec);
        assertThat(workspace.root()).isNull();
        assertThat(workspace.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("cannot read JSON: Unexpected close marker ']'");
            assertThat(problem.position()).isEqualTo(new Position(1, 31));
        });
    }

    /** Every key, value and element position of a tree, in written order. */
    private static List<String> positions(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node instanceof PositionedObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.add(field.getKey() + " key " + object.keyPosition(field.getKey()));
                out.add(field.getKey() + " value " + object.valuePosition(field.getKey()));
                collect(field.getValue(), out);
            }
        } else if (node instanceof PositionedArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add("[" + i + "] " + array.position(i));
                collect(array.get(i), out);
            }
        }
    }
}
