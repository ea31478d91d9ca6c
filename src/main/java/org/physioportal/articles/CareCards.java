package org.physioportal.articles;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.articles.domain.CareCard;
import org.physioportal.articles.domain.CareCardRepository;
import org.physioportal.shared.Lang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The care cards of articles, one per translation group and language. Every save or removal
 * announces {@link CareCardChanged}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CareCards {

    private final CareCardRepository cards;
    private final ApplicationEventPublisher events;

    CareCards(CareCardRepository cards, ApplicationEventPublisher events) {
        this.cards = cards;
        this.events = events;
    }

    public Optional<CareCardView> find(String groupKey, Lang lang) {
        return cards.findByGroupKeyAndLang(groupKey, lang).map(CareCard::view);
    }

    /** The group's cards by language (none for a language without one). */
    public Map<Lang, CareCardView> of(String groupKey) {
        Map<Lang, CareCardView> found = new EnumMap<>(Lang.class);
        cards.findByGroupKey(groupKey).forEach(card -> found.put(card.lang(), card.view()));
        return found;
    }

    /** The languages that have a card, for each of the groups that has one. */
    public Map<String, Set<Lang>> languages(Collection<String> groupKeys) {
        Map<String, Set<Lang>> found = new HashMap<>();
        if (!groupKeys.isEmpty()) {
            cards.findByGroupKeyIn(groupKeys)
                    .forEach(card -> found.computeIfAbsent(card.groupKey(), k -> EnumSet.noneOf(Lang.class))
                            .add(card.lang()));
        }
        return found;
    }

    @Transactional
    public void save(String groupKey, Lang lang, @Valid CareCardView card) {
        store(groupKey, lang, card);
    }

    /**
     * Saves the group's cards in the given languages together, a language without a card removing
     * that language's card: all of them, or none if the database refuses one.
     */
    @Transactional
    public void update(String groupKey, Map<Lang, Optional<CareCardView>> byLang) {
        byLang.forEach((lang, card) -> card.ifPresentOrElse(
                c -> store(groupKey, lang, c),
                () -> cards.findByGroupKeyAndLang(groupKey, lang).ifPresent(gone -> {
                    cards.delete(gone);
                    events.publishEvent(new CareCardChanged(groupKey, lang));
                })));
    }

    private void store(String groupKey, Lang lang, CareCardView card) {
        CareCard stored = cards.findByGroupKeyAndLang(groupKey, lang).orElseGet(() -> new CareCard(groupKey, lang));
        stored.update(card);
        cards.save(stored);
        events.publishEvent(new CareCardChanged(groupKey, lang));
    }
}
