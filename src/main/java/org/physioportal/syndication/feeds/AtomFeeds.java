package org.physioportal.syndication.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.physioportal.shared.Lang;

/**
 * Atom 1.0 documents (RFC 4287) written by Rome: each entry links its page and the page's other
 * language versions ({@code hreflang}), carries the article's lead in full as its summary, its
 * author, and its terms as categories; ids are tag URIs that survive a changed slug.
 */
final class AtomFeeds {

    /** One article of a feed. */
    record Item(
            long id,
            String title,
            String lead,
            String author,
            Instant published,
            Instant updated,
            Map<Lang, String> versions,
            List<Term> terms) {}

    record Term(String key, String name) {}

    private AtomFeeds() {}

    /**
     * @param path the feed's own path ({@code rel="self"}); {@code page} the HTML page it follows
     */
    static String write(
            String base, String siteName, Lang lang, String title, String path, String page, List<Item> items) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + path);
        feed.setTitle(title);
        feed.setLanguage(lang.code());
        feed.setUpdated(Date.from(
                items.stream().map(Item::updated).max(Instant::compareTo).orElse(Instant.EPOCH)));
        feed.setAuthors(List.of(person(siteName)));
        feed.setGenerator(null);
        feed.setAlternateLinks(List.of(link("alternate", base + page, "text/html", null)));
        feed.setOtherLinks(List.of(link("self", base + path, "application/atom+xml", null)));
        String tagAuthority = URI.create(base).getHost();
        feed.setEntries(items.stream()
                .map(item -> entry(base, tagAuthority, lang, item))
                .toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static Entry entry(String base, String tagAuthority, Lang lang, Item item) {
        Entry entry = new Entry();
        entry.setId("tag:" + tagAuthority + ",2026:article:" + item.id());
        entry.setTitle(item.title());
        entry.setPublished(Date.from(item.published()));
        Instant updated = item.updated().isAfter(item.published()) ? item.updated() : item.published();
        entry.setUpdated(Date.from(updated));
        List<Link> links = new ArrayList<>();
        links.add(link("alternate", base + item.versions().get(lang), "text/html", lang.code()));
        item.versions().forEach((other, path) -> {
            if (other != lang) {
                links.add(link("alternate", base + path, "text/html", other.code()));
            }
        });
        entry.setAlternateLinks(links);
        if (item.author() != null) {
            entry.setAuthors(List.of(person(item.author())));
        }
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(item.lead());
        entry.setSummary(summary);
        entry.setCategories(item.terms().stream()
                .map(t -> {
                    Category category = new Category();
                    category.setTerm(t.key());
                    category.setLabel(t.name());
                    category.setScheme(base + "/api/v1/terms");
                    return category;
                })
                .toList());
        return entry;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Link link(String rel, String href, String type, String hreflang) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setHreflang(hreflang);
        return link;
    }
}
