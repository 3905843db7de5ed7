package dev.goalpost.rules.core;

import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.EngineRule;

/**
 * No {@code $ref} reaches outside what the reference policy allows (the spec's folder and allowed URL
 * prefixes); reported by the engine from what loading found.
 */
@RuleInfo(id = "core/ref-refused", severity = Severity.ERROR,
        summary = "No $ref leaves the spec's folder or reaches a URL that is not allowed.")
public final class RefRefused implements EngineRule {}
