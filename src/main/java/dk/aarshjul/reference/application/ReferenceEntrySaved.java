package dk.aarshjul.reference.application;

import dk.aarshjul.reference.domain.ReferenceEntry;

/** The operator added or corrected an entry of reference data: told to the features that follow it. */
public record ReferenceEntrySaved(ReferenceEntry entry) {}
