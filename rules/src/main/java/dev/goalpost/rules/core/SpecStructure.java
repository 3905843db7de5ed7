package dev.goalpost.rules.core;

import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.EngineRule;

/**
 * The document is what the specification of its version describes: required fields present, no fields it does not
 * define, values of the right type and from the allowed sets, keys of the right form, references to the right kind
 * of object; reported by the engine from the structure check that hears the walk.
 */
@RuleInfo(id = "core/spec-structure", severity = Severity.ERROR,
        summary = "The document follows the structure the OpenAPI specification of its version defines.")
public final class SpecStructure implements EngineRule {}
