package org.physioportal.articles;

import jakarta.validation.Valid;
import java.util.Optional;
import org.physioportal.articles.domain.CareCard;
import org.physioportal.articles.domain.CareCardRepository;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The care cards of articles, one per translation group and language. */
@Service
@Validated
@Transactional(readOnly = true)
public class CareCards {

    private final CareCardRepository cards;

    CareCards(CareCardRepository cards) {
        this.cards = cards;
    }

    public Optional<CareCardView> find(String groupKey, Lang lang) {
        return cards.findByGroupKeyAndLang(groupKey, lang).map(CareCard::view);
    }

    @Transactional
    public void save(String groupKey, Lang lang, @Valid CareCardView card) {
        CareCard stored = cards.findByGroupKeyAndLang(groupKey, lang).orElseGet(() -> new CareCard(groupKey, lang));
        stored.update(card);
        cards.save(stored);
    }
}
