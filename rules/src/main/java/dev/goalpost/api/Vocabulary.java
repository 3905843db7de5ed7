package dev.goalpost.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The vocabulary an {@link OperationRule} or a {@link ResponseRule} asks each operation to use: extensions such as
 * {@code x-pricing}, headers such as {@code X-Correlation-ID}, or a {@code 429} response. When a document uses none
 * of it anywhere, the rule's operations are not checked one by one: the engine reports the rule once, on the
 * document (at the {@code x-business-goal} that brings the goal in, else at the root), with how many operations
 * lack it, a few of them, and {@link #advice()}. Once the document uses the vocabulary somewhere, each operation
 * that still lacks it is reported by the rule as usual.
 *
 * <p>The vocabulary is in use when any object of the document (root, {@code info}, path item, operation, …) has a
 * member named in {@link #members()}, any operation takes a header parameter named in {@link #headers()}, has a
 * response with a status code in {@link #responses()}, or a response declaring a header in
 * {@link #responseHeaders()}. For a response rule, the operations counted are those with a response the rule applies
 * to ({@link ResponseRule#appliesTo}). Name everything the rule accepts instead: a rule that also accepts
 * {@code callbacks} lists it, so that a document the rule would pass somewhere is never summed up as using nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Vocabulary {

    /** Member names (extensions such as {@code x-pricing}, or fields such as {@code callbacks}) that count as use. */
    String[] members() default {};

    /** Header parameter names (compared case-insensitively) that count as use on any operation. */
    String[] headers() default {};

    /** Response header names (compared case-insensitively) that count as use on any response of any operation. */
    String[] responseHeaders() default {};

    /** Response status codes as written ({@code "429"}) that count as use on any operation. */
    String[] responses() default {};

    /**
     * What no operation declares, as the document's finding begins: {@code "no operation declares pricing"}. The
     * engine adds the count and a sample: {@code ": 312 operations in 41 paths (GET /a, …)"}.
     */
    String missing();

    /** What to do, once for the whole document: {@code "declare plans at the root with `x-pricing`"}. */
    String advice();
}
