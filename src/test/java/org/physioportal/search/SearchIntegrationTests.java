package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.PortalTestClient;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticleFixtures;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The search page, suggestions and the admin reindex over real HTTP, with the demo content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    @Autowired
    AccountsApi accounts;

    @Autowired
    IndexRebuild rebuild;

    PortalTestClient client;

    @BeforeEach
    void client() {
        client = new PortalTestClient(port);
    }

    String page(String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aPlainSearchThatFindsSomethingIsIndexableAtItsOwnAddressAndOtherResultPagesAreNot() {
        var topic = client.get("/en/search?q=back+pain");
        assertThat(topic.statusCode()).isEqualTo(200);
        assertThat(topic.headers().firstValue("X-Robots-Tag")).isEmpty();
        var head = org.jsoup.Jsoup.parse(topic.body());
        String canonical = head.selectFirst("link[rel=canonical]").attr("href");
        assertThat(canonical).endsWith("/en/search?q=back%20pain");
        assertThat(head.select("link[rel=alternate][hreflang]").eachAttr("href"))
                .as("no language version but itself: the search forms are not translations of it")
                .containsOnly(canonical);
        assertThat(head.selectFirst("a.lang-switch").attr("href")).isEqualTo("/cs/search");
        assertThat(org.jsoup.Jsoup.parse(client.get("/en/search?q=Back++PAIN").body())
                        .selectFirst("link[rel=canonical]")
                        .attr("href"))
                .as("one address for every spelling of the words")
                .isEqualTo(canonical);

        for (String other : java.util.List.of(
                "/en/search",
                "/en/search?q=zzqxv+wqqzx",
                "/en/search?q=running&page=2",
                "/en/search?q=running&type=article",
                "/en/search?q=running&exact=1",
                "/en/search?q=kneee")) {
            var page = client.get(other);
            assertThat(page.statusCode()).as(other).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Robots-Tag")).as(other).contains("noindex");
        }
    }

    @Test
    void findsArticlesExercisesAndVideosWithHighlightedSnippets() {
        String html = page("/en/search?q=running");
        assertThat(html)
                .contains("href=\"/en/articles/running-and-lower-back-pain\"")
                .contains("href=\"/en/exercises/")
                .contains("href=\"/en/videos/")
                .contains("<mark>Running</mark>")
                .contains("results for \u201crunning\u201d");
    }

    @Test
    void czechIsStemmedAndDiacriticsDoNotMatter() {
        assertThat(page("/cs/search?q=" + q("bolest zad"))).contains("/cs/articles/beh-a-bolest-bederni-patere");
        assertThat(page("/cs/search?q=" + q("bolesti zad"))).contains("/cs/articles/beh-a-bolest-bederni-patere");
        // "zada" typed without the accent finds "záda" in a title
        assertThat(page("/cs/search?q=zada")).contains("/cs/articles/golf-a-zada");
        assertThat(page("/cs/search?q=" + q("kočičí hřbet"))).contains("/cs/exercises/kocici-hrbet");
        assertThat(page("/cs/search?q=kocici%20hrbet")).contains("/cs/exercises/kocici-hrbet");
    }

    @Test
    void shortQueriesTolerateOneTypo() {
        assertThat(page("/en/search?q=kneee")).contains("/en/articles/knee-pain-in-runners");
        assertThat(page("/en/search?q=plnak")).contains("/en/exercises/forearm-plank"); // swapped letters
        assertThat(page("/en/search?q=plnk")).contains("/en/exercises/forearm-plank");
        // the first letter must be right, or any short word would match too much
        assertThat(page("/en/search?q=lank")).doesNotContain("/en/exercises/forearm-plank");
    }

    @Test
    void nearMissesAreLeftOutWhenTheWordsAsTypedFindEnough() {
        // "more" is in many items; two exercises have "move" (one letter away) but not "more"
        assertThat(page("/en/search?q=more"))
                .doesNotContain("/en/exercises/bird-dog\"")
                .doesNotContain("/en/exercises/cat-camel\"");
        // "come" likewise, and the breathing article has "core" but not "come"
        assertThat(page("/en/search?q=come")).doesNotContain("/en/articles/breathing-and-the-deep-core\"");
        // with one word misspelt nothing has both words, so near misses count
        assertThat(page("/en/search?q=" + q("kneee pain"))).contains("/en/articles/knee-pain-in-runners");
        assertThat(page("/en/search?q=" + q("runing injuries"))).contains("/en/articles/running-and-lower-back-pain");
    }

    /** The result paths in order, as the reader sees them. */
    List<String> hits(String path) {
        return org.jsoup.Jsoup.parse(page(path)).select(".hit h2 a").eachAttr("href");
    }

    @Test
    void theBodyPartNamedDecidesOverAWordFoundEverywhere() {
        // "bolest" (pain) is in nearly every item; the back-pain articles come before the knee's
        List<String> czech = hits("/cs/search?q=" + q("bolest zad"));
        assertThat(czech).contains("/cs/articles/beh-a-bolest-bederni-patere");
        int knee = czech.indexOf("/cs/articles/bolest-kolene-u-bezcu");
        if (knee >= 0) {
            assertThat(czech.indexOf("/cs/articles/beh-a-bolest-bederni-patere"))
                    .isLessThan(knee);
        }
        List<String> english = hits("/en/search?q=" + q("neck pain"));
        assertThat(english).first().isEqualTo("/en/articles/office-work-and-neck-pain");
        // the chin tuck, an exercise for the neck, comes before the knee article
        int kneeInEnglish = english.indexOf("/en/articles/knee-pain-in-runners");
        assertThat(english.indexOf("/en/exercises/chin-tuck")).isBetween(1, kneeInEnglish < 0 ? 10 : kneeInEnglish);
    }

    @Test
    void aCorrectedTypoIsSaidWithALinkToTheWordsAsTyped() {
        var corrected = org.jsoup.Jsoup.parse(page("/en/search?q=" + q("kneee pain")));
        // "knee" or "knees", whichever the hits show more often (other tests add articles to this index)
        assertThat(corrected.select(".correction").text())
                .startsWith("Showing results for knee")
                .contains(" pain. ");
        String exact = corrected.select(".correction a").attr("href");
        assertThat(exact).contains("q=kneee%20pain").contains("exact=1");
        var asTyped = org.jsoup.Jsoup.parse(page(exact));
        assertThat(asTyped.select(".correction")).isEmpty();
        // as typed, only "pain" (and its forms) is found, never "knee"
        assertThat(asTyped.select(".hit mark").eachText())
                .isNotEmpty()
                .allMatch(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith("pain"));
        assertThat(asTyped.select("#search-page-q").val()).isEqualTo("kneee pain");

        var czech = org.jsoup.Jsoup.parse(page("/cs/search?q=" + q("plnak")));
        assertThat(czech.select(".correction").text())
                .as(czech.select(".result-count, .hit h2").text())
                .startsWith("Zobrazujeme výsledky pro plank.");
        assertThat(czech.select(".correction a").text()).contains("plnak");
    }

    @Test
    void aRareWordSpeltRightIsNotCorrected() {
        // "bosu" finds one exercise as typed: near misses are looked for, but nothing was misspelt
        var bosu = org.jsoup.Jsoup.parse(page("/en/search?q=bosu"));
        assertThat(bosu.select(".hit h2 a").eachAttr("href")).contains("/en/exercises/crunch-on-a-bosu");
        assertThat(bosu.select(".correction")).isEmpty();
        // an exact flag that means nothing is left out with a notice
        var odd = org.jsoup.Jsoup.parse(page("/en/search?q=kneee&exact=yes"));
        assertThat(odd.select(".notices").text()).contains("not recognised");
        assertThat(odd.select(".correction")).hasSize(1);
    }

    @Test
    void onlyTheMisspeltWordLooksForNearMisses() {
        // "pain" is in many items as typed, so "pair" (the running article's "pair of shoes") and
        // "pays" are not taken for it; "kneee" finds nothing as typed, so "knee" is
        String kneeePain = page("/en/search?q=" + q("kneee pain"));
        assertThat(kneeePain)
                .contains("/en/articles/knee-pain-in-runners")
                .contains("<mark>knee</mark>")
                .contains("<mark>pain</mark>")
                .doesNotContain("<mark>pair</mark>")
                .doesNotContain("<mark>pays</mark>");
    }

    @Test
    void resultsKeepToTheLanguageOfThePage() {
        assertThat(page("/en/search?q=running"))
                .doesNotContain("href=\"/cs/articles")
                .doesNotContain("href=\"/cs/exercises")
                .doesNotContain("href=\"/cs/videos");
        assertThat(page("/cs/search?q=golf")).doesNotContain("href=\"/en/articles");
    }

    @Test
    void facetsNarrowTheResultsAndShowCounts() {
        String all = page("/en/search?q=stretch");
        assertThat(all).contains("Body region").contains("Difficulty").contains("?q=stretch&amp;type=exercise");
        String exercises = page("/en/search?q=stretch&type=exercise");
        assertThat(exercises)
                .contains("/en/exercises/")
                .doesNotContain("href=\"/en/videos/")
                .doesNotContain("href=\"/en/articles/");
        assertThat(exercises).contains("aria-current=\"true\"");
        String knee = page("/en/search?q=stretch&type=exercise&region=knee");
        assertThat(knee)
                .contains("/en/exercises/hip-and-thigh-stretch-with-a-gym-ball")
                .doesNotContain("/en/exercises/back-stretch-over-a-gym-ball");
        // facets without text browse everything filed there, newest first
        String golf = page("/en/search?activity=golf&type=article");
        assertThat(golf).contains("/en/articles/golf-and-the-back").contains("1 item with these filters");
    }

    @Test
    void aBroaderTermAlsoFindsContentFiledUnderItsNarrowerTerms() {
        // "spine" is the parent of the lumbar, thoracic and cervical spine in the demo taxonomy
        String html = page("/en/search?type=exercise&region=spine");
        assertThat(html).contains("/en/exercises/chin-tuck").contains("/en/exercises/bird-dog");
    }

    @Test
    void zeroResultsExplainWhatToTryAndOfferTheOtherLanguage() {
        String none = page("/en/search?q=zxqvw");
        assertThat(none)
                .contains("No results for")
                .contains("Check the spelling")
                .contains("/en/topics");
        String czechWordInEnglish = page("/en/search?q=" + q("kočičí hřbet"));
        assertThat(czechWordInEnglish).contains("in Czech").contains("href=\"/cs/search?q=");
    }

    @Test
    void anEmptySearchShowsHelpInsteadOfResults() {
        assertThat(page("/en/search")).contains("Type what you are looking for").doesNotContain("class=\"hits\"");
        assertThat(page("/en/search?q=%20%20")).contains("Type what you are looking for");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*:\"()~^[]{}\\/",
                "\"",
                "title_en:running",
                "running AND (",
                "*",
                "?",
                "-",
                "a OR b NOT c",
                "nul\u0000byte",
                "\u202Eevil",
                "<script>alert(1)</script>"
            })
    void querySyntaxIsPlainText(String text) {
        var response = client.get("/en/search?q=" + q(text));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aVeryLongQueryIsShortenedWithANotice() {
        String html = page("/en/search?q=" + q("running ".repeat(125)));
        assertThat(html).contains("only its first 200 characters were used");
    }

    @Test
    void unknownFacetValuesAreLeftOutWithANotice() {
        String html = page("/en/search?q=running&type=recipe&region=moon&difficulty=impossible&topic=running");
        assertThat(html).contains("were not recognised").contains("/en/articles/running-and-lower-back-pain");
        assertThat(page("/en/search?q=running&page=abc")).contains("/en/articles/running-and-lower-back-pain");
    }

    @Test
    void aPageBeyondTheLastSaysSoAndLinksBack() {
        String html = page("/en/search?q=running&page=10000");
        assertThat(html).contains("The results have only").contains("href=\"/en/search?q=running\"");
        assertThat(page("/en/search?q=running&page=2")).contains("rel=\"prev\"");
        assertThat(client.get("/en/search?q=running&page=99999999999").statusCode())
                .isEqualTo(200);
    }

    @Test
    void suggestionsOfferTitlesAsTheReaderTypes() {
        String html = page("/en/search/suggest?q=kne");
        assertThat(html).contains("/en/articles/knee-pain-in-runners").contains("Knee pain in runners");
        assertThat(page("/cs/search/suggest?q=kocic")).contains("/cs/exercises/kocici-hrbet");
        // a word just begun (one letter) does not empty the list
        assertThat(page("/en/search/suggest?q=" + q("knee p"))).contains("/en/articles/knee-pain-in-runners");
        assertThat(page("/en/search/suggest?q=k")).doesNotContain("<li>");
        assertThat(page("/en/search/suggest?q=" + q("*:\"()"))).doesNotContain("<li>");
        assertThat(page("/en/search/suggest")).doesNotContain("<li>");
    }

    @Test
    void theSearchBoxsOwnExampleGetsSuggestions() {
        // "bolest zad" is in no title: the best results of the full search fill the list, led by
        // what the judged set (search/relevance.tsv) counts as answering it
        var czech = org.jsoup.Jsoup.parse(page("/cs/search/suggest?q=" + q("bolest zad")));
        assertThat(czech.select("#search-suggestions a").eachAttr("href"))
                .hasSizeGreaterThan(1)
                .doesNotHaveDuplicates()
                .first()
                .isIn(
                        "/cs/articles/beh-a-bolest-bederni-patere",
                        "/cs/articles/cyklistika-a-bolest-beder",
                        "/cs/articles/golf-a-zada",
                        "/cs/articles/fyzicky-narocna-prace",
                        "/cs/exercises/protazeni-zad-na-gymnastickem-mici",
                        "/cs/videos/protazeni-zad-a-stehen-na-gymnastickem-mici");
        var english = org.jsoup.Jsoup.parse(page("/en/search/suggest?q=" + q("lower back pain")));
        assertThat(english.select("#search-suggestions a").eachAttr("href"))
                .hasSizeGreaterThan(1)
                .first()
                .isEqualTo("/en/articles/running-and-lower-back-pain");
    }

    @Test
    void theHeaderSearchBoxIsOnEveryPage() {
        assertThat(page("/en/articles/running-and-lower-back-pain"))
                .contains("role=\"search\"")
                .contains("data-hx-get=\"/en/search/suggest\"");
        assertThat(page("/cs")).contains("action=\"/cs/search\"");
    }

    @Test
    void theIndexFollowsPublishingAndUnpublishing() {
        String word = "zyzzogeton";
        long author = authors.requireId("jana-dvorakova");
        assertThat(page("/en/search?q=" + word)).contains("No results");
        long id = articles.save(article(author, word, Status.PUBLISHED));
        assertThat(page("/en/search?q=" + word)).contains("/en/articles/search-follow-test");
        articles.save(article(author, word, Status.DRAFT));
        assertThat(page("/en/search?q=" + word)).contains("No results");
        assertThat(id).isPositive();
    }

    @Test
    void onlyAdminsRebuildTheIndexAndSeeItsProgress() throws Exception {
        var anonymous = new WebSession(port);
        assertThat(anonymous.get("/admin/search").statusCode()).isEqualTo(302);
        var editor = AccountFixtures.create(accounts, Role.EDITOR);
        var editorSession = new WebSession(port);
        editorSession.login(editor.email(), AccountFixtures.PASSWORD);
        assertThat(editorSession.get("/admin/search").statusCode()).isEqualTo(403);
        editorSession.refreshToken("/en");
        assertThat(editorSession.post("/admin/search/reindex").statusCode()).isEqualTo(403);

        var admin = AccountFixtures.create(accounts, Role.ADMIN);
        var adminSession = new WebSession(port);
        adminSession.login(admin.email(), AccountFixtures.PASSWORD);
        assertThat(adminSession.get("/admin/search").body()).contains("Rebuild the whole index");
        adminSession.refreshToken("/admin/search");
        var started = adminSession.post("/admin/search/reindex?lang=en");
        assertThat(started.statusCode()).isEqualTo(302);
        long deadline = System.currentTimeMillis() + 60_000;
        while (rebuild.state() == IndexRebuild.State.RUNNING && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(rebuild.progress().state()).isEqualTo(IndexRebuild.State.DONE);
        assertThat(rebuild.progress().percent()).isEqualTo(100);
        assertThat(adminSession.get("/admin/search/progress").body()).contains("Last rebuild finished");
        assertThat(page("/en/search?q=running")).contains("/en/articles/running-and-lower-back-pain");
    }

    private static NewArticle article(long author, String word, Status status) {
        return ArticleFixtures.minimal(
                "search-follow-test",
                "A test article about the " + word,
                "Its lead mentions the " + word + " once.",
                "A body.",
                author,
                status,
                status == Status.PUBLISHED ? Instant.now().minusSeconds(5) : null);
    }
}
