package dev.goalpost.rules.core;

import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.EngineRule;

/**
 * The spec can be read: valid UTF-8, JSON or YAML, an OpenAPI document of a version Goalpost knows; reported
 * by the engine from what loading found.
 */
@RuleInfo(id = "core/spec-valid", severity = Severity.ERROR,
        summary = "The spec can be read as an OpenAPI 2.0, 3.0, 3.1 or 3.2 document.")
public final class SpecValid implements EngineRule {}
