package dev.goalpost.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written on its class so that the code, the docs and the severity table cannot drift apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** {@code <goal>/<kebab-name>}, e.g. {@code reach/list-paginated}; the goal part names the rule's goal. */
    String id();

    /** The severity unless configuration says otherwise. */
    Severity severity();

    /** One sentence saying what the rule asks of a spec. */
    String summary();

    /** Where the rule's doc page lives; empty means Goalpost's own docs ({@code docs/rules/<id>.md}). */
    String helpUri() default "";
}
