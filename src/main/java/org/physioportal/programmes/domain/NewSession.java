package org.physioportal.programmes.domain;

import java.time.LocalDate;
import java.util.Set;

/** A session as checked from the day's form. */
public record NewSession(
        Long programmeId, LocalDate day, String clientKey, int pain, int effort, String note, Set<String> done) {}
