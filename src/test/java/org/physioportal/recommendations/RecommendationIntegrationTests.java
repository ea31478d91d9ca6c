package org.physioportal.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Recommender.Suggestions;
import org.physioportal.shared.Status;
import org.physioportal.shared.Teaser;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideoView;
import org.physioportal.videos.VideosApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The "might interest you" blocks on the demo content: what they show, how they are stored and kept current. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecommendationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Recommender recommender;

    @Autowired
    Recommendations recommendations;

    @Autowired
    RecommendationUpdater updater;

    @Autowired
    ArticlesApi articles;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    VideosApi videos;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyArticleLeadsOnAsTheSeedDoes(Lang lang) {
        Map<Long, Set<Long>> exerciseTerms = exercises.allPublished(lang).stream()
                .collect(Collectors.toMap(ExerciseView::id, ExerciseView::termIds));
        Map<Long, Set<Long>> videoTerms =
                videos.allPublished(lang).stream().collect(Collectors.toMap(VideoView::id, VideoView::termIds));
        Map<Long, ArticleView> all =
                articles.allPublished(lang).stream().collect(Collectors.toMap(ArticleView::id, Function.identity()));
        // the demo's articles (other test classes sharing this context publish articles of their own)
        Set<String> demo = demoArticleKeys();
        List<ArticleView> demoArticles =
                all.values().stream().filter(a -> demo.contains(a.groupKey())).toList();
        assertThat(demoArticles).hasSize(demo.size()).hasSizeGreaterThanOrEqualTo(8);
        for (ArticleView article : demoArticles) {
            Suggestions s = recommender.forArticle(article.ref(), lang, Set.of());
            String who = article.slug();
            assertThat(s.exercises()).as(who).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(s.videos()).as(who).isNotEmpty();
            assertThat(s.articles()).as(who).isNotEmpty();
            for (Teaser t : s.exercises()) {
                assertThat(sharesRegionOrTopic(
                                article.termIds(), exerciseTerms.get(t.ref().id())))
                        .as(who + " → " + t.title())
                        .isTrue();
                assertThat(article.tutorialIds())
                        .as(who + " lists it already")
                        .doesNotContain(t.ref().id());
            }
            for (Teaser t : s.videos()) {
                assertThat(sharesRegionOrTopic(
                                article.termIds(), videoTerms.get(t.ref().id())))
                        .as(who + " → " + t.title())
                        .isTrue();
            }
            Set<Long> ownActivities = ofKind(article.termIds(), TermKind.ACTIVITY);
            for (Teaser t : s.articles()) {
                assertThat(t.ref().id()).as(who).isNotEqualTo(article.id());
                assertThat(article.relatedIds())
                        .as(who + " lists it already")
                        .doesNotContain(t.ref().id());
                Set<Long> theirs = ofKind(all.get(t.ref().id()).termIds(), TermKind.ACTIVITY);
                assertThat(theirs)
                        .as(who + " → " + t.title() + " is from another activity")
                        .isNotEmpty();
                assertThat(theirs.stream().noneMatch(ownActivities::contains))
                        .as(who + " → " + t.title() + " shares no activity")
                        .isTrue();
            }
            List<Teaser> shown = new java.util.ArrayList<>(s.exercises());
            shown.addAll(s.videos());
            shown.addAll(s.articles());
            assertThat(shown).allSatisfy(t -> assertThat(t.url()).startsWith("/" + lang.code() + "/"));
            assertThat(shown.stream().map(Teaser::ref)).doesNotHaveDuplicates();
            assertThat(shown).allSatisfy(t -> assertThat(s.reasonFor(t.ref())).isNotBlank());
        }
    }

    @Test
    void picksAreStoredAndReadWithoutComputingAgain() {
        ArticleView article =
                articles.findPublished(Lang.EN, "knee-pain-in-runners").orElseThrow();
        recommender.forArticle(article.ref(), Lang.EN, Set.of());
        var first = computedAt(article.id());
        Suggestions again = recommender.forArticle(article.ref(), Lang.EN, Set.of());
        assertThat(computedAt(article.id())).isEqualTo(first);
        assertThat(again.exercises()).isNotEmpty();
        long stored = jdbc.sql("select count(*) from recommendation where article_id = ?")
                .param(article.id())
                .query(Long.class)
                .single();
        assertThat(stored)
                .isEqualTo(again.exercises().size()
                        + again.videos().size()
                        + again.articles().size());
    }

    @Test
    void whatThePageListsAnywayIsNotSuggestedAgain() {
        ArticleView article =
                articles.findPublished(Lang.EN, "golf-and-the-back").orElseThrow();
        Suggestions all = recommender.forArticle(article.ref(), Lang.EN, Set.of());
        ContentRef first = all.exercises().getFirst().ref();
        Suggestions without = recommender.forArticle(article.ref(), Lang.EN, Set.of(first));
        assertThat(without.exercises()).extracting(Teaser::ref).doesNotContain(first);
    }

    @Test
    void unpublishingAnArticleTakesItOutOfOtherArticlesBlocks() {
        ArticleView page =
                articles.findPublished(Lang.EN, "running-and-lower-back-pain").orElseThrow();
        ContentRef suggested = recommender
                .forArticle(page.ref(), Lang.EN, Set.of())
                .articles()
                .getFirst()
                .ref();
        ArticleView shown = articles.findPublishedView(suggested.id()).orElseThrow();
        try {
            articles.save(shown.toNewArticle(Status.DRAFT));
            assertThat(stale(page.id())).isTrue();
            updater.refreshStale();
            assertThat(stale(page.id())).isFalse();
            assertThat(recommender.forArticle(page.ref(), Lang.EN, Set.of()).articles())
                    .extracting(Teaser::ref)
                    .doesNotContain(suggested)
                    .isNotEmpty();
        } finally {
            articles.save(shown.toNewArticle(Status.PUBLISHED));
            updater.refreshStale();
        }
    }

    @Test
    void editorsSeeWhyEachItemWasPickedAndReadersDoNot() {
        String path = "/en/articles/office-work-and-neck-pain";
        var reader = new WebSession(port);
        assertThat(reader.get(path).body()).doesNotContain("Why these were picked");
        var editor = AccountFixtures.create(accounts, Role.EDITOR);
        var session = new WebSession(port);
        session.login(editor.email(), AccountFixtures.PASSWORD);
        String html = session.get(path).body();
        assertThat(html).contains("Why these were picked").containsPattern("region: [^<;]+");
    }

    static Set<String> demoArticleKeys() {
        try {
            var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath:demo/articles/*.yml");
            Set<String> keys = new HashSet<>();
            for (var file : files) {
                keys.add(file.getFilename().replaceFirst("\\.yml$", ""));
            }
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean sharesRegionOrTopic(Set<Long> page, Set<Long> item) {
        return item.stream()
                .filter(page::contains)
                .map(id -> taxonomy.kindOf(id).orElseThrow())
                .anyMatch(k -> k == TermKind.REGION || k == TermKind.TOPIC);
    }

    private Set<Long> ofKind(Set<Long> ids, TermKind kind) {
        Set<Long> result = new HashSet<>();
        ids.stream().filter(id -> taxonomy.kindOf(id).orElseThrow() == kind).forEach(result::add);
        return result;
    }

    private Object computedAt(long articleId) {
        return jdbc.sql("select computed_at from recommendation_state where article_id = ?")
                .param(articleId)
                .query()
                .singleValue();
    }

    private boolean stale(long articleId) {
        return jdbc.sql("select stale from recommendation_state where article_id = ?")
                .param(articleId)
                .query(Boolean.class)
                .single();
    }
}
