package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Taxonomy management: create, rename and translate, reorder, merge (content re-tagged), bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaxonomyAdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    WebSession editor;

    @BeforeEach
    void editor() {
        var account = AccountFixtures.create(accounts, Role.EDITOR);
        editor = new WebSession(port);
        editor.login(account.email(), AccountFixtures.PASSWORD);
        editor.get("/admin/taxonomy?lang=en");
    }

    @Test
    void aTermIsCreatedRenamedTranslatedAndMoved() {
        String key = unique("trail-running");
        assertThat(create(key, "Trail running", "Běh v terénu").statusCode()).isEqualTo(302);
        TermView created = byKey(key);
        assertThat(new WebSession(port).get("/en/topics/" + key).statusCode()).isEqualTo(200);

        var renamed = editor.post(
                "/admin/taxonomy/" + created.id() + "?lang=en",
                "slugEn",
                key + "-en",
                "nameEn",
                "Trail and hill running",
                "slugCs",
                key + "-cs",
                "nameCs",
                "Běh v terénu a do kopce");
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(taxonomy.find(created.id(), Lang.CS).orElseThrow().name()).isEqualTo("Běh v terénu a do kopce");
        assertThat(new WebSession(port).get("/cs/topics/" + key + "-cs").body()).contains("Běh v terénu a do kopce");

        var topics = taxonomy.all(TermKind.TOPIC, Lang.EN);
        int at = indexOf(topics, created.id());
        assertThat(editor.post("/admin/taxonomy/" + created.id() + "/move?lang=en", "direction", "-1")
                        .statusCode())
                .isEqualTo(302);
        assertThat(indexOf(taxonomy.all(TermKind.TOPIC, Lang.EN), created.id())).isEqualTo(at - 1);
    }

    @Test
    void badOrDuplicateTermsAreRefusedNextToTheField() {
        int before = taxonomy.editable().size();
        var bad = editor.post(
                "/admin/taxonomy?lang=en",
                "key",
                "Not A Key",
                "kind",
                "TOPIC",
                "slugEn",
                "ok",
                "nameEn",
                "",
                "slugCs",
                "ok-cs",
                "nameCs",
                "x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"key-error\"").contains("id=\"nameEn-error\"");
        var duplicate = create("running", "Running again", "Běh znovu");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("already used by another term");
        assertThat(taxonomy.editable()).hasSize(before);
    }

    @Test
    void mergingMovesTheContentToTheOtherTermAndRemovesTheFirst() {
        String from = unique("jogging");
        String into = unique("easy-running");
        create(from, "Jogging", "Klusání");
        create(into, "Easy running", "Lehký běh");
        long fromId = byKey(from).id();
        long intoId = byKey(into).id();
        editor.get("/admin/articles/new?lang=en");
        var article = editor.post(
                "/admin/articles?lang=en",
                "language",
                "EN",
                "slug",
                unique("jogging-article"),
                "title",
                "Jogging",
                "lead",
                "Lead",
                "body",
                "Body",
                "authorId",
                Long.toString(authors.all(Lang.EN).getFirst().id()),
                "termIds",
                Long.toString(fromId),
                "version",
                "");
        assertThat(article.statusCode()).isEqualTo(302);
        long articleId = Long.parseLong(
                article.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/articles/(\\d+).*", "$1"));

        editor.get("/admin/taxonomy?lang=en");
        var merged = editor.post("/admin/taxonomy/" + fromId + "/merge?lang=en", "into", Long.toString(intoId));
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(articles.draft(articleId).orElseThrow().content().termIds()).containsExactly(intoId);
        assertThat(taxonomy.find(fromId, Lang.EN)).isEmpty();

        long region = taxonomy.all(TermKind.REGION, Lang.EN).getFirst().id();
        var acrossKinds = editor.post("/admin/taxonomy/" + intoId + "/merge?lang=en", "into", Long.toString(region));
        assertThat(acrossKinds.statusCode()).isEqualTo(400);
        assertThat(taxonomy.find(intoId, Lang.EN)).isPresent();
    }

    @Test
    void authorProfilesAreCreatedEditedAndShownPublicly() {
        String key = unique("jana-novak");
        var bad = editor.post("/admin/authors?lang=en", "key", "Jana Novak", "kind", "PERSON", "name", "");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"key-error\"").contains("id=\"name-error\"");
        var created = editor.post(
                "/admin/authors?lang=en",
                "key",
                key,
                "kind",
                "PERSON",
                "name",
                "Jana Nováková",
                "roleEn",
                "Physiotherapist",
                "roleCs",
                "Fyzioterapeutka",
                "bioEn",
                "Treats runners.",
                "bioCs",
                "Léčí běžce.");
        assertThat(created.statusCode()).isEqualTo(302);
        long id = authors.findByKey(key, Lang.EN).orElseThrow().id();
        var duplicate = editor.post(
                "/admin/authors?lang=en",
                "key",
                key,
                "kind",
                "PERSON",
                "name",
                "Copy",
                "roleEn",
                "r",
                "roleCs",
                "r",
                "bioEn",
                "b",
                "bioCs",
                "b");
        assertThat(duplicate.statusCode()).isEqualTo(400);

        var saved = editor.post(
                "/admin/authors/" + id + "?lang=en",
                "kind",
                "PERSON",
                "name",
                "Jana Nováková",
                "roleEn",
                "Sports physiotherapist",
                "roleCs",
                "Sportovní fyzioterapeutka",
                "bioEn",
                "Treats runners and golfers.",
                "bioCs",
                "Léčí běžce a golfisty.");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).get("/cs/authors/" + key).body()).contains("Sportovní fyzioterapeutka");
    }

    private java.net.http.HttpResponse<String> create(String key, String en, String cs) {
        return editor.post(
                "/admin/taxonomy?lang=en",
                "key",
                key,
                "kind",
                "TOPIC",
                "slugEn",
                key,
                "nameEn",
                en,
                "slugCs",
                key + "-cs",
                "nameCs",
                cs);
    }

    private TermView byKey(String key) {
        return taxonomy.find(taxonomy.requireId(key), Lang.EN).orElseThrow();
    }

    private static int indexOf(java.util.List<TermView> terms, long id) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String unique(String base) {
        return base + "-" + Long.toString(System.nanoTime(), 36);
    }
}
