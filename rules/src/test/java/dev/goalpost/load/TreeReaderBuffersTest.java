package dev.goalpost.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader gathers members and elements in buffers it reuses for every container at the same depth; nothing may
 * leak from one container into the next, whatever their sizes and kinds.
 */
class TreeReaderBuffersTest {

    private final TreeReader reader = new TreeReader(1 << 20);

    @Test
    void siblingsAtOneDepthKeepOnlyTheirOwnMembersAndElements() {
        String json = "{\"a\": " + objectOf(40) + ", \"b\": {\"x\": 1}, \"c\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], \"d\": [true],"
                + " \"e\": {}, \"f\": []}";
        for (boolean fromBytes : new boolean[] {true, false}) {
            TreeReader.Result result = fromBytes ? reader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : reader.read(json, true);
            assertThat(result.problems()).isEmpty();
            JsonNode root = result.root();
            assertThat(root.get("a").size()).isEqualTo(40);
            assertThat(root.get("a").get("k39").intValue()).isEqualTo(39);
            assertThat(names(root.get("b"))).containsExactly("x");
            assertThat(root.get("b").get("k1")).isNull();
            assertThat(root.get("c").size()).isEqualTo(10);
            assertThat(root.get("d").size()).isEqualTo(1);
            assertThat(root.get("d").get(0).booleanValue()).isTrue();
            assertThat(root.get("e").size()).isZero();
            assertThat(root.get("f").size()).isZero();
            PositionedArrayNode c = (PositionedArrayNode) root.get("c");
            assertThat(c.position(9)).isEqualTo(new Position(1, json.indexOf("10]") + 1));
            assertThat(c.position(10)).isNull();
            PositionedObjectNode b = (PositionedObjectNode) root.get("b");
            assertThat(b.keyPosition("x")).isEqualTo(new Position(1, json.indexOf("\"x\"") + 1));
        }
    }

    @Test
    void aRepeatedKeyIsFoundInASmallObjectAfterALargeOneAtTheSameDepth() {
        String json = "{\"a\": " + objectOf(20) + ",\n\"b\": {\"k1\": 1, \"k2\": 2, \"k1\": 3}}";
        TreeReader.Result result = reader.read(json, true);
        assertThat(result.problems()).extracting(TreeReader.Problem::message)
                .containsExactly("the key `k1` appears twice in the same object (first at 2:7); keys must be unique");
    }

    @Test
    void nestedContainersDeeperThanTheFirstBuffersAreReadWhole() {
        StringBuilder json = new StringBuilder();
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            json.append(i % 2 == 0 ? "{\"n\": " : "[0, ");
        }
        json.append("\"leaf\"");
        for (int i = depth - 1; i >= 0; i--) {
            json.append(i % 2 == 0 ? ", \"after\": " + i + "}" : ", 1]");
        }
        TreeReader.Result result = reader.read(json.toString(), true);
        assertThat(result.problems()).isEmpty();
        JsonNode node = result.root();
        for (int i = 0; i < depth; i++) {
            if (i % 2 == 0) {
                assertThat(names(node)).containsExactly("n", "after");
                node = node.get("n");
            } else {
                assertThat(node.size()).isEqualTo(3);
                node = node.get(1);
            }
        }
        assertThat(node.textValue()).isEqualTo("leaf");
    }

    @Test
    void yamlMergeKeysStillAddTheMembersNotWrittenHere() {
        String yaml = "base: &base\n  a: 1\n  b: 2\nother:\n  <<: *base\n  b: 3\n  c: 4\n";
        TreeReader.Result result = reader.read(yaml, false);
        assertThat(result.problems()).isEmpty();
        JsonNode other = result.root().get("other");
        assertThat(names(other)).containsExactly("b", "c", "a");
        assertThat(other.get("a").intValue()).isEqualTo(1);
        assertThat(other.get("b").intValue()).isEqualTo(3);
        assertThat(((PositionedObjectNode) other).keyPosition("a")).isEqualTo(new Position(2, 3));
        assertThat(names(result.root().get("base"))).containsExactly("a", "b");
    }

    @Test
    void positionsKeptInSharedChunksStayExactAcrossManyChunks() {
        // One object per line, of 1 to 7 members and an array beside them: enough positions for several chunks.
        int lines = 4000;
        StringBuilder json = new StringBuilder("[\n");
        for (int line = 0; line < lines; line++) {
            int members = 1 + line % 7;
            json.append(line == 0 ? "" : ",\n").append("{\"list\": [").append(line).append(", 7]");
            for (int i = 1; i < members; i++) {
                json.append(", \"k").append(i).append("\": ").append(line);
            }
            json.append('}');
        }
        String text = json.append("\n]").toString();
        assertThat(text.length()).as("more positions than the first chunks hold").isGreaterThan(8 * PositionChunks.FIRST);
        for (boolean fromBytes : new boolean[] {true, false}) {
            JsonNode root = fromBytes ? reader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).root()
                    : reader.read(text, true).root();
            for (int line = 0; line < lines; line++) {
                PositionedObjectNode object = (PositionedObjectNode) root.get(line);
                int row = line + 2;
                String written = text.split("\n")[line + 1];
                assertThat(object.keyPosition("list")).isEqualTo(new Position(row, 2));
                assertThat(object.valuePosition("list")).isEqualTo(new Position(row, 10));
                for (int i = 1; i < 1 + line % 7; i++) {
                    assertThat(object.valuePosition("k" + i))
                            .isEqualTo(new Position(row, written.indexOf("\"k" + i + "\"") + 6 + String.valueOf(i).length()));
                }
                PositionedArrayNode list = (PositionedArrayNode) object.get("list");
                assertThat(list.position(1)).isEqualTo(new Position(row, written.indexOf(", 7]") + 3));
                assertThat(list.position(2)).isNull();
            }
        }
    }

    @Test
    void objectsChangedAfterReadingKeepTheirPositionsAndLeaveTheirNeighboursAlone() {
        String json = "[{\"a\": 1, \"b\": 2},\n{\"c\": 3, \"d\": 4},\n{\"e\": 5}]";
        JsonNode root = reader.read(json, true).root();
        PositionedObjectNode first = (PositionedObjectNode) root.get(0);
        PositionedObjectNode second = (PositionedObjectNode) root.get(1);
        PositionedObjectNode third = (PositionedObjectNode) root.get(2);
        second.remove("c");
        third.put("added", 6);
        assertThat(names(second)).containsExactly("d");
        assertThat(second.keyPosition("d")).isEqualTo(new Position(2, 10));
        assertThat(second.valuePosition("d")).isEqualTo(new Position(2, 15));
        assertThat(names(third)).containsExactly("e", "added");
        assertThat(third.keyPosition("e")).isEqualTo(new Position(3, 2));
        assertThat(third.keyPosition("added")).as("added through Jackson: no place in the file").isNull();
        assertThat(first.keyPosition("a")).isEqualTo(new Position(1, 3));
        assertThat(first.valuePosition("b")).isEqualTo(new Position(1, 16));
    }

    @Test
    void anArrayWithMorePositionsThanAChunkHoldsKeepsThemAll() {
        int count = PositionChunks.LARGEST + 10;
        StringBuilder json = new StringBuilder(3 * count).append('[');
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "0" : ",0");
        }
        JsonNode root = reader.read(json.append(']').toString(), true).root();
        PositionedArrayNode array = (PositionedArrayNode) root;
        assertThat(array.size()).isEqualTo(count);
        assertThat(array.position(count - 1)).isEqualTo(new Position(1, 2 * count));
        assertThat(array.position(count)).isNull();
    }

    /** An object of {@code count} members {@code "k0": 0, "k1": 1, …}. */
    private static String objectOf(int count) {
        StringBuilder object = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            object.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": ").append(i);
        }
        return object.append('}').toString();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
