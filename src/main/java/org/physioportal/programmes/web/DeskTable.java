package org.physioportal.programmes.web;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the therapist's desk, written here in one pass: as a template loop, 50 rows of eight
 * expressions each were a third of the desk's rendering. Every text (a patient's name above all,
 * which its owner typed) is escaped; the links are built from numeric ids only.
 */
final class DeskTable {

    /** One patient's row as shown: texts already in the reader's language. */
    record Row(
            long patientId, String name, String href, String adherence, String pain, String last, List<String> flags) {}

    private DeskTable() {}

    /** Only the markup characters ({@code < > & " '}); letters such as á stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The {@code <tr>} elements of the desk's table body; {@code calm} is the text of a row without flags. */
    static String rows(List<Row> rows, String calm) {
        String calmCell = "<span>" + escape(calm) + "</span>";
        StringBuilder html = new StringBuilder(320 * rows.size());
        for (Row r : rows) {
            html.append("<tr>\n<th scope=\"row\"><a href=\"")
                    .append(escape(r.href()))
                    .append("\">")
                    .append(escape(r.name()))
                    .append("</a></th>\n<td>")
                    .append(escape(r.adherence()))
                    .append("</td>\n<td>")
                    .append(escape(r.pain()))
                    .append("</td>\n<td>")
                    .append(escape(r.last()))
                    .append("</td>\n<td>");
            for (String flag : r.flags()) {
                html.append("<span class=\"tag\">").append(escape(flag)).append("</span> ");
            }
            if (r.flags().isEmpty()) {
                html.append(calmCell);
            }
            html.append("</td>\n</tr>\n");
        }
        return html.toString();
    }
}
