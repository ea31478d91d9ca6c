package org.physioportal.site;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.ContentDirectory;
import org.physioportal.shared.ContentDirectory.PublishedVersion;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sitemap for search engines: {@code /sitemap.xml} is an index of sitemap files, one for the
 * listings and topic pages and as many per content type as its published items need, each file at
 * most {@value #GROUPS_PER_FILE} translation groups (the protocol allows 50,000 addresses and 50 MB
 * per file). Every address lists its language versions as hreflang links and its last change.
 * A file is read from a slice of the index of group keys, never the items themselves, so its cost
 * does not grow with the size of the site. Files are numbered by position, so a publication moves
 * the boundaries of the files after it: a crawler reading them at different times may see a group
 * twice or miss one until its next visit. {@code /robots.txt} points crawlers to the index.
 */
@RestController
class SitemapController {

    static final int GROUPS_PER_FILE = 5_000;
    private static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

    private final SiteProperties site;
    private final List<ContentDirectory> directories;
    private final TaxonomyApi taxonomy;

    SitemapController(SiteProperties site, List<ContentDirectory> directories, TaxonomyApi taxonomy) {
        this.site = site;
        this.directories = directories;
        this.taxonomy = taxonomy;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return "User-agent: *\nDisallow: /admin\nDisallow: /moderation\nDisallow: /account\n\nSitemap: "
                + site.baseUrl() + "/sitemap.xml\n";
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> index() {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemap(xml, "/sitemaps/pages.xml");
        for (ContentDirectory directory : directories) {
            long files = (directory.countPublishedGroups() + GROUPS_PER_FILE - 1) / GROUPS_PER_FILE;
            for (long n = 1; n <= files; n++) {
                sitemap(xml, "/sitemaps/" + directory.type().pathSegment() + "-" + n + ".xml");
            }
        }
        return xml(xml.append("</sitemapindex>\n"));
    }

    /** Home pages, listings and the topic pages of every term, in every language. */
    @GetMapping(value = "/sitemaps/pages.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> pages() {
        List<Map<Lang, String>> pages = new ArrayList<>();
        for (String suffix : List.of("", "/articles", "/exercises", "/videos", "/topics")) {
            pages.add(Map.of(Lang.EN, "/en" + suffix, Lang.CS, "/cs" + suffix));
        }
        Map<String, Map<Lang, String>> terms = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            for (TermKind kind : TermKind.values()) {
                taxonomy.all(kind, lang)
                        .forEach(t -> terms.computeIfAbsent(t.key(), k -> new EnumMap<>(Lang.class))
                                .put(lang, t.url()));
            }
        }
        pages.addAll(terms.values());
        var xml = new StringBuilder(URLSET);
        for (Map<Lang, String> versions : pages) {
            versions.values().forEach(path -> url(xml, path, versions, null));
        }
        return xml(xml.append("</urlset>\n"));
    }

    /** File {@code n} (from 1) of a content type: 404 for an unknown type or a file past the last. */
    @GetMapping(value = "/sitemaps/{type:[a-z]+}-{n:[0-9]{1,5}}.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> items(@PathVariable String type, @PathVariable int n) {
        Optional<ContentDirectory> directory = directories.stream()
                .filter(d -> d.type().pathSegment().equals(type))
                .findFirst();
        List<PublishedVersion> versions =
                n < 1 || directory.isEmpty() ? List.of() : directory.get().publishedGroups(n - 1, GROUPS_PER_FILE);
        if (versions.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var xml = new StringBuilder(URLSET);
        Map<String, Map<Lang, PublishedVersion>> groups = new LinkedHashMap<>();
        versions.forEach(v -> groups.computeIfAbsent(v.groupKey(), k -> new EnumMap<>(Lang.class))
                .put(v.lang(), v));
        for (Map<Lang, PublishedVersion> group : groups.values()) {
            Map<Lang, String> paths = new EnumMap<>(Lang.class);
            group.forEach((lang, v) -> paths.put(lang, v.url()));
            group.values().forEach(v -> url(xml, v.url(), paths, v.updatedAt()));
        }
        return xml(xml.append("</urlset>\n"));
    }

    private void sitemap(StringBuilder xml, String path) {
        xml.append("  <sitemap><loc>").append(address(path)).append("</loc></sitemap>\n");
    }

    private void url(StringBuilder xml, String path, Map<Lang, String> versions, Instant lastChange) {
        xml.append("  <url><loc>").append(address(path)).append("</loc>");
        if (lastChange != null) {
            xml.append("<lastmod>")
                    .append(lastChange.truncatedTo(ChronoUnit.SECONDS))
                    .append("</lastmod>");
        }
        versions.forEach((lang, p) -> xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                .append(lang.code())
                .append("\" href=\"")
                .append(address(p))
                .append("\"/>"));
        xml.append("</url>\n");
    }

    /** The site's address of {@code path}, escaped for XML (non-ASCII letters kept as they are). */
    private String address(String path) {
        return htmlEscape(site.baseUrl() + path, "UTF-8");
    }

    private static ResponseEntity<String> xml(StringBuilder xml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }
}
