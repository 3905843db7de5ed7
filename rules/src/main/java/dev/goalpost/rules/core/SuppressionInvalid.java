package dev.goalpost.rules.core;

import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.EngineRule;

/** Every {@code x-goalpost-ignore} entry names a rule and says why; reported by the engine's suppression step. */
@RuleInfo(id = "core/suppression-invalid", severity = Severity.ERROR,
        summary = "Every x-goalpost-ignore entry names a known rule or goal and gives a reason (and a valid until date).")
public final class SuppressionInvalid implements EngineRule {}
