package dev.goalpost.model;

import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Parameter;
import dev.goalpost.api.model.Schema;
import java.util.List;

/**
 * A parameter where it is written. Swagger 2.0 body parameters are not parameters here; they are the operation's
 * request body.
 */
record ParameterView(TreeNode declaration, TreeNode node, IndexedDocument document) implements Parameter {

    @Override
    public Schema schema() {
        if (document.version().isSwagger2()) {
            return SchemaView.of(node, false);
        }
        TreeNode schema = node.get("schema");
        if (schema == null && node.get("content") != null) {
            for (TreeNode media : node.get("content").members().values()) {
                schema = media.resolveOrSelf().get("schema");
                break;
            }
        }
        return SchemaView.of(schema, document.version().atLeast31());
    }

    @Override
    public List<MediaType> mediaTypes() {
        return document.contentOf(node.get("content"), Example.Direction.REQUEST);
    }

    @Override
    public List<Example> examples() {
        return document.version().isSwagger2() ? List.of()
                : ExampleView.ofParameterOrHeader(node, Example.Direction.REQUEST);
    }

    @Override
    public String toString() {
        return in() + " parameter " + name();
    }
}
