package dk.aarshjul.planning.domain;

/**
 * The version of the annual cycle a plan ran on ({@code camunda:versionTag}), and whether it was its
 * municipality's own variant of it: kept with the plan, after the engine's history is gone.
 */
public record CycleRun(String version, boolean variant) {}
