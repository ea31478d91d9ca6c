package org.physioportal.syndication.api;

import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.syndication.api.ApiItems.OEmbed;
import org.physioportal.syndication.api.ApiItems.Picture;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The oEmbed card of a published exercise or video: every text escaped, no script, no frame. */
@Component
class OEmbedCards {

    static final int WIDTH = 480;

    private final ContentReader reader;
    private final SiteProperties site;

    OEmbedCards(ContentReader reader, SiteProperties site) {
        this.reader = reader;
        this.site = site;
    }

    OEmbed card(Lang lang, String kind, String slug, int width) {
        return switch (kind) {
            case "exercises" ->
                reader.exercise(lang, slug)
                        .map(e -> card(
                                e.name(),
                                e.goal(),
                                e.url(),
                                e.pictures().isEmpty() ? null : e.pictures().getFirst(),
                                width))
                        .orElseThrow(() -> new NotFoundException("exercise " + slug));
            case "videos" ->
                reader.video(lang, slug)
                        .map(v -> card(v.title(), v.description(), v.url(), v.poster(), width))
                        .orElseThrow(() -> new NotFoundException("video " + slug));
            default -> throw new NotFoundException("embeddable page " + kind + "/" + slug);
        };
    }

    private OEmbed card(String title, String text, String url, Picture picture, int width) {
        var html = new StringBuilder("<div class=\"physio-portal-card\" style=\"max-width:")
                .append(width)
                .append("px\"><a href=\"")
                .append(HtmlUtils.htmlEscape(url))
                .append("\">");
        if (picture != null) {
            html.append("<img src=\"")
                    .append(HtmlUtils.htmlEscape(picture.url()))
                    .append("\" alt=\"")
                    .append(HtmlUtils.htmlEscape(picture.alt() == null ? "" : picture.alt()))
                    .append("\" style=\"max-width:100%\">");
        }
        html.append("<strong>").append(HtmlUtils.htmlEscape(title)).append("</strong></a>");
        if (text != null) {
            html.append("<p>").append(HtmlUtils.htmlEscape(text)).append("</p>");
        }
        if (picture != null && picture.author() != null) {
            html.append("<p><small>")
                    .append(HtmlUtils.htmlEscape(picture.author()))
                    .append(picture.licence() == null ? "" : ", " + HtmlUtils.htmlEscape(picture.licence()))
                    .append("</small></p>");
        }
        html.append("<p><small><a href=\"")
                .append(HtmlUtils.htmlEscape(site.baseUrl()))
                .append("\">")
                .append(HtmlUtils.htmlEscape(site.name()))
                .append("</a></small></p></div>");
        Integer thumbWidth = picture == null ? null : picture.width();
        boolean sized = picture != null && picture.width() != null && picture.height() != null;
        int height = (sized ? width * picture.height() / picture.width() : 0) + 160;
        return new OEmbed(
                "rich",
                "1.0",
                title,
                site.name(),
                site.baseUrl(),
                picture == null ? null : picture.author(),
                html.toString(),
                width,
                height,
                picture == null ? null : picture.url(),
                thumbWidth,
                picture == null ? null : picture.height());
    }
}
