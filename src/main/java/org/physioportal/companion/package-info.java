/**
 * The patient companion's shared core, reused by every module that keeps a patient's health data
 * (programmes now; training and outcomes later): the therapist-patient link, the consent step, the
 * access record ("who has seen my data"), export and deletion. The root package is the public face:
 * {@link org.physioportal.companion.PatientAccess} (who may see a patient's data, recording every
 * therapist's view) and {@link org.physioportal.companion.HealthDataSection}, which each such module
 * implements so that export and deletion cover its data.
 */
package org.physioportal.companion;
