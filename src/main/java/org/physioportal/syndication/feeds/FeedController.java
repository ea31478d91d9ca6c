package org.physioportal.syndication.feeds;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of new articles: all of a language ({@code /{lang}/feed.xml}) and those of a term and
 * the terms below it ({@code /{lang}/topics/{slug}/feed.xml}: topics, body regions, activities,
 * equipment). Anonymous GETs, so the page cache keeps them and empties them on content changes
 * like pages. The usual guesses ({@code /feed}, {@code /atom.xml}, {@code /rss.xml}) redirect to
 * the reader's language.
 */
@Controller
class FeedController {

    static final String ATOM = "application/atom+xml;charset=UTF-8";

    private final FeedItems items;
    private final TaxonomyApi taxonomy;
    private final Pages pages;
    private final SiteProperties site;

    FeedController(FeedItems items, TaxonomyApi taxonomy, Pages pages, SiteProperties site) {
        this.items = items;
        this.taxonomy = taxonomy;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2}}/feed.xml")
    ResponseEntity<String> all(@PathVariable("lang") String code) {
        Lang lang = Lang.require(code);
        String title = site.name() + ": " + pages.message(lang, "feed.articles");
        String path = "/" + lang.code() + "/feed.xml";
        return atom(AtomFeeds.write(
                site.baseUrl(),
                site.name(),
                lang,
                title,
                path,
                "/" + lang.code() + "/articles",
                items.newest(lang, Set.of())));
    }

    @GetMapping("/{lang:[a-z]{2}}/topics/{slug}/feed.xml")
    ResponseEntity<String> term(@PathVariable("lang") String code, @PathVariable String slug) {
        Lang lang = Lang.require(code);
        TermView term = taxonomy.findBySlug(lang, slug).orElseThrow(() -> new NotFoundException("topic " + slug));
        String title = site.name() + ": " + term.name();
        return atom(AtomFeeds.write(
                site.baseUrl(),
                site.name(),
                lang,
                title,
                term.url() + "/feed.xml",
                term.url(),
                items.newest(lang, taxonomy.withDescendants(term.id()))));
    }

    @GetMapping({"/feed", "/feed.xml", "/atom.xml", "/rss.xml", "/rss"})
    ResponseEntity<Void> guess(HttpServletRequest request) {
        Lang lang = "cs".equals(request.getLocale().getLanguage()) ? Lang.CS : Lang.EN;
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, "/" + lang.code() + "/feed.xml")
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }

    private static ResponseEntity<String> atom(String xml) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, ATOM).body(xml);
    }
}
