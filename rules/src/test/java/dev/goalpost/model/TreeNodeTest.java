package dev.goalpost.model;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeNodeTest {

    @TempDir
    Path dir;

    @Test
    void writtenQuotesScalarsAsJacksonWritesThemAndStringsAsTheirText() {
        Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(write(dir, "values.json", """
                {"values": ["text", 7, -9223372036854775808, 123456789012345678901234567890, true, false, null,
                 1.5, 1e400, {"a": [1, "b"]}]}
                """));
        TreeNode values = TreeNode.root(workspace, workspace.root()).get("values");
        assertThat(values.elements()).extracting(TreeNode::written).containsExactly("text", "7",
                "-9223372036854775808", "123456789012345678901234567890", "true", "false", "null", "1.5",
                values.get(8).value().toString(), "{\"a\":[1,\"b\"]}");
        for (TreeNode value : values.elements().subList(1, values.elements().size())) {
            assertThat(value.written()).isEqualTo(value.value().toString());
        }
    }

    @Test
    void membersKeepWrittenOrderFindEachByNameAndCannotBeChanged() {
        StringBuilder json = new StringBuilder("{\"small\": {\"b\": 1, \"a\": 2}, \"large\": {");
        for (int i = 20; i > 0; i--) {
            json.append(i == 20 ? "" : ", ").append("\"m").append(i).append("\": ").append(i);
        }
        Workspace workspace = new SpecLoader(LoadOptions.defaults()).load(write(dir, "members.json",
                json.append("}}").toString()));
        TreeNode root = TreeNode.root(workspace, workspace.root());

        Map<String, TreeNode> small = root.get("small").members();
        assertThat(small.keySet()).containsExactly("b", "a");
        assertThat(small.get("a").written()).isEqualTo("2");
        assertThat(small.get("c")).isNull();
        assertThat(small.get(null)).isNull();

        Map<String, TreeNode> large = root.get("large").members();
        assertThat(large).hasSize(20);
        assertThat(large.keySet()).startsWith("m20", "m19").endsWith("m1");
        for (int i = 1; i <= 20; i++) {
            assertThat(large.get("m" + i)).isEqualTo(root.get("large").get("m" + i));
            assertThat(large.get("m" + i).position()).isEqualTo(root.get("large").get("m" + i).position());
        }
        assertThat(large.containsKey("m21")).isFalse();
        Map<String, TreeNode> copy = new java.util.LinkedHashMap<>(large);
        assertThat(large).isEqualTo(copy);
        assertThat(large.hashCode()).isEqualTo(copy.hashCode());

        assertThatThrownBy(() -> large.put("m0", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> large.remove("m1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> large.values().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> large.entrySet().iterator().next().setValue(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
