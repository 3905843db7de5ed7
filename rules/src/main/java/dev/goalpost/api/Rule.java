package dev.goalpost.api;

/**
 * A check. Implement exactly one of the kinds ({@link OperationRule}, {@link SchemaRule}, {@link ServerRule}, …,
 * or {@link DocumentRule} for checks that compare several elements) and annotate the class with {@link RuleInfo}.
 * The engine walks the document and hands the rule each element of its kind that its goal applies to; a rule
 * only judges what it is given. Rules are registered through {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.goalpost.api.Rule}; a rule must have a public no-argument constructor and keep no
 * state between checks.
 */
public interface Rule {}
