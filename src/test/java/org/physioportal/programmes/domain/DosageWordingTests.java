package org.physioportal.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The dosage line the programme pages, the day and the handout all show, worded from the site's messages. */
class DosageWordingTests {

    private final DosageWording wording = new DosageWording(messages());

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void repetitionsRestTimesAndDaysInWeekOrder() {
        var item = new ProgrammeItem(
                "g", 3, 10, null, 30, 2, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "");
        assertThat(wording.line(item, Locale.ENGLISH))
                .isEqualTo("3 × 10 repetitions · rest 30 s · 2× a day · Mo We Fr");
        assertThat(wording.line(item, Locale.forLanguageTag("cs")))
                .isEqualTo("3 × 10 opakování · pauza 30 s · 2× denně · Po St Pá");
    }

    @Test
    void aHoldInsteadOfRepetitions() {
        var item = new ProgrammeItem("g", 2, null, 20, 45, 1, EnumSet.of(DayOfWeek.SUNDAY), null);
        assertThat(wording.line(item, Locale.ENGLISH)).isEqualTo("2 × hold 20 s · rest 45 s · 1× a day · Su");
    }

    @Test
    void noDaysLeavesNoTrailingSeparator() {
        var item = new ProgrammeItem("g", 1, 5, null, 0, 1, EnumSet.noneOf(DayOfWeek.class), null);
        assertThat(wording.line(item, Locale.ENGLISH)).isEqualTo("1 × 5 repetitions · rest 0 s · 1× a day");
    }
}
