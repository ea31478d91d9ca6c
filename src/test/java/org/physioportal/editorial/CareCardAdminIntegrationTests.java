package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.CareCardView;
import org.physioportal.articles.CareCards;
import org.physioportal.articles.NewArticle;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Care cards in the back office: an editor writes an article's card in both languages and readers
 * see it on the article at once (the page cache was emptied); bad input answers 400 with the problem
 * next to the field, keeps what was typed and saves nothing; emptying a language removes its card.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CareCardAdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    @Autowired
    CareCards cards;

    WebSession editor;
    String group;

    @BeforeEach
    void publishedArticleInBothLanguages() {
        editor = new WebSession(port);
        editor.login(AccountFixtures.create(accounts, Role.EDITOR).email(), AccountFixtures.PASSWORD);
        editor.refreshToken("/admin/care-cards?lang=en");
        group = "care-" + Long.toString(System.nanoTime(), 36);
        articles.save(article(Lang.EN, "Shin splints in walkers"));
        articles.save(article(Lang.CS, "Bolest holení u chodců"));
    }

    @Test
    void anEditorWritesTheCardInBothLanguagesAndReadersSeeItAtOnce() {
        var reader = new WebSession(port);
        // the reader's page, without a card, is now in the page cache
        assertThat(page(reader, "/en/articles/" + group).select(".care-card")).isEmpty();
        assertThat(page(reader, "/en/articles/" + group).select(".care-card")).isEmpty();

        Document list = page(editor, "/admin/care-cards?lang=en");
        assertThat(list.select("a[href^=/admin/care-cards/" + group + "]").eachText())
                .contains("Shin splints in walkers", "Bolest holení u chodců");
        Document form = page(editor, "/admin/care-cards/" + group + "?lang=en");
        assertThat(form.select("textarea").eachAttr("name"))
                .containsExactly("soonEn", "urgentEn", "emergencyEn", "soonCs", "urgentCs", "emergencyCs");
        assertThat(form.select("#soonCs").attr("lang")).isEqualTo("cs");

        var saved = editor.post(
                "/admin/care-cards/" + group + "?lang=en",
                "soonEn",
                "Book a visit if the shins still hurt after two weeks of shorter walks.",
                "urgentEn",
                "See a doctor today if one spot on the bone hurts to touch, or the shin swells.",
                "emergencyEn",
                "Call 112 if the leg turns cold, pale or numb.",
                "soonCs",
                "Objednejte se, pokud holeně bolí i po dvou týdnech kratších procházek.",
                "urgentCs",
                "Ještě dnes k lékaři, pokud bolí jedno místo na kosti nebo holeň otéká.",
                "emergencyCs",
                "Volejte 112, pokud noha zchladne, zbledne nebo znecitliví.");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(EditorialAccessMatrixTests.location(saved))
                .isEqualTo("/admin/care-cards/" + group + "?done=saved&lang=en");
        assertThat(page(editor, "/admin/care-cards/" + group + "?done=saved&lang=en")
                        .select("p.notice")
                        .text())
                .contains("saved");

        assertThat(cards.find(group, Lang.EN).orElseThrow().emergency())
                .isEqualTo("Call 112 if the leg turns cold, pale or numb.");
        assertThat(page(reader, "/en/articles/" + group).select(".care-card").text())
                .contains("after two weeks of shorter walks", "the leg turns cold, pale or numb");
        assertThat(page(reader, "/cs/articles/" + group + "-cs")
                        .select(".care-card")
                        .text())
                .contains("holeň otéká");
        assertThat(page(editor, "/admin/care-cards?lang=en")
                        .select("tr:has(a[href^=/admin/care-cards/" + group + "]) td:last-child")
                        .eachText())
                .containsExactly("Yes", "Yes");

        // all three texts of a language left empty: that language has no card any more
        var emptied = editor.post(
                "/admin/care-cards/" + group + "?lang=en",
                "soonEn",
                "Book a visit if the shins still hurt after two weeks of shorter walks.",
                "urgentEn",
                "See a doctor today if one spot on the bone hurts to touch, or the shin swells.",
                "emergencyEn",
                "Call 112 if the leg turns cold, pale or numb.",
                "soonCs",
                " ",
                "urgentCs",
                "",
                "emergencyCs",
                "");
        assertThat(emptied.statusCode()).isEqualTo(302);
        assertThat(cards.find(group, Lang.CS)).isEmpty();
        assertThat(page(reader, "/cs/articles/" + group + "-cs").select(".care-card"))
                .isEmpty();
    }

    @Test
    void badInputAnswers400NextToTheFieldKeepsTheTextAndSavesNothing() {
        var before = new CareCardView("Book a visit after two weeks.", "See a doctor today if it swells.", "Call 112.");
        cards.save(group, Lang.EN, before);

        var refused = editor.post(
                "/admin/care-cards/" + group + "?lang=en",
                "soonEn",
                "A changed text that must not be stored.",
                "urgentEn",
                "  ",
                "emergencyEn",
                "Call 112.",
                "soonCs",
                "x".repeat(1001),
                "urgentCs",
                "Ještě dnes k lékaři.",
                "emergencyCs",
                "Volejte 112.");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("p.form-error[role=alert]").text()).contains("nothing was saved");
        assertThat(page.select("#urgentEn-error").text()).isEqualTo("Please fill this in.");
        assertThat(page.select("#urgentEn").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#urgentEn").attr("aria-describedby")).contains("urgentEn-error");
        assertThat(page.select("#soonCs-error").text()).isEqualTo("This is too long.");
        assertThat(page.select("#soonEn").text()).isEqualTo("A changed text that must not be stored.");
        assertThat(page.select(".field-error")).hasSize(2);
        assertThat(cards.find(group, Lang.EN)).contains(before);
        assertThat(cards.find(group, Lang.CS)).isEmpty();

        assertThat(editor.get("/admin/care-cards/no-such-article?lang=en").statusCode())
                .isEqualTo(404);
    }

    private NewArticle article(Lang lang, String title) {
        return new NewArticle(
                group,
                lang,
                lang == Lang.EN ? group : group + "-cs",
                title,
                "Lead of " + title,
                "Body of " + title,
                authors.all(Lang.EN).getFirst().id(),
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                Set.of(),
                Status.PUBLISHED,
                Instant.now().minusSeconds(60));
    }

    private static Document page(WebSession session, String path) {
        var answer = session.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }
}
