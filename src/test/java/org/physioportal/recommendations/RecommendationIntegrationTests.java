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
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Recommender.Picks;
import org.physioportal.shared.Status;
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
    RecommendationUpdater updater;

    @Autowired
    RecommendationStore store;

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
            Picks p = recommender.picksFor(article.ref(), Set.of());
            String who = article.slug();
            assertThat(p.exercises()).as(who).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(p.videos()).as(who).isNotEmpty();
            assertThat(p.articles()).as(who).isNotEmpty();
            sharesRegionOrTopicWithThePage(who, article, "exercise", p.exercises(), exerciseTerms);
            sharesRegionOrTopicWithThePage(who, article, "video", p.videos(), videoTerms);
            assertThat(article.tutorialIds())
                    .as(who + " lists them already")
                    .doesNotContainAnyElementsOf(p.exercises());
            Set<Long> ownActivities = ofKind(article.termIds(), TermKind.ACTIVITY);
            for (long id : p.articles()) {
                assertThat(all)
                        .as(who + " → a published article in its language")
                        .containsKey(id);
                assertThat(id).as(who).isNotEqualTo(article.id());
                assertThat(article.relatedIds()).as(who + " lists it already").doesNotContain(id);
                Set<Long> theirs = ofKind(all.get(id).termIds(), TermKind.ACTIVITY);
                assertThat(theirs)
                        .as(who + " → " + all.get(id).title() + " is from another activity")
                        .isNotEmpty();
                assertThat(theirs.stream().noneMatch(ownActivities::contains))
                        .as(who + " → " + all.get(id).title() + " shares no activity")
                        .isTrue();
            }
            List<ContentRef> shown = refs(p);
            assertThat(shown).doesNotHaveDuplicates();
            assertThat(shown).allSatisfy(ref -> assertThat(p.reasons().get(ref)).isNotBlank());
        }
    }

    @Test
    void exerciseAndVideoPagesHaveTheirOwnBlocks() {
        var reader = new WebSession(port);
        var exercise =
                org.jsoup.Jsoup.parse(reader.get("/en/exercises/chin-tuck").body());
        List<String> exerciseIdeas =
                exercise.select("section.suggest .teaser > a").eachAttr("href");
        assertThat(exercise.select("#suggest-exercises").text()).isEqualTo("Exercises that might interest you");
        assertThat(exerciseIdeas)
                .isNotEmpty()
                .doesNotContain("/en/exercises/chin-tuck")
                .doesNotHaveDuplicates();
        // the office article, which prescribes the chin tuck for the neck
        assertThat(exercise.select("section[aria-labelledby=suggest-articles] .teaser > a")
                        .eachAttr("href"))
                .contains("/en/articles/office-work-and-neck-pain");
        assertThat(exercise.select("details.why")).isEmpty();

        var video = org.jsoup.Jsoup.parse(reader.get("/cs/videos/protazeni-zad-a-stehen-na-gymnastickem-mici")
                .body());
        List<String> videoIdeas = video.select("section.suggest .teaser > a").eachAttr("href");
        assertThat(videoIdeas)
                .isNotEmpty()
                .doesNotContain("/cs/videos/protazeni-zad-a-stehen-na-gymnastickem-mici")
                .allMatch(href -> href.startsWith("/cs/"));
        // the video's own exercise is linked on the page already
        String own = video.select("dd a").attr("href");
        assertThat(own).startsWith("/cs/exercises/");
        assertThat(videoIdeas).doesNotContain(own);
    }

    @Test
    void aPageNeverWritesThePicksItComputesTheBackgroundStoresThem() {
        String path = "/en/articles/knee-pain-in-runners";
        ArticleView article =
                articles.findPublished(Lang.EN, "knee-pain-in-runners").orElseThrow();
        updater.refreshStale();
        store.forget(article.id());

        // a member's page is never served from the page cache: it is rendered now
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var session = new WebSession(port);
        session.login(member.email(), AccountFixtures.PASSWORD);
        String html = session.get(path).body();
        assertThat(html).contains("id=\"suggest-exercises\"", "id=\"suggest-videos\"", "id=\"suggest-articles\"");
        assertThat(computedAt(article.id())).as("the page only read").isNull();
        assertThat(storedPicks(article.id())).isZero();

        updater.refreshStale();
        Object first = computedAt(article.id());
        assertThat(first).as("stored by the background").isNotNull();
        Picks again = recommender.picksFor(article.ref(), Set.of());
        assertThat(computedAt(article.id())).as("read, not computed again").isEqualTo(first);
        assertThat(storedPicks(article.id())).isEqualTo(refs(again).size()).isPositive();
    }

    @Test
    void whatThePageListsAnywayIsNotSuggestedAgain() {
        ArticleView article =
                articles.findPublished(Lang.EN, "golf-and-the-back").orElseThrow();
        Picks all = recommender.picksFor(article.ref(), Set.of());
        ContentRef first = new ContentRef(ContentType.EXERCISE, all.exercises().getFirst());
        Picks without = recommender.picksFor(article.ref(), Set.of(first));
        assertThat(without.exercises()).doesNotContain(first.id()).isNotEmpty();
        assertThat(without.reasons()).doesNotContainKey(first);
    }

    @Test
    void unpublishingAnArticleTakesItOutOfOtherArticlesBlocks() {
        ArticleView page =
                articles.findPublished(Lang.EN, "running-and-lower-back-pain").orElseThrow();
        long suggested = recommender.picksFor(page.ref(), Set.of()).articles().getFirst();
        updater.refreshStale();
        ArticleView shown = articles.findPublishedView(suggested).orElseThrow();
        try {
            articles.save(shown.toNewArticle(Status.DRAFT));
            assertThat(stale(page.id())).isTrue();
            updater.refreshStale();
            assertThat(stale(page.id())).isFalse();
            assertThat(recommender.picksFor(page.ref(), Set.of()).articles())
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

    /** Each picked item is published in the page's language and shares a body region or topic with it. */
    private void sharesRegionOrTopicWithThePage(
            String who, ArticleView article, String kind, List<Long> picked, Map<Long, Set<Long>> termsOfPublished) {
        for (long id : picked) {
            assertThat(termsOfPublished)
                    .as(who + " → a published " + kind + " in its language")
                    .containsKey(id);
            assertThat(sharesRegionOrTopic(article.termIds(), termsOfPublished.get(id)))
                    .as(who + " → " + kind + " " + id)
                    .isTrue();
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
                .optionalValue()
                .orElse(null);
    }

    private long storedPicks(long articleId) {
        return jdbc.sql("select count(*) from recommendation where article_id = ?")
                .param(articleId)
                .query(Long.class)
                .single();
    }

    private static List<ContentRef> refs(Picks p) {
        List<ContentRef> refs = new java.util.ArrayList<>();
        p.exercises().forEach(id -> refs.add(new ContentRef(ContentType.EXERCISE, id)));
        p.videos().forEach(id -> refs.add(new ContentRef(ContentType.VIDEO, id)));
        p.articles().forEach(id -> refs.add(new ContentRef(ContentType.ARTICLE, id)));
        return refs;
    }

    private boolean stale(long articleId) {
        return jdbc.sql("select stale from recommendation_state where article_id = ?")
                .param(articleId)
                .query(Boolean.class)
                .single();
    }
}
