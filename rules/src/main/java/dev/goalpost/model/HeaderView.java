package dev.goalpost.model;

import dev.goalpost.api.model.Example;
import dev.goalpost.api.model.Header;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Schema;
import java.util.List;

/** A response header; in Swagger 2.0 its schema keywords sit on the header itself. */
record HeaderView(String name, TreeNode declaration, TreeNode node, IndexedDocument document) implements Header {

    @Override
    public Schema schema() {
        return document.version().isSwagger2() ? SchemaView.of(node, false)
                : SchemaView.of(node.get("schema"), document.version().atLeast31());
    }

    @Override
    public List<MediaType> mediaTypes() {
        return document.contentOf(node.get("content"), Example.Direction.RESPONSE);
    }

    @Override
    public List<Example> examples() {
        return document.version().isSwagger2() ? List.of()
                : ExampleView.ofParameterOrHeader(node, Example.Direction.RESPONSE);
    }
}
