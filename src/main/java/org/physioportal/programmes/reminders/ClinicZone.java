package org.physioportal.programmes.reminders;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.TimeZone;

/**
 * The clinic's time zone as an iCalendar VTIMEZONE, written from the JDK's own rules (its yearly
 * transitions), so that calendar apps keep the sessions at the same wall-clock time across summer
 * time without anything being fetched from outside.
 */
final class ClinicZone {

    private ClinicZone() {}

    static TimezoneAssignment of(ZoneId zone) {
        var component = new VTimezone(zone.getId());
        var rules = zone.getRules();
        if (rules.getTransitionRules().isEmpty()) {
            var standard = new StandardTime();
            ZoneOffset offset = rules.getOffset(Instant.now());
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(offset(offset));
            standard.setTimezoneOffsetTo(offset(offset));
            component.addStandardTime(standard);
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            if (rule.getOffsetAfter().getTotalSeconds()
                    > rule.getStandardOffset().getTotalSeconds()) {
                component.addDaylightSavingsTime(observance(rule, new DaylightSavingsTime()));
            } else {
                component.addStandardTime(observance(rule, new StandardTime()));
            }
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component);
    }

    /** The observance of a yearly switch: from its wall-clock time in 2000, every year. */
    private static <T extends Observance> T observance(ZoneOffsetTransitionRule rule, T observance) {
        LocalDateTime start = rule.createTransition(2000).getDateTimeBefore();
        observance.setDateStart(new DateTimeComponents(
                start.getYear(),
                start.getMonthValue(),
                start.getDayOfMonth(),
                start.getHour(),
                start.getMinute(),
                start.getSecond(),
                false));
        observance.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
        observance.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
        observance.setRecurrenceRule(yearly(rule));
        return observance;
    }

    /**
     * The yearly rule as calendar apps know it: "the last Sunday of March" (BYDAY=-1SU), "the second
     * Sunday of March" (BYDAY=2SU), else "the Sunday on or after the 25th" spelt out as BYMONTHDAY.
     */
    private static Recurrence yearly(ZoneOffsetTransitionRule rule) {
        var builder =
                new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return builder.byMonthDay(day).build();
        }
        var weekday = biweekly.util.DayOfWeek.valueOf(rule.getDayOfWeek().name());
        int shortest = rule.getMonth().minLength();
        if (day == -1 || day == shortest - 6 && shortest == rule.getMonth().maxLength()) {
            return builder.byDay(-1, weekday).build();
        }
        if (day > 0 && (day - 1) % 7 == 0 && day <= 22) {
            return builder.byDay((day - 1) / 7 + 1, weekday).build();
        }
        builder.byDay(weekday);
        for (int i = 0; i < 7; i++) {
            int monthDay = day > 0 ? day + i : day - i; // negative: counted from the month's end
            if (Math.abs(monthDay) <= 31) {
                builder.byMonthDay(monthDay);
            }
        }
        return builder.build();
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
