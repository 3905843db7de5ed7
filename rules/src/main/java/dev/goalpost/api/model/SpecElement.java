package dev.goalpost.api.model;

/**
 * What every element view has in common: where it is used and where it is written. A view is reached from the
 * place that uses it (an operation's {@code parameters} list, a response's {@code headers} map, …), where the
 * document may write a {@code $ref} instead of the element itself.
 */
public interface SpecElement {

    /** The element as written where it is used: the member or array element, which may be a {@code $ref}. */
    SpecNode declaration();

    /** The element itself, after {@code $ref}: findings about its content land here, where it is written. */
    SpecNode node();

    /** A member written on the element itself (an extension such as {@code x-sunset}, or a field), or null. */
    default SpecNode get(String name) {
        return node().get(name);
    }
}
