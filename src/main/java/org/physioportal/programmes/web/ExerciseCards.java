package org.physioportal.programmes.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.physioportal.exercises.ExerciseVideos;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentChangedElsewhere;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Teaser;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public half of a patient's day: an exercise's published version in a language with its
 * picture and demonstration videos, the same for every patient (no health data, nothing about who
 * asked). Three look-ups in three modules were a quarter of the day page's CPU, so a card is kept
 * until any content changes, on this node ({@link ContentChanged}, also sent when a scheduled item
 * goes live or comes down) or another ({@link ContentChangedElsewhere}), and for at most {@value
 * #SECONDS} s, the safety net for a lost notification or a change of a picture's texts.
 */
@Component
class ExerciseCards {

    static final int SECONDS = 30;

    /** One exercise as the day shows it, with its public parts already rendered ({@link DayCardMarkup}). */
    record Card(ExerciseView exercise, DayCardMarkup.Parts markup) {}

    private record Key(String group, Lang lang) {}

    private final Cache<Key, Optional<Card>> cards = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofSeconds(SECONDS))
            .build();

    /** Moves on with every change, so that cards read across a change are not kept. */
    private final AtomicLong generation = new AtomicLong();

    private final ExercisesApi exercises;
    private final ExerciseVideos videos;
    private final MediaApi media;
    private final DayCardMarkup markup;

    ExerciseCards(ExercisesApi exercises, ExerciseVideos videos, MediaApi media, DayCardMarkup markup) {
        this.exercises = exercises;
        this.videos = videos;
        this.media = media;
        this.markup = markup;
    }

    /** The cards of the given translation groups by group key; unknown and unpublished groups are left out. */
    Map<String, Card> of(Collection<String> groups, Lang lang) {
        Map<String, Card> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String group : groups) {
            Optional<Card> known = cards.getIfPresent(new Key(group, lang));
            if (known == null) {
                missing.add(group);
            } else {
                known.ifPresent(card -> found.put(group, card));
            }
        }
        if (!missing.isEmpty()) {
            long before = generation.get();
            Map<String, Card> loaded = load(missing, lang);
            List<Key> keys = missing.stream().map(group -> new Key(group, lang)).toList();
            keys.forEach(key -> cards.put(key, Optional.ofNullable(loaded.get(key.group()))));
            if (generation.get() != before) {
                cards.invalidateAll(keys); // a change committed while reading: read again next time
            }
            found.putAll(loaded);
        }
        return found;
    }

    private Map<String, Card> load(Collection<String> groups, Lang lang) {
        Map<String, ExerciseView> byGroup = exercises.publishedByGroup(groups, lang);
        Map<Long, MediaView> pictures = media.findAll(
                byGroup.values().stream()
                        .map(ExerciseView::imageId)
                        .filter(Objects::nonNull)
                        .toList(),
                lang);
        Map<Long, List<Teaser>> demonstrations = videos.forExercises(
                byGroup.values().stream().map(ExerciseView::id).toList(), lang);
        Map<String, Card> loaded = new HashMap<>();
        byGroup.forEach((group, e) -> {
            MediaView picture = pictures.get(e.imageId());
            List<Teaser> shown = List.copyOf(demonstrations.getOrDefault(e.id(), List.of()));
            loaded.put(group, new Card(e, markup.render(e, picture, shown, lang)));
        });
        return loaded;
    }

    /** After the change has committed: every card is read again when next asked for. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ContentChanged changed) {
        forgetAll();
    }

    @EventListener
    void on(ContentChangedElsewhere changed) {
        forgetAll();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        cards.invalidateAll();
    }
}
