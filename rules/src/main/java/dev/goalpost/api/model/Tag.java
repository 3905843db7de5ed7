package dev.goalpost.api.model;

/** A Tag Object declared at the root. */
public interface Tag extends SpecElement {

    /** The tag's name, as operations refer to it. */
    String name();

    default String description() {
        return node().text("description");
    }
}
