package org.physioportal.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static int days(DayOfWeek first, DayOfWeek... rest) {
        return ProgrammeItem.mask(EnumSet.of(first, rest));
    }

    @Test
    void aDayPrescribesAsManySessionsAsItsMostFrequentExercise() {
        var plan = List.of(
                new PlannedDays(1, MONDAY, days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2),
                new PlannedDays(1, MONDAY, days(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), 1));
        assertThat(Progress.prescribed(plan, MONDAY, MONDAY.plusDays(6))).isEqualTo(2 + 2 + 2 + 1);
        assertThat(Progress.prescribed(plan, MONDAY.minusDays(7), MONDAY.minusDays(1)))
                .as("nothing before the start")
                .isZero();
    }

    @Test
    void aProgrammeWithoutAStartDateRunsEveryPlannedDay() {
        var plan = List.of(new PlannedDays(1, null, days(DayOfWeek.TUESDAY), 3));
        assertThat(Progress.prescribed(plan, MONDAY.minusWeeks(2), MONDAY.plusDays(6)))
                .isEqualTo(9);
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
