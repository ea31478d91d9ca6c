package org.physioportal.site;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideosApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /sitemap.xml}: every public page, each with its language versions as hreflang links. */
@RestController
class SitemapController {

    private final SiteProperties site;
    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final TaxonomyApi taxonomy;

    SitemapController(
            SiteProperties site, ArticlesApi articles, ExercisesApi exercises, VideosApi videos, TaxonomyApi taxonomy) {
        this.site = site;
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
        this.taxonomy = taxonomy;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        List<Map<Lang, String>> pages = new ArrayList<>();
        for (String suffix : List.of("", "/articles", "/exercises", "/videos", "/topics")) {
            pages.add(Map.of(Lang.EN, "/en" + suffix, Lang.CS, "/cs" + suffix));
        }
        Map<String, Map<Lang, String>> groups = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            articles.allPublished(lang).forEach(a -> put(groups, "a:" + a.groupKey(), lang, a.url()));
            exercises.allPublished(lang).forEach(e -> put(groups, "e:" + e.groupKey(), lang, e.url()));
            videos.allPublished(lang).forEach(v -> put(groups, "v:" + v.groupKey(), lang, v.url()));
            for (TermKind kind : TermKind.values()) {
                taxonomy.all(kind, lang).forEach(t -> put(groups, "t:" + t.key(), lang, t.url()));
            }
        }
        pages.addAll(groups.values());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Map<Lang, String> versions : pages) {
            versions.values().forEach(path -> url(xml, path, versions));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.append("</urlset>\n").toString());
    }

    private static void put(Map<String, Map<Lang, String>> groups, String key, Lang lang, String path) {
        groups.computeIfAbsent(key, k -> new EnumMap<>(Lang.class)).put(lang, path);
    }

    private void url(StringBuilder xml, String path, Map<Lang, String> versions) {
        xml.append("  <url><loc>").append(htmlEscape(site.baseUrl() + path)).append("</loc>");
        versions.forEach((lang, p) -> xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                .append(lang.code())
                .append("\" href=\"")
                .append(htmlEscape(site.baseUrl() + p))
                .append("\"/>"));
        xml.append("</url>\n");
    }
}
