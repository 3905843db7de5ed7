package dev.goalpost.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An option a rule accepts.
 *
 * @param type what a value must be, in words ({@code integer}, {@code list of strings}, {@code one of a, b})
 * @param defaultValue the default, as JSON
 */
public record OptionDescriptor(String name, String type, JsonNode defaultValue, String description) {}
