package dk.aarshjul.goals.domain;

/** A goal's status in a quarter and the reason, in one Danish sentence. */
public record Assessment(GoalStatus status, String reason) {}
