package dev.goalpost.api;

import dev.goalpost.api.model.Example;
import java.util.List;

/**
 * Checks examples against the schemas they illustrate, in the JSON Schema dialect of the document's OpenAPI
 * version, with the files Goalpost has loaded and nothing else. Get one from {@link RuleContext#exampleValidator}.
 */
public interface ExampleValidator {

    /** One thing wrong with an example: where inside it (member names and array indexes) and what. */
    record Problem(List<Object> path, String message) {}

    /**
     * The problems of an example against its schema, most relevant first; empty when the example fits, or when
     * there is nothing to check (no value, no schema, a schema that cannot be compiled).
     */
    List<Problem> validate(Example example);
}
