package org.physioportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.MailBox;
import org.physioportal.PortalTestClient;
import org.physioportal.WebSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Log in" and "Register" bring a person back to the page they were opened from, also through the
 * e-mail confirmation, and never to another site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.port=23111")
@ActiveProfiles("test")
class ReturnToPageIntegrationTests {

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";
    static final String PASSWORD = "Protahuji lýtka každý den";
    /** The way back to the article's comments as a page's link carries it ("#" escaped). */
    static final String BACK_IN_LINK = ARTICLE + "%23comments";

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server(23111);

    @LocalServerPort
    int port;

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    Document get(WebSession web, String path) {
        var answer = web.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    @Test
    void theHeaderAndTheCommentSectionLinkLoginAndRegistrationBackToThePage() {
        Document article = Jsoup.parse(new PortalTestClient(port).get(ARTICLE).body());
        assertThat(article.select(".account-nav a").eachAttr("href"))
                .contains("/login?lang=en&next=" + ARTICLE, "/register?lang=en&next=" + ARTICLE);
        assertThat(article.select("#comments .comment-login a").eachAttr("href"))
                .containsExactly("/login?lang=en&next=" + BACK_IN_LINK, "/register?lang=en&next=" + BACK_IN_LINK);
    }

    @Test
    void registeringFromAPageConfirmingAndLoggingInLeadsBackToIt() {
        var web = new WebSession(port);
        String back = ARTICLE + "#comments";
        Document form = get(web, "/register?lang=en&next=" + encoded(back));
        assertThat(form.select("form.stacked-form input[name=next]").val()).isEqualTo(back);
        assertThat(form.select("main a[href^='/login']").attr("href")).isEqualTo("/login?lang=en&next=" + BACK_IN_LINK);
        Document login = get(web, "/login?lang=en&next=" + encoded(back));
        assertThat(login.select("main a[href^='/register']").attr("href"))
                .isEqualTo("/register?lang=en&next=" + BACK_IN_LINK);

        String email = "back-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var answer = web.post(
                "/register",
                "email",
                email,
                "displayName",
                "Vracející se",
                "password",
                PASSWORD,
                "lang",
                "en",
                "next",
                back);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(answer.body()).select("main a[href^='/login']").attr("href"))
                .isEqualTo("/login?lang=en&next=" + BACK_IN_LINK);

        String link = MailBox.link(MailBox.textTo(mail, email, "/account/verify"), "/account/verify");
        assertThat(link).contains("&next=" + encoded(back));
        Document verified = get(web, link);
        String loginLink = verified.select("main a[href^='/login']").attr("href");
        assertThat(loginLink).isEqualTo("/login?lang=en&next=" + BACK_IN_LINK);
        Document loginForm = get(web, loginLink);
        assertThat(loginForm.select("input[name=next]").val()).isEqualTo(back);
        var loggedIn = web.post("/login", "email", email, "password", PASSWORD, "next", back);
        assertThat(location(loggedIn)).isEqualTo(back);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/",
                "https://evil.example/",
                "/\\evil.example",
                "javascript:alert(1)",
                "evil.example",
                "/en\r\nLocation: https://evil.example"
            })
    void onlyAPathOnThisSiteIsAcceptedAsTheWayBack(String next) {
        var web = new WebSession(port);
        Document register = get(web, "/register?lang=en&next=" + encoded(next));
        assertThat(register.select("input[name=next]")).isEmpty();
        assertThat(register.select("main a[href^='/login']").attr("href")).isEqualTo("/login?lang=en");
        Document login = get(web, "/login?lang=en&next=" + encoded(next));
        assertThat(login.select("input[name=next]")).isEmpty();

        String email = "evil-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        web.post("/register", "email", email, "displayName", "Někdo", "password", PASSWORD, "lang", "en", "next", next);
        String link = MailBox.link(MailBox.textTo(mail, email, "/account/verify"), "/account/verify");
        assertThat(link).doesNotContain("next=");
        Document verified = get(web, link + "&next=" + encoded(next));
        assertThat(verified.select("main a[href^='/login']").attr("href")).isEqualTo("/login?lang=en");

        web.get("/login?lang=en");
        var loggedIn = web.post("/login", "email", email, "password", PASSWORD, "next", next);
        assertThat(location(loggedIn)).isEqualTo("/en");
    }
}
