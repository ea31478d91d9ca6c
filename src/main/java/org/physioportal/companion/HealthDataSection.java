package org.physioportal.companion;

import java.util.List;
import java.util.Map;

/**
 * One module's part of a patient's health data, for "export everything" and "delete everything".
 * Implemented as a bean by each module that stores health data (programmes, later training and
 * outcomes); the companion collects all of them.
 */
public interface HealthDataSection {

    /** A short stable name of the section in exports ({@code programmes}, {@code sessions}). */
    String key();

    /** Every record of the patient as plain values (strings, numbers, dates), one map per record. */
    List<Map<String, Object>> export(long patientId);

    /** Removes every record of the patient (called inside the deleting transaction). */
    void deleteAll(long patientId);
}
