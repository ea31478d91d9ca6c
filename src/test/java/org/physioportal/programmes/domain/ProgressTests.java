package org.physioportal.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDayPrescribesAsManySessionsAsItsMostFrequentExercise() {
        var programme = Programme.forPatient(1, null, Instant.EPOCH);
        programme.apply(
                new ProgrammeContent(
                        "t",
                        "",
                        MONDAY,
                        null,
                        List.of(
                                new ProgrammeItem(
                                        "a",
                                        3,
                                        10,
                                        null,
                                        30,
                                        2,
                                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                                        ""),
                                new ProgrammeItem(
                                        "b", 3, 10, null, 30, 1, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), ""))),
                Instant.EPOCH);
        assertThat(Progress.prescribed(List.of(programme), MONDAY, MONDAY.plusDays(6)))
                .isEqualTo(2 + 2 + 2 + 1);
        assertThat(Progress.prescribed(List.of(programme), MONDAY.minusDays(7), MONDAY.minusDays(1)))
                .as("nothing before the start")
                .isZero();
    }

    @Test
    void adherenceIsCappedAtAHundredPerCentAndUnknownWithoutAPlan() {
        assertThat(new Progress.Week(MONDAY, 9, 7).percent()).isEqualTo(100);
        assertThat(new Progress.Week(MONDAY, 3, 7).percent()).isEqualTo(43);
        assertThat(new Progress.Week(MONDAY, 2, 0).percent()).isNull();
    }

    @Test
    void attentionCountsEachFlag() {
        assertThat(new Progress.Attention(40, 2.5, 8, true, true, true).score()).isEqualTo(3);
        assertThat(new Progress.Attention(90, -1.0, 1, false, false, false).score())
                .isZero();
    }
}
