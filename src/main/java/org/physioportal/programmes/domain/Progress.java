package org.physioportal.programmes.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adherence and pain, derived from the programmes and the diary (never stored): sessions done ÷
 * sessions prescribed per week, where a day prescribes as many sessions as the most frequent of its
 * planned exercises (times per day); and the pain logged with each session.
 */
@Service
@Transactional(readOnly = true)
public class Progress {

    private final ProgrammeRepository programmes;
    private final ExerciseSessionRepository sessions;

    Progress(ProgrammeRepository programmes, ExerciseSessionRepository sessions) {
        this.programmes = programmes;
        this.sessions = sessions;
    }

    /** One week (starting Monday): sessions done, prescribed, and the share in per cent (null: nothing prescribed). */
    public record Week(LocalDate monday, int done, int prescribed) {
        public Integer percent() {
            return prescribed == 0 ? null : Math.min(100, Math.round(100f * done / prescribed));
        }
    }

    /** The pain logged on a day (the mean when several sessions were logged). */
    public record PainPoint(LocalDate day, double pain) {}

    public record Summary(List<Week> weeks, List<PainPoint> pain) {}

    /** The last {@code weeks} weeks up to {@code today}, oldest first. */
    public Summary summary(long patientId, LocalDate today, int weeks) {
        LocalDate from =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<PlannedDays> own = programmes.plansOf(List.of(patientId));
        List<ExerciseSession> logged = sessions.between(patientId, from, today);
        List<Week> list = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = from.plusWeeks(w);
            LocalDate sunday = monday.plusDays(6);
            int done = (int) logged.stream()
                    .filter(s -> !s.day().isBefore(monday) && !s.day().isAfter(sunday))
                    .count();
            list.add(new Week(monday, done, prescribed(own, monday, sunday.isAfter(today) ? today : sunday)));
        }
        Map<LocalDate, Double> byDay = logged.stream()
                .collect(Collectors.groupingBy(
                        ExerciseSession::day, java.util.TreeMap::new, Collectors.averagingInt(ExerciseSession::pain)));
        List<PainPoint> pain = byDay.entrySet().stream()
                .map(e -> new PainPoint(e.getKey(), e.getValue()))
                .toList();
        return new Summary(list, pain);
    }

    /** Sessions prescribed from {@code from} to {@code to}, both included. */
    static int prescribed(List<PlannedDays> own, LocalDate from, LocalDate to) {
        int total = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int most = 0;
            for (PlannedDays item : own) {
                most = Math.max(most, item.sessionsOn(day));
            }
            total += most;
        }
        return total;
    }

    /** What the therapist's desk needs to know about a patient. */
    public record Attention(
            Integer adherence14,
            Double painChange,
            long daysSinceLog,
            boolean lowAdherence,
            boolean painUp,
            boolean silent) {
        public int score() {
            return (lowAdherence ? 1 : 0) + (painUp ? 1 : 0) + (silent ? 1 : 0);
        }
    }

    /**
     * Adherence under 50 % over the last 14 days; pain up by 2 or more (the NPRS minimal important
     * change) from the week two weeks ago to the last week; nothing logged for 7 days.
     */
    public Attention attention(long patientId, LocalDate today) {
        return attention(List.of(patientId), today).get(patientId);
    }

    /**
     * {@link #attention(long, LocalDate)} for many patients: two queries of a few columns, whatever
     * their number (the desk reads them through {@link DeskFigures}, which keeps them).
     */
    public Map<Long, Attention> attention(Collection<Long> patientIds, LocalDate today) {
        Map<Long, Attention> attention = new HashMap<>();
        figures(patientIds, today).forEach((id, f) -> attention.put(id, f.attention(today)));
        return attention;
    }

    /** What a patient's attention is derived from: sessions prescribed over 14 days, and the diary summed up (null: nothing in 60 days). */
    record Figures(int prescribed, DiaryTotals diary) {
        Attention attention(LocalDate today) {
            return Progress.attention(prescribed, diary, today);
        }
    }

    Map<Long, Figures> figures(Collection<Long> patientIds, LocalDate today) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        LocalDate from = today.minusDays(13);
        Map<Long, List<PlannedDays>> own =
                programmes.plansOf(patientIds).stream().collect(Collectors.groupingBy(PlannedDays::patientId));
        Map<Long, DiaryTotals> totals = new HashMap<>();
        sessions.totals(patientIds, from, today.minusDays(6), today).forEach(t -> totals.put(t.patientId(), t));
        // the last day of those with nothing in two weeks, up to 60 days back (few rows: they log little)
        List<Long> quiet =
                patientIds.stream().filter(id -> !totals.containsKey(id)).toList();
        if (!quiet.isEmpty()) {
            sessions.lastDays(quiet, today.minusDays(60), from.minusDays(1))
                    .forEach(last ->
                            totals.put(last.patientId(), new DiaryTotals(last.patientId(), 0, null, null, last.day())));
        }
        Map<Long, Figures> figures = new HashMap<>();
        for (Long id : patientIds) {
            figures.put(id, new Figures(prescribed(own.getOrDefault(id, List.of()), from, today), totals.get(id)));
        }
        return figures;
    }

    static Attention attention(int prescribed, DiaryTotals diary, LocalDate today) {
        long done = diary == null ? 0 : diary.recentSessions();
        Integer adherence = prescribed == 0 ? null : (int) Math.min(100, Math.round(100.0 * done / prescribed));
        Double change = diary != null && diary.painLastWeek() != null && diary.painWeekBefore() != null
                ? diary.painLastWeek() - diary.painWeekBefore()
                : null;
        long since = diary == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(diary.lastDay(), today);
        return new Attention(
                adherence,
                change,
                since,
                adherence != null && adherence < 50,
                change != null && change >= 2,
                prescribed > 0 && since >= 7);
    }
}
