package org.physioportal.programmes.web;

import org.springframework.web.util.HtmlUtils;

/**
 * The radio buttons of a numeric scale on the patient's day (pain 0–10, effort 1–5), written here
 * in one pass: as template loops they were 80 expressions of each day page, a third of its
 * rendering. Only numbers and the field's own name and id reach the markup; the value typed before
 * (a redisplayed form) is compared, never written.
 */
public final class ScaleChoices {

    /** One {@code <span class="scale-choice">} with a radio and its label per value from {@code from} to {@code to}. */
    public String radios(String name, String idPrefix, int from, int to, String checked) {
        String field = HtmlUtils.htmlEscape(name);
        String prefix = HtmlUtils.htmlEscape(idPrefix);
        StringBuilder html = new StringBuilder(96 * (to - from + 1));
        for (int n = from; n <= to; n++) {
            String id = prefix + "-" + n;
            html.append("<span class=\"scale-choice\"><input type=\"radio\" name=\"")
                    .append(field)
                    .append("\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(n)
                    .append('"')
                    .append(String.valueOf(n).equals(checked) ? " checked" : "")
                    .append("><label for=\"")
                    .append(id)
                    .append("\">")
                    .append(n)
                    .append("</label></span>\n");
        }
        return html.toString();
    }
}
