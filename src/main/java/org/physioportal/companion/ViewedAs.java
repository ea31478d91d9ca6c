package org.physioportal.companion;

/** Who asks to see a patient's data: the patient themselves or a linked therapist. */
public enum ViewedAs {
    PATIENT,
    THERAPIST
}
