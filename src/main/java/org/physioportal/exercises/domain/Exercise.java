package org.physioportal.exercises.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.ContentEntity;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Publishable;
import org.physioportal.shared.SearchDocument;
import org.physioportal.shared.SearchFields;

@Entity
@Indexed(index = "exercise")
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchFields.Binder.class,
                        params =
                                @Param(
                                        name = SearchFields.TEXT_PROPERTIES,
                                        value =
                                                "name,goal,startingPosition,steps,breathing,mistakes,contraindications,frequency,difficulty")))
public class Exercise extends Publishable implements SearchDocument, ContentEntity<NewExercise> {

    private String name;

    private String goal;

    private String startingPosition;
    private String breathing;
    private String frequency;
    private String contraindications;
    private Integer sets;
    private Integer reps;
    private Integer holdSeconds;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    private Long imageId;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> steps = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "exercise_mistake", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> mistakes = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "exercise_term", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "term_id")
    private Set<Long> termIds = new HashSet<>();

    protected Exercise() {}

    public Exercise(String groupKey, Lang lang) {
        super(groupKey, lang);
    }

    @Override
    public NewExercise content() {
        return contentAs(NewExercise.class);
    }

    @Override
    public void apply(NewExercise e) {
        setPublication(e.slug(), e.status(), e.publishedAt());
        name = e.name();
        goal = e.goal();
        startingPosition = e.startingPosition();
        breathing = e.breathing();
        frequency = e.frequency();
        contraindications = e.contraindications();
        sets = e.sets();
        reps = e.reps();
        holdSeconds = e.holdSeconds();
        difficulty = e.difficulty();
        imageId = e.imageId();
        steps.clear();
        steps.addAll(e.steps());
        mistakes.clear();
        mistakes.addAll(e.mistakes() == null ? List.of() : e.mistakes());
        termIds.clear();
        termIds.addAll(e.termIds());
        keepDetails(e);
    }

    public String name() {
        return name;
    }

    public String goal() {
        return goal;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public Long imageId() {
        return imageId;
    }

    public Set<Long> termIds() {
        return termIds;
    }

    @Override
    public ContentType type() {
        return ContentType.EXERCISE;
    }

    @Override
    public String searchTitle() {
        return name;
    }

    @Override
    public String searchSummary() {
        return goal;
    }

    @Override
    public String searchBody() {
        List<String> parts = new ArrayList<>();
        parts.add(startingPosition);
        parts.addAll(steps);
        parts.add(breathing);
        parts.addAll(mistakes);
        parts.add(contraindications);
        parts.add(frequency);
        return String.join(
                "\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    @Override
    public String searchDifficulty() {
        return difficulty == null ? null : difficulty.name();
    }
}
