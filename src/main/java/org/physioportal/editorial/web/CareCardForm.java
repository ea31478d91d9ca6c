package org.physioportal.editorial.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.articles.CareCardView;
import org.physioportal.shared.Lang;

/**
 * An article's care card in both languages: for each language of the article, the three texts
 * (book a physiotherapist, see a doctor today, call the emergency number), all three or none (no
 * card in that language).
 */
public class CareCardForm {

    static final int MAX = 1000;

    private String soonEn;
    private String urgentEn;
    private String emergencyEn;
    private String soonCs;
    private String urgentCs;
    private String emergencyCs;

    static CareCardForm of(Map<Lang, CareCardView> cards) {
        var form = new CareCardForm();
        Optional.ofNullable(cards.get(Lang.EN)).ifPresent(en -> {
            form.soonEn = en.soon();
            form.urgentEn = en.urgent();
            form.emergencyEn = en.emergency();
        });
        Optional.ofNullable(cards.get(Lang.CS)).ifPresent(cs -> {
            form.soonCs = cs.soon();
            form.urgentCs = cs.urgent();
            form.emergencyCs = cs.emergency();
        });
        return form;
    }

    /** Problems by field name, for the languages the article has. */
    Map<String, String> errors(Set<Lang> langs) {
        Map<String, String> errors = new HashMap<>();
        langs.forEach(lang -> {
            String[] texts = texts(lang);
            boolean empty = texts[0] == null && texts[1] == null && texts[2] == null;
            String[] names = {"soon", "urgent", "emergency"};
            for (int i = 0; i < names.length && !empty; i++) {
                String field = names[i] + suffix(lang);
                if (texts[i] == null) {
                    errors.put(field, "editorial.error.required");
                } else if (texts[i].length() > MAX) {
                    errors.put(field, "editorial.error.too-long");
                }
            }
        });
        return errors;
    }

    /** The card of each of the languages, empty where all three texts are (no card). */
    Map<Lang, Optional<CareCardView>> cards(Set<Lang> langs) {
        Map<Lang, Optional<CareCardView>> cards = new EnumMap<>(Lang.class);
        langs.forEach(lang -> {
            String[] t = texts(lang);
            cards.put(lang, t[0] == null ? Optional.empty() : Optional.of(new CareCardView(t[0], t[1], t[2])));
        });
        return cards;
    }

    /** The language's three texts, stripped, null when blank. */
    private String[] texts(Lang lang) {
        String[] raw = lang == Lang.EN
                ? new String[] {soonEn, urgentEn, emergencyEn}
                : new String[] {soonCs, urgentCs, emergencyCs};
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i] == null || raw[i].isBlank() ? null : raw[i].strip();
        }
        return raw;
    }

    static String suffix(Lang lang) {
        return lang == Lang.EN ? "En" : "Cs";
    }

    public String getSoonEn() {
        return soonEn;
    }

    public void setSoonEn(String soonEn) {
        this.soonEn = soonEn;
    }

    public String getUrgentEn() {
        return urgentEn;
    }

    public void setUrgentEn(String urgentEn) {
        this.urgentEn = urgentEn;
    }

    public String getEmergencyEn() {
        return emergencyEn;
    }

    public void setEmergencyEn(String emergencyEn) {
        this.emergencyEn = emergencyEn;
    }

    public String getSoonCs() {
        return soonCs;
    }

    public void setSoonCs(String soonCs) {
        this.soonCs = soonCs;
    }

    public String getUrgentCs() {
        return urgentCs;
    }

    public void setUrgentCs(String urgentCs) {
        this.urgentCs = urgentCs;
    }

    public String getEmergencyCs() {
        return emergencyCs;
    }

    public void setEmergencyCs(String emergencyCs) {
        this.emergencyCs = emergencyCs;
    }
}
