package org.physioportal.articles.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.physioportal.articles.CareCardView;
import org.physioportal.shared.Lang;
import org.physioportal.shared.LangConverter;

/** An article's "when to get help" card in one language, kept per translation group. */
@Entity
public class CareCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String groupKey;

    @Convert(converter = LangConverter.class)
    private Lang lang;

    private String soon;
    private String urgent;
    private String emergency;

    protected CareCard() {}

    public CareCard(String groupKey, Lang lang) {
        this.groupKey = groupKey;
        this.lang = lang;
    }

    public void update(CareCardView card) {
        soon = card.soon();
        urgent = card.urgent();
        emergency = card.emergency();
    }

    public String groupKey() {
        return groupKey;
    }

    public Lang lang() {
        return lang;
    }

    public CareCardView view() {
        return new CareCardView(soon, urgent, emergency);
    }
}
