package org.physioportal.articles.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.articles.NewArticle;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.SlugTakenException;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the article repository must do on every database we run on. */
@org.springframework.transaction.annotation.Transactional
abstract class ArticleRepositoryContract {

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    long authorId;
    long termId;

    @BeforeEach
    void author() {
        jdbc.update("insert into author (author_key, kind, name) values ('test-author', 'PERSON', 'Test Author')");
        authorId = jdbc.queryForObject("select id from author where author_key = 'test-author'", Long.class);
        jdbc.update("insert into term (term_key, kind, position) values ('test-region', 'REGION', 1)");
        termId = jdbc.queryForObject("select id from term where term_key = 'test-region'", Long.class);
    }

    Article save(String group, Lang lang, String slug, Status status, Instant publishedAt) {
        var article = new Article(group, lang);
        article.apply(new NewArticle(
                group,
                lang,
                slug,
                "Title " + slug,
                "Lead",
                "Body",
                authorId,
                null,
                "Source",
                List.of(
                        new NewArticle.Reference("First", null),
                        new NewArticle.Reference("Second", "https://example.org")),
                null,
                null,
                List.of(),
                List.of(),
                Set.of(termId),
                status,
                publishedAt));
        return articles.saveAndFlush(article);
    }

    @Test
    void listsOnlyPublishedArticlesThatAreDueNewestFirst() {
        Instant now = Instant.now();
        save("old", Lang.EN, "old", Status.PUBLISHED, now.minus(2, ChronoUnit.DAYS));
        save("new", Lang.EN, "new", Status.PUBLISHED, now.minus(1, ChronoUnit.HOURS));
        save("draft", Lang.EN, "draft", Status.DRAFT, null);
        save("future", Lang.EN, "future", Status.PUBLISHED, now.plus(1, ChronoUnit.DAYS));
        save("czech", Lang.CS, "cesky", Status.PUBLISHED, now.minus(1, ChronoUnit.DAYS));

        assertThat(articles.findVisible(Lang.EN, now, PageRequest.of(0, 10)))
                .extracting(Article::slug)
                .containsExactly("new", "old");
        assertThat(articles.findVisible(Lang.EN, now, PageRequest.of(1, 1)))
                .extracting(Article::slug)
                .containsExactly("old");
        assertThat(articles.countVisible(Lang.EN, now)).isEqualTo(2);
        assertThat(articles.countVisible(Lang.CS, now)).isEqualTo(1);
        assertThat(articles.findVisible(Lang.EN, "draft")).isEmpty();
        assertThat(articles.findVisible(Lang.EN, "future")).isEmpty();
    }

    @Test
    void findsByTermAndKeepsReferencesInOrder() {
        save("g", Lang.EN, "with-term", Status.PUBLISHED, Instant.now().minusSeconds(60));

        List<Article> found = articles.findVisibleByTerms(Lang.EN, Set.of(termId), Instant.now());

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().references()).extracting(Reference::text).containsExactly("First", "Second");
    }

    @Test
    void translationsOfAGroupAreLinked() {
        save("group", Lang.EN, "english", Status.PUBLISHED, Instant.now().minusSeconds(60));
        save("group", Lang.CS, "cesky", Status.PUBLISHED, Instant.now().minusSeconds(60));

        assertThat(articles.publishedTranslations("group", ContentType.ARTICLE))
                .containsEntry(Lang.EN, "/en/articles/english")
                .containsEntry(Lang.CS, "/cs/articles/cesky");
    }

    @Test
    void sitemapSlicesHoldWholeGroupsEachOnceAndOnlyPublishedVersions() {
        Instant past = Instant.now().minusSeconds(60);
        save("g1", Lang.EN, "one", Status.PUBLISHED, past);
        save("g1", Lang.CS, "jedna", Status.PUBLISHED, past);
        save("g2", Lang.EN, "two", Status.PUBLISHED, past);
        save("g2", Lang.CS, "dve-koncept", Status.DRAFT, null);
        save("g3", Lang.CS, "tri", Status.PUBLISHED, past);
        save("g3", Lang.EN, "three-later", Status.PUBLISHED, Instant.now().plusSeconds(3_600));
        save("g4", Lang.EN, "draft-only", Status.DRAFT, null);
        save("g5", Lang.EN, "five", Status.PUBLISHED, past);
        save("g5", Lang.CS, "pet", Status.PUBLISHED, past);

        assertThat(articles.countVisibleGroups(Instant.now())).isEqualTo(4);
        var first = articles.publishedGroups(ContentType.ARTICLE, 0, 2);
        var second = articles.publishedGroups(ContentType.ARTICLE, 1, 2);
        assertThat(first)
                .extracting(v -> v.groupKey() + " " + v.url())
                .containsExactly("g1 /cs/articles/jedna", "g1 /en/articles/one", "g2 /en/articles/two");
        assertThat(second)
                .extracting(v -> v.groupKey() + " " + v.url())
                .containsExactly("g3 /cs/articles/tri", "g5 /cs/articles/pet", "g5 /en/articles/five");
        assertThat(second).allSatisfy(v -> assertThat(v.updatedAt()).isNotNull());
        assertThat(articles.publishedGroups(ContentType.ARTICLE, 2, 2)).isEmpty();
    }

    @Test
    void anItemScheduledAheadWasLastChangedWhenItWentPublic() {
        Instant wentPublic = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var scheduled = save("scheduled", Lang.EN, "scheduled", Status.PUBLISHED, wentPublic);
        jdbc.update(
                "update article set updated_at = ? where id = ?",
                java.sql.Timestamp.from(wentPublic.minusSeconds(3_600)),
                scheduled.id());

        assertThat(articles.publishedGroups(ContentType.ARTICLE, 0, 10))
                .singleElement()
                .satisfies(v -> assertThat(v.updatedAt()).isEqualTo(wentPublic));
    }

    @Test
    void slugIsUniquePerLanguageInTheDatabase() {
        save("one", Lang.EN, "same", Status.DRAFT, null);
        save("two", Lang.CS, "same", Status.DRAFT, null);

        assertThatThrownBy(() -> save("three", Lang.EN, "same", Status.DRAFT, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesASlugThatAnotherGroupUses() {
        save("one", Lang.EN, "taken", Status.DRAFT, null);

        assertThatThrownBy(() -> articles.versionFor("two", Lang.EN, "taken", () -> new Article("two", Lang.EN)))
                .isInstanceOf(SlugTakenException.class)
                .hasMessageContaining("taken");
    }
}
