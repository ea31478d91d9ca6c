package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivatePagesTests {

    @ParameterizedTest
    @CsvSource({
        "/en/my, true",
        "/cs/my/today, true",
        "/en/my/privacy/export.csv, true",
        "/en/therapist, true",
        "/cs/therapist/patients/12, true",
        "/en/myths-about-back-pain, false",
        "/en/articles/my, false",
        "/xx/my/today, false",
        "/en/therapists, false",
        "/my/today, false",
        "/ical/abc.ics, true",
        "/icalendar, false",
        "/, false"
    })
    void privatePagesAreThoseUnderMyAndTherapistAndTheCalendarFeeds(String path, boolean expected) {
        assertThat(PrivatePages.matches(path)).isEqualTo(expected);
    }
}
