package dev.goalpost.api.model;

/**
 * One example a spec gives: an {@code example} value, or a named Example Object of {@code examples}, on a media
 * type, parameter, header or schema, together with the schema it illustrates.
 */
public interface Example extends SpecElement {

    /** Which way an example travels, which decides whether {@code readOnly} or {@code writeOnly} properties belong. */
    enum Direction { REQUEST, RESPONSE, EITHER }

    /** How messages name it: {@code example}, {@code example `paid`}, {@code schema example}, … */
    String label();

    /**
     * The example value: the {@code example} itself, or an Example Object's {@code value} ({@code dataValue} in
     * 3.2); a value written as a {@code $ref} to a shared Example Object stands for that object's value. Null when
     * the example is only an {@code externalValue}.
     */
    SpecNode value();

    /** The schema the example must fit, as written (may be a {@code $ref}); null when there is none. */
    SpecNode schemaNode();

    /** The media type the example is written for, such as {@code application/json}; null outside a media type. */
    String mediaType();

    Direction direction();

    /**
     * Whether the value travels as text (parameters and headers). Examples are still checked with the types their
     * authors wrote: {@code "true"} is a string wherever it is written.
     */
    boolean travelsAsText();
}
