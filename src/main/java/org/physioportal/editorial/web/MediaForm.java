package org.physioportal.editorial.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.physioportal.media.NewMedia;
import org.physioportal.shared.Lang;

/** What an upload says about its file: alternative text (required in both languages), licence, author. */
public class MediaForm {

    private String altEn;
    private String altCs;
    private String captionEn;
    private String captionCs;
    private String licence;
    private String credit;
    private String source;

    /** Problems by field, as message keys; empty when the description is complete. */
    Map<String, String> errors() {
        Map<String, String> errors = new HashMap<>();
        check(errors, "altEn", altEn, 500);
        check(errors, "altCs", altCs, 500);
        check(errors, "licence", licence, 200);
        check(errors, "credit", credit, 200);
        if (source != null && source.length() > 500) {
            errors.put("source", "editorial.error.too-long");
        }
        if (captionEn != null && captionEn.length() > 1000 || captionCs != null && captionCs.length() > 1000) {
            errors.put("captionEn", "editorial.error.too-long");
        }
        return errors;
    }

    Map<Lang, NewMedia.Text> texts() {
        Map<Lang, NewMedia.Text> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.EN, new NewMedia.Text(altEn.strip(), blankToNull(captionEn)));
        texts.put(Lang.CS, new NewMedia.Text(altCs.strip(), blankToNull(captionCs)));
        return texts;
    }

    private static void check(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "editorial.error.required");
        } else if (value.length() > max) {
            errors.put(field, "editorial.error.too-long");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }

    public String getAltCs() {
        return altCs;
    }

    public void setAltCs(String altCs) {
        this.altCs = altCs;
    }

    public String getCaptionEn() {
        return captionEn;
    }

    public void setCaptionEn(String captionEn) {
        this.captionEn = captionEn;
    }

    public String getCaptionCs() {
        return captionCs;
    }

    public void setCaptionCs(String captionCs) {
        this.captionCs = captionCs;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
