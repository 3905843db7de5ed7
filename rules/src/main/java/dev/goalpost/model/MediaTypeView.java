package dev.goalpost.model;

import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Schema;
import dev.goalpost.api.model.SpecVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * One media type. In Swagger 2.0, where media types are listed in {@code consumes}/{@code produces}, the node is the
 * body parameter or the response, and the example is the response's {@code examples} entry for this media type.
 *
 * @param exampleNode the example for this media type in 2.0, or null
 * @param direction which way its content travels: a request body's, or a response's
 */
record MediaTypeView(String name, TreeNode declaration, TreeNode node, TreeNode schemaNode, TreeNode exampleNode,
        SpecVersion version, Example.Direction direction) implements MediaType {

    @Override
    public Schema schema() {
        return SchemaView.of(schemaNode, version.atLeast31());
    }

    @Override
    public TreeNode example() {
        return version.isSwagger2() ? exampleNode : node.get("example");
    }

    @Override
    public List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        TreeNode example = example();
        if (example != null) {
            examples.add(ExampleView.single(example, "example", schemaNode, name, direction, false));
        }
        TreeNode named = version.isSwagger2() ? null : node.get("examples");
        if (named != null && named.isObject()) {
            named.members().forEach((key, object) ->
                    examples.add(ExampleView.named(key, object, schemaNode, name, direction, false)));
        }
        return examples;
    }
}
