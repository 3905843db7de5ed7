package dev.goalpost.api.model;

/** A Link Object of a response: how a value it returns feeds another operation (OpenAPI 3). */
public interface Link extends SpecElement {

    /** The name it is declared under, in the response's {@code links}. */
    String name();

    /** The {@code operationId} of the operation it leads to, or null. */
    default String operationId() {
        return node().text("operationId");
    }

    /** The {@code operationRef} (a URI reference to an Operation Object), or null. */
    default String operationRef() {
        return node().text("operationRef");
    }
}
