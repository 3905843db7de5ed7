package dev.goalpost.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a rule as an option users may set in configuration. The field's initial value is the
 * default; supported types are {@code int}, {@code long}, {@code double}, {@code boolean}, {@code String},
 * enums and {@code List<String>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RuleOption {

    /** What the option changes. */
    String description();
}
