package dev.goalpost.model;

import dev.goalpost.api.model.Link;

/** A Link Object where it is written. */
record LinkView(String name, TreeNode declaration, TreeNode node) implements Link {}
