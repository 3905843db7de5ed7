package dev.goalpost.rules.core;

import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.EngineRule;

/**
 * Every {@code $ref} leads to content: the file exists and can be read, the pointer names a node, no loops;
 * reported by the engine from what loading found.
 */
@RuleInfo(id = "core/ref-unresolved", severity = Severity.ERROR,
        summary = "Every $ref points to a file and a node that exist.")
public final class RefUnresolved implements EngineRule {}
