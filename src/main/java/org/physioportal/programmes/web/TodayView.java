package org.physioportal.programmes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.ModelAndView;

/** What the day page shows: the programmes running today, each with today's exercises, and today's sessions. */
@Component
class TodayView {

    private final Programmes programmes;
    private final Diary diary;
    private final ExerciseCards cards;

    TodayView(Programmes programmes, Diary diary, ExerciseCards cards) {
        this.programmes = programmes;
        this.diary = diary;
        this.cards = cards;
    }

    /** One exercise of today: its dosage and the exercise in the reader's language with its public parts. */
    record DayItem(ProgrammeItem item, ExerciseView exercise, DayCardMarkup.Parts markup) {}

    record DayProgramme(Programme programme, List<DayItem> items) {}

    /** In one read-only transaction: the look-ups share a connection and one commit. */
    @Transactional(readOnly = true)
    ModelAndView today(Lang lang, long patientId, LocalDate today) {
        List<Programme> running = programmes.ofPatient(patientId).stream()
                .filter(p -> p.runsOn(today))
                .toList();
        var groups = running.stream()
                .flatMap(p -> p.items().stream())
                .map(ProgrammeItem::exerciseGroup)
                .distinct()
                .toList();
        Map<String, ExerciseCards.Card> byGroup = cards.of(groups, lang);
        List<DayProgramme> day = new ArrayList<>();
        for (Programme p : running) {
            List<DayItem> items = p.items().stream()
                    .filter(i -> i.on(today.getDayOfWeek()) && byGroup.containsKey(i.exerciseGroup()))
                    .map(i -> {
                        ExerciseCards.Card card = byGroup.get(i.exerciseGroup());
                        return new DayItem(i, card.exercise(), card.markup());
                    })
                    .toList();
            if (!items.isEmpty()) {
                day.add(new DayProgramme(p, items));
            }
        }
        return new ModelAndView("programmes/today")
                .addObject("lang", lang.code())
                .addObject("today", today)
                .addObject("day", day)
                .addObject("logged", diary.between(patientId, today, today));
    }
}
