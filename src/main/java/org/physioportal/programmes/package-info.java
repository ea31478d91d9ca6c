/**
 * Home-exercise programmes: what a therapist prescribes (or a member builds from an article's
 * exercises), the therapist's templates, and the patient's day and session diary. Health data: read
 * only through {@link org.physioportal.companion.PatientAccess}, exported and deleted as a
 * {@link org.physioportal.companion.HealthDataSection}. Exercises are read through the exercises
 * module's public API by translation group, so a programme shows in the reader's language.
 */
package org.physioportal.programmes;
