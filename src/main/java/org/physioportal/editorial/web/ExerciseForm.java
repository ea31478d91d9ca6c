package org.physioportal.editorial.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.Status;

/** The exercise form, also the snapshot of each revision. Steps and mistakes are one per line. */
public class ExerciseForm extends ContentForm {

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 200, message = "{editorial.error.too-long}")
    private String name;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 1000, message = "{editorial.error.too-long}")
    private String goal;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 2000, message = "{editorial.error.too-long}")
    private String startingPosition;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 20_000, message = "{editorial.error.too-long}")
    private String steps;

    @Size(max = 1000, message = "{editorial.error.too-long}")
    private String breathing;

    @Size(max = 20_000, message = "{editorial.error.too-long}")
    private String mistakes;

    @Min(value = 1, message = "{editorial.error.range}")
    @Max(value = 20, message = "{editorial.error.range}")
    private Integer sets;

    @Min(value = 1, message = "{editorial.error.range}")
    @Max(value = 200, message = "{editorial.error.range}")
    private Integer reps;

    @Min(value = 1, message = "{editorial.error.range}")
    @Max(value = 600, message = "{editorial.error.range}")
    private Integer holdSeconds;

    @Size(max = 300, message = "{editorial.error.too-long}")
    private String frequency;

    @Size(max = 2000, message = "{editorial.error.too-long}")
    private String contraindications;

    @NotNull(message = "{editorial.error.required}")
    private Difficulty difficulty = Difficulty.EASY;

    private Long imageId;

    static ExerciseForm of(NewExercise e) {
        var form = new ExerciseForm();
        form.groupKey = e.groupKey();
        form.language = e.lang();
        form.slug = e.slug();
        form.name = e.name();
        form.goal = e.goal();
        form.startingPosition = e.startingPosition();
        form.steps = String.join("\n", e.steps());
        form.breathing = e.breathing();
        form.mistakes = e.mistakes() == null ? "" : String.join("\n", e.mistakes());
        form.sets = e.sets();
        form.reps = e.reps();
        form.holdSeconds = e.holdSeconds();
        form.frequency = e.frequency();
        form.contraindications = e.contraindications();
        form.difficulty = e.difficulty();
        form.imageId = e.imageId();
        form.termIds = new LinkedHashSet<>(e.termIds());
        return form;
    }

    @Override
    NewExercise toContent(Status status, Instant publishedAt) {
        return new NewExercise(
                groupKey,
                language,
                slug,
                name.strip(),
                goal.strip(),
                startingPosition.strip(),
                lines(steps),
                blankToNull(breathing),
                lines(mistakes),
                sets,
                reps,
                holdSeconds,
                blankToNull(frequency),
                blankToNull(contraindications),
                difficulty,
                imageId,
                Set.copyOf(termIds),
                status,
                publishedAt);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(Object o) {
        return o == null ? "" : o.toString();
    }

    // --- bean accessors for binding, templates and JSON

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getStartingPosition() {
        return startingPosition;
    }

    public void setStartingPosition(String startingPosition) {
        this.startingPosition = startingPosition;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getBreathing() {
        return breathing;
    }

    public void setBreathing(String breathing) {
        this.breathing = breathing;
    }

    public String getMistakes() {
        return mistakes;
    }

    public void setMistakes(String mistakes) {
        this.mistakes = mistakes;
    }

    public Integer getSets() {
        return sets;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getReps() {
        return reps;
    }

    public void setReps(Integer reps) {
        this.reps = reps;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getContraindications() {
        return contraindications;
    }

    public void setContraindications(String contraindications) {
        this.contraindications = contraindications;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public Long getImageId() {
        return imageId;
    }

    public void setImageId(Long imageId) {
        this.imageId = imageId;
    }

    /** An exercise must be filed under at least one term (its body region, at least). */
    @Override
    @NotEmpty(message = "{editorial.error.terms}")
    public java.util.Set<Long> getTermIds() {
        return super.getTermIds();
    }
}
