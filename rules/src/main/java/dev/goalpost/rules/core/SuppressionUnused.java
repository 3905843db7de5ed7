package dev.goalpost.rules.core;

import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.EngineRule;

/** Every {@code x-goalpost-ignore} entry silences something, so stale ones get removed; reported by the engine. */
@RuleInfo(id = "core/suppression-unused", severity = Severity.INFO,
        summary = "Every x-goalpost-ignore entry silences at least one finding.")
public final class SuppressionUnused implements EngineRule {}
