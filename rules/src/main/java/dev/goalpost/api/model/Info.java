package dev.goalpost.api.model;

/** The Info Object: what the API is called, what it is for, who runs it and on what terms. */
public interface Info extends SpecElement {

    default String title() {
        return node().text("title");
    }

    default String description() {
        return node().text("description");
    }

    default String version() {
        return node().text("version");
    }
}
