package org.physioportal.editorial.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.physioportal.editorial.domain.EditorialProblem;
import org.springframework.http.HttpStatus;

/** Times typed in the back office are the clinic's local time. */
final class ClinicTime {

    static final ZoneId CLINIC = ZoneId.of("Europe/Prague");

    private ClinicTime() {}

    /** A publish-at or unpublish-at time typed in the clinic's time zone; empty means now (null). */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(CLINIC).toInstant();
        } catch (DateTimeParseException e) {
            throw new EditorialProblem(HttpStatus.BAD_REQUEST, "editorial.error.publish-at");
        }
    }
}
