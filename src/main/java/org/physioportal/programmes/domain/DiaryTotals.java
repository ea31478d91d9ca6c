package org.physioportal.programmes.domain;

import java.time.LocalDate;

/** A patient's diary summed up for the desk ({@link ExerciseSessionRepository#totals}); pains are null without sessions. */
public record DiaryTotals(
        long patientId, long recentSessions, Double painLastWeek, Double painWeekBefore, LocalDate lastDay) {}
