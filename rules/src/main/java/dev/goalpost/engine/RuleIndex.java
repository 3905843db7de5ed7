package dev.goalpost.engine;

import dev.goalpost.api.Rule;
import java.util.List;
import java.util.Set;

/**
 * Rules described ahead of time: what {@link RuleRegistry#describe} would read from each rule's annotations, and a
 * way to create each rule without reflection. Found through {@link java.util.ServiceLoader}; the built-in rules have
 * one, written at build time. Reading annotations at run time builds a dynamic proxy class per annotation type and
 * reflects over every rule, which was a fifth of a small lint; when every rule on the class path is indexed the
 * registry reads the index instead.
 */
public interface RuleIndex {

    /** The rule classes described, by name, as {@code META-INF/services/dev.goalpost.api.Rule} lists them. */
    Set<String> classNames();

    /** One descriptor per rule, equal to what {@link RuleRegistry#describe} returns for its class. */
    List<RuleDescriptor> descriptors();

    /** A new instance of one of these rules, or null when {@code type} is not one of them. */
    Rule create(Class<? extends Rule> type);
}
