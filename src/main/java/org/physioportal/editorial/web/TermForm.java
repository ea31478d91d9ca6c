package org.physioportal.editorial.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.NewTerm;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermTexts;

/** A term's key and kind (when it is new) and its slug, name and description in both languages. */
public class TermForm {

    private String key;
    private TermKind kind = TermKind.TOPIC;
    private String slugEn;
    private String nameEn;
    private String descriptionEn;
    private String slugCs;
    private String nameCs;
    private String descriptionCs;

    static TermForm of(TermTexts term) {
        var form = new TermForm();
        form.key = term.key();
        form.kind = term.kind();
        NewTerm.Text en = term.texts().get(Lang.EN);
        NewTerm.Text cs = term.texts().get(Lang.CS);
        if (en != null) {
            form.slugEn = en.slug();
            form.nameEn = en.name();
            form.descriptionEn = en.description();
        }
        if (cs != null) {
            form.slugCs = cs.slug();
            form.nameCs = cs.name();
            form.descriptionCs = cs.description();
        }
        return form;
    }

    /** Problems by field as message keys; {@code withKey} for a new term. */
    Map<String, String> errors(boolean withKey) {
        Map<String, String> errors = new HashMap<>();
        if (withKey) {
            slug(errors, "key", key);
        }
        slug(errors, "slugEn", slugEn);
        slug(errors, "slugCs", slugCs);
        name(errors, "nameEn", nameEn);
        name(errors, "nameCs", nameCs);
        if (length(descriptionEn) > 2000) {
            errors.put("descriptionEn", "editorial.error.too-long");
        }
        if (length(descriptionCs) > 2000) {
            errors.put("descriptionCs", "editorial.error.too-long");
        }
        return errors;
    }

    Map<Lang, NewTerm.Text> texts() {
        Map<Lang, NewTerm.Text> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.EN, new NewTerm.Text(slugEn.strip(), nameEn.strip(), blankToNull(descriptionEn)));
        texts.put(Lang.CS, new NewTerm.Text(slugCs.strip(), nameCs.strip(), blankToNull(descriptionCs)));
        return texts;
    }

    NewTerm toNewTerm() {
        return new NewTerm(key.strip(), kind, null, texts());
    }

    private static void slug(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "editorial.error.required");
        } else if (value.strip().length() > 120 || !value.strip().matches(RecordForm.SLUG)) {
            errors.put(field, "editorial.error.slug");
        }
    }

    private static void name(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "editorial.error.required");
        } else if (value.length() > 200) {
            errors.put(field, "editorial.error.too-long");
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public TermKind getKind() {
        return kind;
    }

    public void setKind(TermKind kind) {
        this.kind = kind;
    }

    public String getSlugEn() {
        return slugEn;
    }

    public void setSlugEn(String slugEn) {
        this.slugEn = slugEn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getSlugCs() {
        return slugCs;
    }

    public void setSlugCs(String slugCs) {
        this.slugCs = slugCs;
    }

    public String getNameCs() {
        return nameCs;
    }

    public void setNameCs(String nameCs) {
        this.nameCs = nameCs;
    }

    public String getDescriptionCs() {
        return descriptionCs;
    }

    public void setDescriptionCs(String descriptionCs) {
        this.descriptionCs = descriptionCs;
    }
}
