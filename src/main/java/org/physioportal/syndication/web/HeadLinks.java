package org.physioportal.syndication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The {@code <link rel="alternate">} elements that advertise syndication in a page's head (the
 * layout renders {@code syndicationLinks}): every page of the language tree names the language's
 * article feed, a term's landing page also the term's feed, and exercise and video pages their
 * oEmbed address (oEmbed discovery). Worked out from the address alone, without a database read.
 */
@ControllerAdvice(annotations = Controller.class)
class HeadLinks {

    // providers, so that MVC slice tests (which have no services) still start; resolved once, not on
    // every page (two bean lookups were 2 % of the patient's day page's CPU)
    private final SingletonSupplier<TaxonomyApi> taxonomies;
    private final SingletonSupplier<Pages> pageTexts;
    private final SiteProperties site;

    HeadLinks(ObjectProvider<TaxonomyApi> taxonomies, ObjectProvider<Pages> pageTexts, SiteProperties site) {
        this.taxonomies = SingletonSupplier.of(taxonomies::getIfAvailable);
        this.pageTexts = SingletonSupplier.of(pageTexts::getIfAvailable);
        this.site = site;
    }

    @ModelAttribute("syndicationLinks")
    List<HeadLink> links(HttpServletRequest request) {
        String[] path = request.getRequestURI().split("/", -1);
        Lang lang = path.length >= 2 ? Lang.fromCode(path[1]).orElse(null) : null;
        TaxonomyApi taxonomy = taxonomies.get();
        Pages pages = pageTexts.get();
        if (lang == null || !"GET".equals(request.getMethod()) || taxonomy == null || pages == null) {
            return List.of();
        }
        String base = site.baseUrl();
        List<HeadLink> links = new ArrayList<>();
        links.add(new HeadLink(
                "application/atom+xml",
                site.name() + ": " + pages.message(lang, "feed.articles"),
                base + "/" + lang.code() + "/feed.xml"));
        if (path.length == 4 && path[2].equals("topics") && !path[3].isEmpty()) {
            taxonomy.findBySlug(lang, path[3])
                    .ifPresent(term -> links.add(new HeadLink(
                            "application/atom+xml",
                            pages.message(lang, "feed.topic", term.name()),
                            base + term.url() + "/feed.xml")));
        }
        if (path.length == 4 && (path[2].equals("exercises") || path[2].equals("videos")) && !path[3].isEmpty()) {
            String page = base + "/" + lang.code() + "/" + path[2] + "/" + path[3];
            links.add(new HeadLink(
                    "application/json+oembed",
                    "oEmbed",
                    base + "/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&format=json"));
        }
        return links;
    }
}
