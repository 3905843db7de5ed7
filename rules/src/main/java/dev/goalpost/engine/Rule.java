package dev.goalpost.engine;

/**
 * A check. Implement one of the kinds ({@link DocumentRule}, {@link OperationRule}, {@link SchemaRule}, …) and
 * annotate the class with {@link RuleInfo}. Rules are registered through {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.goalpost.engine.Rule}; a rule must have a public no-argument constructor and
 * keep no state between checks.
 */
public interface Rule {}
