package dk.aarshjul.shared;

/**
 * Published when Årshjul itself has changed who belongs to which group or municipality (onboarding a
 * municipality, a cooperation or a person), so that what is kept of callers' memberships is read afresh.
 */
public record MembershipsChanged(String reason) {}
