package org.physioportal.syndication.api;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.syndication.api.ApiItems.Picture;
import org.physioportal.syndication.api.ApiItems.TermItem;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.stereotype.Component;

/** Terms and pictures as the API sends them, read through the taxonomy and media APIs. */
@Component
class ApiVocabulary {

    private final TaxonomyApi taxonomy;
    private final MediaApi media;
    private final String base;

    ApiVocabulary(TaxonomyApi taxonomy, MediaApi media, SiteProperties site) {
        this.taxonomy = taxonomy;
        this.media = media;
        this.base = site.baseUrl();
    }

    String base() {
        return base;
    }

    /** The term and the terms below it, for a {@code term} filter; an unknown key is a 400. */
    Set<Long> termFilter(String key) {
        if (key == null) {
            return Set.of();
        }
        try {
            return taxonomy.withDescendants(taxonomy.requireId(key));
        } catch (IllegalArgumentException e) {
            throw new BadApiRequest("term", "Unknown term '" + key + "' (see /api/v1/terms)");
        }
    }

    List<TermItem> terms(Collection<Long> ids, Lang lang) {
        return taxonomy.views(ids, lang).stream().map(this::term).toList();
    }

    List<TermItem> allTerms(Lang lang) {
        return taxonomy.byKind(lang).values().stream()
                .flatMap(List::stream)
                .map(this::term)
                .toList();
    }

    TermItem term(TermView t) {
        String parentKey = t.parentId() == null
                ? null
                : taxonomy.find(t.parentId(), t.lang()).map(TermView::key).orElse(null);
        return new TermItem(
                t.key(),
                t.kind().name().toLowerCase(),
                t.lang().code(),
                t.name(),
                t.slug(),
                t.description(),
                parentKey,
                base + t.url());
    }

    static List<TermItem> ofKind(List<TermItem> terms, TermKind kind) {
        String name = kind.name().toLowerCase();
        return terms.stream().filter(t -> t.kind().equals(name)).toList();
    }

    /** The files the items refer to, looked up once per language (alt texts and captions are per language). */
    <V> Map<Lang, Map<Long, MediaView>> files(
            List<V> items, Function<V, Lang> lang, Function<V, Collection<Long>> ids) {
        Map<Lang, Set<Long>> wanted = new EnumMap<>(Lang.class);
        for (V item : items) {
            ids.apply(item).stream()
                    .filter(Objects::nonNull)
                    .forEach(id -> wanted.computeIfAbsent(lang.apply(item), l -> new HashSet<>())
                            .add(id));
        }
        Map<Lang, Map<Long, MediaView>> found = new EnumMap<>(Lang.class);
        wanted.forEach((l, set) -> found.put(l, media.findAll(set, l)));
        return found;
    }

    /** The file of that id among {@link #files}' answer, or null (also for a null id). */
    static MediaView file(Map<Lang, Map<Long, MediaView>> files, Lang lang, Long id) {
        Map<Long, MediaView> ofLang = files.get(lang);
        return id == null || ofLang == null ? null : ofLang.get(id);
    }

    Picture picture(MediaView m) {
        return m == null
                ? null
                : new Picture(
                        base + m.url(),
                        m.alt(),
                        m.caption(),
                        m.width(),
                        m.height(),
                        m.contentType(),
                        m.licence(),
                        m.credit(),
                        m.source());
    }

    String url(MediaView m) {
        return m == null ? null : base + m.url();
    }
}
