package dev.goalpost.model;

import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.RequestBody;
import java.util.List;

/** A 3.x Request Body Object, or a Swagger 2.0 body parameter with the operation's {@code consumes}. */
record RequestBodyView(TreeNode declaration, TreeNode node, List<MediaType> mediaTypes) implements RequestBody {}
