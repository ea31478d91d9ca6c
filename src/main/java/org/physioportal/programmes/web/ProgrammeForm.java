package org.physioportal.programmes.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeContent;
import org.physioportal.programmes.domain.ProgrammeItem;

/**
 * The one form for programmes, templates and self-managed programmes: title, aim, dates and rows
 * of exercises with their dosage. Rows without an exercise are ignored (the form always offers a
 * few empty ones); {@link #check} turns it into content or problems by field, message keys included.
 */
public class ProgrammeForm {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final int EMPTY_ROWS = 3;

    private String title = "";
    private String aim = "";
    private String startDate = "";
    private String reviewDate = "";
    private List<ItemForm> items = new ArrayList<>();

    /** The form of an existing programme, plus empty rows. */
    static ProgrammeForm of(Programme programme) {
        var form = new ProgrammeForm();
        form.title = programme.title();
        form.aim = programme.aim();
        form.startDate =
                programme.startDate() == null ? "" : programme.startDate().toString();
        form.reviewDate =
                programme.reviewDate() == null ? "" : programme.reviewDate().toString();
        int n = 0;
        for (ProgrammeItem item : programme.items()) {
            var row = new ItemForm();
            row.setExercise(item.exerciseGroup());
            row.setPosition(String.valueOf(++n));
            row.setSets(text(item.sets()));
            row.setReps(text(item.reps()));
            row.setHold(text(item.holdSeconds()));
            row.setRest(String.valueOf(item.restSeconds()));
            row.setTimes(String.valueOf(item.timesPerDay()));
            row.setDays(item.days().stream().map(DayOfWeek::name).toList());
            row.setNote(item.note());
            form.items.add(row);
        }
        return form.withEmptyRows();
    }

    ProgrammeForm withEmptyRows() {
        items.removeIf(ItemForm::blank);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            var row = new ItemForm();
            row.setPosition(String.valueOf(items.size() + 1));
            row.setDays(
                    List.of(DayOfWeek.values()).stream().map(DayOfWeek::name).toList());
            items.add(row);
        }
        return this;
    }

    /**
     * The checked content, or null with {@code errors} filled; {@code known} are the exercises that
     * may be chosen, by group; {@code datesRequired} for programmes (templates have no dates).
     */
    ProgrammeContent check(Map<String, ExerciseView> known, boolean datesRequired, Map<String, String> errors) {
        if (title.isBlank() || title.length() > 120) {
            errors.put("title", "programme.error.title");
        }
        if (aim.length() > 500) {
            errors.put("aim", "programme.error.aim");
        }
        LocalDate start = date("startDate", startDate, datesRequired, errors);
        LocalDate review = date("reviewDate", reviewDate, false, errors);
        if (start != null && review != null && review.isBefore(start)) {
            errors.put("reviewDate", "programme.error.review-before-start");
        }
        List<ItemForm> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).blank()) {
                rows.add(items.get(i));
            }
        }
        if (rows.isEmpty()) {
            errors.put("items", "programme.error.no-items");
        }
        Map<ItemForm, ProgrammeItem> checked = new LinkedHashMap<>();
        for (ItemForm row : rows) {
            ProgrammeItem item = item(row, "items[" + items.indexOf(row) + "].", known, errors);
            checked.put(row, item);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<ProgrammeItem> ordered = rows.stream()
                .sorted(Comparator.comparingInt(r -> parseOr(r.getPosition(), Integer.MAX_VALUE)))
                .map(checked::get)
                .toList();
        return new ProgrammeContent(title.strip(), aim.strip(), start, review, ordered);
    }

    private static ProgrammeItem item(
            ItemForm row, String at, Map<String, ExerciseView> known, Map<String, String> errors) {
        ExerciseView exercise = known.get(row.getExercise());
        if (exercise == null) {
            errors.put(at + "exercise", "programme.error.exercise");
        } else if (row.getSets().isEmpty()
                && row.getReps().isEmpty()
                && row.getHold().isEmpty()) {
            // the exercise's own dosage is the default
            row.setSets(text(exercise.sets() == null ? 1 : exercise.sets()));
            row.setReps(text(exercise.reps()));
            row.setHold(text(exercise.holdSeconds()));
        }
        number(at + "position", row.getPosition(), 1, 100, false, errors);
        Integer sets = number(at + "sets", row.getSets(), 1, 20, true, errors);
        Integer reps = number(at + "reps", row.getReps(), 1, 200, false, errors);
        Integer hold = number(at + "hold", row.getHold(), 1, 600, false, errors);
        if (reps == null && hold == null && !errors.containsKey(at + "reps") && !errors.containsKey(at + "hold")) {
            errors.put(at + "reps", "programme.error.reps-or-hold");
        }
        Integer rest = number(at + "rest", row.getRest().isEmpty() ? "0" : row.getRest(), 0, 600, true, errors);
        Integer times = number(at + "times", row.getTimes(), 1, 6, true, errors);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : row.getDays()) {
            try {
                days.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException e) {
                errors.put(at + "days", "programme.error.days");
            }
        }
        if (days.isEmpty()) {
            errors.put(at + "days", "programme.error.days");
        }
        if (row.getNote().length() > 500) {
            errors.put(at + "note", "programme.error.note");
        }
        return new ProgrammeItem(
                row.getExercise(),
                sets,
                reps,
                hold,
                rest == null ? 0 : rest,
                times == null ? 1 : times,
                days,
                row.getNote());
    }

    private static Integer number(
            String field, String text, int min, int max, boolean required, Map<String, String> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.put(field, "programme.error." + field.substring(field.lastIndexOf('.') + 1));
            }
            return null;
        }
        int value = parseOr(text, Integer.MIN_VALUE);
        if (value < min || value > max) {
            errors.put(field, "programme.error." + field.substring(field.lastIndexOf('.') + 1));
            return null;
        }
        return value;
    }

    private static LocalDate date(String field, String text, boolean required, Map<String, String> errors) {
        if (text.isBlank()) {
            if (required) {
                errors.put(field, "programme.error.date");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                errors.put(field, "programme.error.date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "programme.error.date");
            return null;
        }
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim == null ? "" : aim.strip();
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate == null ? "" : startDate;
    }

    public String getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(String reviewDate) {
        this.reviewDate = reviewDate == null ? "" : reviewDate;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    /** Rows pre-filled with exercises and their own dosage (the default for a new programme). */
    void prefill(List<ExerciseView> exercises) {
        for (ExerciseView e : exercises) {
            var row = new ItemForm();
            row.setExercise(e.groupKey());
            row.setPosition(String.valueOf(items.size() + 1));
            row.setSets(text(e.sets() == null ? 1 : e.sets()));
            row.setReps(text(e.reps()));
            row.setHold(text(e.holdSeconds()));
            if (e.reps() == null && e.holdSeconds() == null) {
                row.setReps("10");
            }
            row.setRest("30");
            row.setDays(
                    List.of(DayOfWeek.values()).stream().map(DayOfWeek::name).toList());
            items.add(row);
        }
    }
}
