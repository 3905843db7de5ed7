package dev.goalpost.engine;

/**
 * A rule whose findings the engine reports itself, because they depend on the whole run rather than on one
 * element (whether an inline suppression matched anything). It has metadata, a doc page and configuration (on,
 * off, severity) like any rule, but no check of its own.
 */
public interface EngineRule extends Rule {}
