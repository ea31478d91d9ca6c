package org.physioportal.demo;

import static org.physioportal.demo.DemoYaml.instant;
import static org.physioportal.demo.DemoYaml.map;
import static org.physioportal.demo.DemoYaml.text;

import java.util.EnumMap;
import java.util.Map;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorKind;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.authors.NewAuthor;
import org.physioportal.comments.CommentsApi;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.NewTerm;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo content into an empty database on start, through the same services an editor's save
 * uses, in one transaction: a failure leaves the database empty, and the next start tries again.
 */
@Component
class DemoContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final DemoProperties properties;
    private final TaxonomyApi taxonomy;
    private final AuthorsApi authors;
    private final DemoItems items;
    private final ArticlesApi articles;
    private final CommentsApi comments;
    private final AccountsApi accounts;
    private final DemoAccounts demoAccounts;
    private final TransactionTemplate transaction;

    DemoContentLoader(
            DemoProperties properties,
            TaxonomyApi taxonomy,
            AuthorsApi authors,
            DemoItems items,
            ArticlesApi articles,
            CommentsApi comments,
            AccountsApi accounts,
            DemoAccounts demoAccounts,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.items = items;
        this.articles = articles;
        this.comments = comments;
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !taxonomy.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> load());
        log.info("Demo content loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    void load() {
        DemoYaml.<Map<String, Object>>list(DemoYaml.read("taxonomy.yml"), "terms")
                .forEach(this::term);
        DemoYaml.<Map<String, Object>>list(DemoYaml.read("authors.yml"), "authors")
                .forEach(this::author);
        DemoYaml.readAll("exercises").forEach(items::exercise);
        DemoYaml.readAll("videos").forEach(items::video);
        var articleFiles = DemoYaml.readAll("articles");
        articleFiles.forEach(yaml -> items.article(yaml, false));
        articleFiles.forEach(yaml -> items.article(yaml, true));
        DemoYaml.<Map<String, Object>>list(DemoYaml.read("comments.yml"), "threads")
                .forEach(this::thread);
        if (accounts.count() == 0) {
            demoAccounts.create();
        }
    }

    private void term(Map<String, Object> yaml) {
        Map<Lang, NewTerm.Text> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            var t = map(yaml, lang.code());
            texts.put(lang, new NewTerm.Text(text(t, "slug"), text(t, "name"), text(t, "description")));
        }
        taxonomy.create(
                new NewTerm(text(yaml, "key"), TermKind.valueOf(text(yaml, "kind")), text(yaml, "parent"), texts));
    }

    private void author(Map<String, Object> yaml) {
        Map<Lang, NewAuthor.Text> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            var t = map(yaml, lang.code());
            texts.put(lang, new NewAuthor.Text(text(t, "role"), text(t, "bio")));
        }
        authors.create(
                new NewAuthor(text(yaml, "key"), AuthorKind.valueOf(text(yaml, "kind")), text(yaml, "name"), texts));
    }

    private void thread(Map<String, Object> yaml) {
        Lang lang = Lang.fromCode(text(yaml, "lang")).orElseThrow();
        long articleId = articles.idOf(text(yaml, "article"), lang)
                .orElseThrow(() -> new IllegalStateException("Unknown article " + text(yaml, "article")));
        var target = new ContentRef(ContentType.ARTICLE, articleId);
        DemoYaml.<Map<String, Object>>list(yaml, "comments").forEach(c -> comment(target, null, c));
    }

    private void comment(ContentRef target, Long parentId, Map<String, Object> yaml) {
        long id = comments.importPublished(
                target, parentId, text(yaml, "author"), text(yaml, "body"), instant(yaml, "at"));
        DemoYaml.<Map<String, Object>>list(yaml, "replies").forEach(r -> comment(target, id, r));
    }
}
