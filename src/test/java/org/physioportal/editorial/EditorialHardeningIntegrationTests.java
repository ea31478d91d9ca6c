package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The findings of the outside security test (issue 22) about the back office. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "spring.mail.port=22025"})
@ActiveProfiles("test")
class EditorialHardeningIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    WebSession as(Role role) {
        var web = new WebSession(port);
        web.login(AccountFixtures.create(accounts, role).email(), AccountFixtures.PASSWORD);
        return web;
    }

    /** Item 9: any page number answers a page, as the public lists do. */
    @Test
    void backOfficePagingIsClamped() {
        var admin = as(Role.ADMIN);
        for (String list :
                new String[] {"/admin/articles", "/admin/exercises", "/admin/videos", "/admin/accounts", "/admin/media"
                }) {
            for (String page : new String[] {"2147483647", "-2147483648", "0"}) {
                assertThat(admin.get(list + "?lang=en&page=" + page).statusCode())
                        .as(list + " page " + page)
                        .isEqualTo(200);
            }
        }
    }

    /** Also: the upload forms carry the CSRF token in their body, never in the address. */
    @Test
    void uploadFormsKeepTheCsrfTokenOutOfTheAddress() {
        var editor = as(Role.EDITOR);
        var page = Jsoup.parse(editor.get("/admin/media?lang=en").body());
        var forms = page.select("form.upload-form");
        assertThat(forms).hasSize(2).allSatisfy(form -> {
            assertThat(form.attr("action")).doesNotContain("_csrf");
            assertThat(form.select("input[type=hidden][name=_csrf]").val()).isNotBlank();
        });
        var plain = editor.postFileWithBodyToken(
                forms.first().attr("action"),
                "notes.txt",
                "text/plain",
                "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "altEn",
                "x");
        assertThat(plain.statusCode()).as("the token in the body is accepted").isNotEqualTo(403);
    }
}
