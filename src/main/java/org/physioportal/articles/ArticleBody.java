package org.physioportal.articles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.Figure;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Markdown;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an article body into HTML: Markdown paragraphs (sanitized) and two kinds of embed, each on
 * a line of its own: a row of exercise figures, {@code {{figures key-one key-two}}}, and a picture
 * from the media library, {@code {{picture 12}}}, shown with its caption, author and licence.
 */
@Component
public class ArticleBody {

    static final Pattern EMBED = Pattern.compile("(?m)^\\{\\{(figures|picture) ([a-z0-9 -]+)}}\\s*$");

    // how wide the pictures are drawn, so that the browser picks the smallest copy that is sharp
    private static final String FIGURE_SIZES = "(max-width: 40rem) 50vw, 15rem";
    private static final String PICTURE_SIZES = "(max-width: 46rem) 100vw, 44rem";

    private final ExercisesApi exercises;
    private final MediaApi media;

    ArticleBody(ExercisesApi exercises, MediaApi media) {
        this.exercises = exercises;
        this.media = media;
    }

    /** The body as safe HTML, and the exercises its figures show (so that other blocks need not repeat them). */
    public Rendered render(String body, Lang lang) {
        Map<String, Figure> known = exercises.figures(figureKeys(body), lang);
        StringBuilder html = new StringBuilder();
        List<ContentRef> shown = new ArrayList<>();
        Matcher m = EMBED.matcher(body);
        int from = 0;
        while (m.find()) {
            html.append(Markdown.toSafeHtml(body.substring(from, m.start())));
            if (m.group(1).equals("figures")) {
                List<Figure> figures = keys(m.group(2)).stream()
                        .filter(known::containsKey)
                        .map(known::get)
                        .toList();
                figures.forEach(f -> shown.add(f.ref()));
                html.append(figureRow(figures));
            } else {
                html.append(picture(m.group(2).strip(), lang));
            }
            from = m.end();
        }
        html.append(Markdown.toSafeHtml(body.substring(from)));
        return new Rendered(html.toString(), List.copyOf(shown));
    }

    /** The keys of every row of figures in the body, so that one look-up serves them all. */
    private static Set<String> figureKeys(String body) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = EMBED.matcher(body);
        while (m.find()) {
            if (m.group(1).equals("figures")) {
                keys.addAll(keys(m.group(2)));
            }
        }
        return keys;
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
            // the link holds the figure (a figcaption may not sit inside a link inside its figure)
            row.append("<a class=\"figure-link\" href=\"")
                    .append(htmlEscape(f.url()))
                    .append("\"><figure class=\"exercise-figure\">");
            if (f.image() != null) {
                img(row, f.image(), FIGURE_SIZES);
            }
            row.append("<figcaption>").append(htmlEscape(f.caption())).append("</figcaption></figure></a>");
        }
        return row.append("</div>").toString();
    }

    /** A media library picture; an unknown id or a file that is not a picture shows nothing. */
    private String picture(String id, Lang lang) {
        if (!id.matches("[0-9]{1,18}")) {
            return "";
        }
        return media.find(Long.valueOf(id), lang)
                .filter(p -> p.contentType().startsWith("image/"))
                .map(p -> {
                    StringBuilder html = new StringBuilder("<figure class=\"media-figure\">");
                    img(html, p, PICTURE_SIZES);
                    html.append("<figcaption>");
                    if (p.caption() != null && !p.caption().isBlank()) {
                        html.append(htmlEscape(p.caption())).append(' ');
                    }
                    html.append("<small>")
                            .append(htmlEscape(p.credit()))
                            .append(", ")
                            .append(htmlEscape(p.licence()))
                            .append("</small></figcaption></figure>");
                    return html.toString();
                })
                .orElse("");
    }

    /** Escapes only what HTML needs (& < > " '); Czech letters stay as they are. */
    private static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static void img(StringBuilder html, MediaView image, String sizes) {
        html.append("<img src=\"").append(htmlEscape(image.url())).append('"');
        if (image.srcset() != null) {
            html.append(" srcset=\"")
                    .append(htmlEscape(image.srcset()))
                    .append("\" sizes=\"")
                    .append(sizes)
                    .append('"');
        }
        html.append(" alt=\"").append(htmlEscape(image.alt())).append('"');
        if (image.width() != null && image.height() != null) {
            html.append(" width=\"")
                    .append(image.width())
                    .append("\" height=\"")
                    .append(image.height())
                    .append('"');
        }
        html.append(" loading=\"lazy\" decoding=\"async\">");
    }
}
