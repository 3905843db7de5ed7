package dev.goalpost.model;

import dev.goalpost.api.model.Info;

/** The Info Object. */
record InfoView(TreeNode declaration, TreeNode node) implements Info {}
