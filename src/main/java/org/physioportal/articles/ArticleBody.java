package org.physioportal.articles;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.Figure;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Markdown;
import org.springframework.stereotype.Component;

/**
 * Turns an article body into HTML: Markdown paragraphs (sanitized) and rows of inline exercise
 * figures, written on a line of their own as {@code {{figures key-one key-two}}}.
 */
@Component
public class ArticleBody {

    static final Pattern FIGURES = Pattern.compile("(?m)^\\{\\{figures ([a-z0-9 -]+)}}\\s*$");

    private final ExercisesApi exercises;

    ArticleBody(ExercisesApi exercises) {
        this.exercises = exercises;
    }

    /** The body as safe HTML, and the exercises its figures show (so that other blocks need not repeat them). */
    public Rendered render(String body, Lang lang) {
        StringBuilder html = new StringBuilder();
        List<ContentRef> shown = new ArrayList<>();
        Matcher m = FIGURES.matcher(body);
        int from = 0;
        while (m.find()) {
            html.append(Markdown.toSafeHtml(body.substring(from, m.start())));
            List<Figure> figures = exercises.figures(keys(m.group(1)), lang);
            figures.forEach(f -> shown.add(f.ref()));
            html.append(figureRow(figures));
            from = m.end();
        }
        html.append(Markdown.toSafeHtml(body.substring(from)));
        return new Rendered(html.toString(), List.copyOf(shown));
    }

    public record Rendered(String html, List<ContentRef> figures) {}

    private static List<String> keys(String list) {
        return Arrays.stream(list.trim().split("\\s+")).toList();
    }

    private static String figureRow(List<Figure> figures) {
        if (figures.isEmpty()) {
            return "";
        }
        StringBuilder row = new StringBuilder("<div class=\"figure-row\">");
        for (Figure f : figures) {
            row.append("<figure class=\"exercise-figure\"><a href=\"")
                    .append(htmlEscape(f.url()))
                    .append("\">");
            if (f.imageUrl() != null) {
                row.append("<img src=\"")
                        .append(htmlEscape(f.imageUrl()))
                        .append("\" alt=\"")
                        .append(htmlEscape(f.alt()))
                        .append('"');
                if (f.width() != null && f.height() != null) {
                    row.append(" width=\"")
                            .append(f.width())
                            .append("\" height=\"")
                            .append(f.height())
                            .append('"');
                }
                row.append(" loading=\"lazy\" decoding=\"async\">");
            }
            row.append("<figcaption>").append(htmlEscape(f.caption())).append("</figcaption></a></figure>");
        }
        return row.append("</div>").toString();
    }
}
