package org.physioportal.articles.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorKind;
import org.physioportal.authors.AuthorView;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageMeta;
import org.physioportal.shared.Teaser;
import org.springframework.stereotype.Component;

/** Canonical, hreflang, Open Graph and schema.org MedicalWebPage data of an article page. */
@Component
class ArticlePageMeta {

    private final ArticlesApi articles;
    private final SiteProperties site;

    ArticlePageMeta(ArticlesApi articles, SiteProperties site) {
        this.articles = articles;
        this.site = site;
    }

    PageMeta of(ArticleView article, AuthorView author, List<Teaser> tutorials) {
        Map<Lang, String> alternates = articles.translations(article.groupKey());
        String image = tutorials.isEmpty() ? null : tutorials.getFirst().imageUrl();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "MedicalWebPage");
        ld.put("headline", article.title());
        ld.put("name", article.title());
        ld.put("description", article.lead());
        ld.put("inLanguage", article.lang().code());
        ld.put("url", site.baseUrl() + article.url());
        ld.put("datePublished", article.publishedAt().toString());
        ld.put("dateModified", article.updatedAt().toString());
        if (article.reviewedAt() != null) {
            ld.put("lastReviewed", article.reviewedAt().toString());
        }
        ld.put(
                "author",
                Map.of(
                        "@type",
                        author.kind() == AuthorKind.PERSON ? "Person" : "MedicalOrganization",
                        "name",
                        author.name(),
                        "url",
                        site.baseUrl() + author.url()));
        if (image != null) {
            ld.put("image", site.baseUrl() + image);
        }
        return new PageMeta(
                        article.title(),
                        article.lead(),
                        article.lang(),
                        article.url(),
                        alternates,
                        "article",
                        image,
                        null,
                        null)
                .withJsonLd(ld);
    }
}
