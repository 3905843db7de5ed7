package dev.goalpost.engine;

import dev.goalpost.api.Rule;

/**
 * A rule whose findings the engine reports itself: what loading found (a file that cannot be read, a reference
 * that leads nowhere or is refused), what the structure walk found, and what depends on the whole run (whether an
 * inline suppression matched anything). It has metadata, a doc page and configuration (on, off, severity) like any
 * rule, but no check of its own. Only Goalpost's own core rules are engine rules.
 */
public interface EngineRule extends Rule {}
