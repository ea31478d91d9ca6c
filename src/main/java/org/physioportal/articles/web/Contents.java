package org.physioportal.articles.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The contents of an article: its body's second-level headings, each given an id to link to. The
 * body is sanitized HTML in which a heading is always written {@code <h2>...</h2>}.
 */
record Contents(String html, List<Entry> entries) {

    /** One heading: its anchor and its (already sanitized) inner HTML. */
    record Entry(String id, String html) {}

    static Contents of(String bodyHtml) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder html = new StringBuilder(bodyHtml.length() + 64);
        int from = 0;
        int start;
        while ((start = bodyHtml.indexOf("<h2>", from)) >= 0) {
            int end = bodyHtml.indexOf("</h2>", start);
            if (end < 0) {
                break;
            }
            String id = "part-" + (entries.size() + 1);
            entries.add(new Entry(id, bodyHtml.substring(start + 4, end)));
            html.append(bodyHtml, from, start).append("<h2 id=\"").append(id).append("\">");
            from = start + 4;
        }
        html.append(bodyHtml, from, bodyHtml.length());
        return new Contents(html.toString(), List.copyOf(entries));
    }
}
