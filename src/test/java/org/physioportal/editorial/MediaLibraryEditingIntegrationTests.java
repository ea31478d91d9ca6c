package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physioportal.shared.Records.field;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.NewExercise;
import org.physioportal.media.MediaApi;
import org.physioportal.media.NewMedia;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Records;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A media library file's descriptions are edited in place; it is deleted only while no page uses it
 * (the refusal lists the pages), its file goes with it; the library is paged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MediaLibraryEditingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    MediaApi media;

    @Autowired
    ExercisesApi exercises;

    WebSession editor;

    @BeforeEach
    void editor() {
        var account = AccountFixtures.create(accounts, Role.EDITOR);
        editor = new WebSession(port);
        editor.login(account.email(), AccountFixtures.PASSWORD);
        editor.get("/admin/media?lang=en");
    }

    @Test
    void descriptionsAreEditedAndABlankLicenceIsRefusedNextToTheField() {
        long id = picture("Knee bend");
        var saved = editor.post(
                "/admin/media/" + id + "?lang=en",
                "altEn",
                "Knee bend on a step",
                "altCs",
                "Dřep na schodu",
                "captionEn",
                "Slowly down",
                "licence",
                "CC BY 4.0",
                "credit",
                "Clinic",
                "source",
                "");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(media.find(id, Lang.EN).orElseThrow().alt()).isEqualTo("Knee bend on a step");
        assertThat(media.find(id, Lang.CS).orElseThrow().alt()).isEqualTo("Dřep na schodu");
        assertThat(media.find(id, Lang.EN).orElseThrow().licence()).isEqualTo("CC BY 4.0");

        var refused = editor.post(
                "/admin/media/" + id + "?lang=en",
                "altEn",
                "Changed",
                "altCs",
                "Změna",
                "licence",
                " ",
                "credit",
                "Clinic");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#licence-item-error").text()).isNotBlank();
        assertThat(page.select("#licence-item").attr("aria-invalid")).isEqualTo("true");
        assertThat(media.find(id, Lang.EN).orElseThrow().alt())
                .as("nothing saved")
                .isEqualTo("Knee bend on a step");
    }

    @Test
    void aFileInUseIsNotDeletedAndAnUnusedOneIsDeletedWithItsFile() {
        long used = picture("Used picture");
        var exercise = exercises.allPublished(Lang.EN).getFirst();
        var stored = exercises.draft(exercise.id()).orElseThrow();
        NewExercise c = stored.content();
        exercises.save(Records.with(c, field("imageId", used)));

        var refused = editor.post("/admin/media/" + used + "/delete?lang=en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("ul.used-by a").eachText())
                .contains(c.name());
        assertThat(media.find(used, Lang.EN)).isPresent();

        long unused = picture("Unused picture");
        String url = media.find(unused, Lang.EN).orElseThrow().url();
        assertThat(new WebSession(port).get(url).statusCode()).isEqualTo(200);
        var deleted = editor.post("/admin/media/" + unused + "/delete?lang=en");
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(media.find(unused, Lang.EN)).isEmpty();
        assertThat(new WebSession(port).get(url).statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/media/" + unused + "?lang=en").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theLibraryIsPaged() {
        for (int i = 0; i < 51; i++) {
            picture("Paged picture " + i);
        }
        Document first = Jsoup.parse(editor.get("/admin/media?lang=en").body());
        assertThat(first.select(".media-grid > li")).hasSize(50);
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).contains("page=2");
        Document second = Jsoup.parse(editor.get("/admin/media?lang=en&page=2").body());
        assertThat(second.select(".media-grid > li")).isNotEmpty();
        assertThat(editor.get("/admin/media?lang=en&page=2147483647").statusCode())
                .isEqualTo(200);
    }

    private long picture(String alt) {
        var text = new NewMedia.Text(alt, null);
        try {
            return media.store(new NewMedia(
                    "p.jpg",
                    MediaUploadIntegrationTests.jpeg(40, 30),
                    40,
                    30,
                    "CC0",
                    "Clinic",
                    null,
                    Map.of(Lang.EN, text, Lang.CS, text)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
