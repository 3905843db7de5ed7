package dev.goalpost.model;

import static dev.goalpost.SpecFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecLoader;
import dev.goalpost.load.Workspace;
import java.nio.file.Path;
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
}
