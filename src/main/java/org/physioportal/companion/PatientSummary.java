package org.physioportal.companion;

/** A linked patient as a therapist's pages show them. */
public record PatientSummary(long id, String displayName, String email) {}
