package dev.goalpost.model;

import dev.goalpost.api.model.Tag;

/** A Tag Object declared at the root. */
record TagView(String name, TreeNode declaration, TreeNode node) implements Tag {}
