package org.physioportal.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.accounts.domain.AccountService;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous page cache as clients see it: hits with the same headers, 304s, invalidation by
 * content and comment changes, and never a page that belongs to someone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PageCacheIntegrationTests.Failing.class)
class PageCacheIntegrationTests {

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";

    /** Handlers that fail, to see that error pages are not stored. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/en/test-page-cache-failure")
        String fail() {
            throw new IllegalStateException("boom");
        }

        @GetMapping("/en/test-page-cache-outage")
        String outage() {
            throw new CannotCreateTransactionException("database gone");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AccountsApi accounts;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void empty() {
        cache.clear();
    }

    HttpResponse<byte[]> send(String method, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Every header but the date, names in lower case. */
    static Map<String, java.util.List<String>> headersOf(HttpResponse<?> response) {
        var headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void theSecondAnonymousRequestIsAHitWithTheSameBytesAndHeaders() {
        var first = get(ARTICLE);
        var second = get(ARTICLE);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(cache.stats().stored()).isEqualTo(1);
        assertThat(cache.stats().hits()).isEqualTo(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(headersOf(second)).isEqualTo(headersOf(first));
        assertThat(header(second, "ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(header(second, "Last-Modified")).isNotNull();
        assertThat(header(second, "Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(header(second, "Vary")).isEqualTo("Accept-Encoding, Cookie");
        assertThat(header(second, "Pragma")).isNull();
        assertThat(header(second, "Expires")).isNull();
    }

    @Test
    void aHitCarriesTheSecurityHeadersAndTheNonceOfItsOwnScriptTags() {
        get(ARTICLE);
        var hit = get(ARTICLE);
        assertThat(cache.stats().hits()).isEqualTo(1);
        assertThat(header(hit, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(hit.headers().allValues("X-Content-Type-Options")).hasSize(1);
        assertThat(header(hit, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(hit, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(hit, "Permissions-Policy")).isNotNull();
        String csp = header(hit, "Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        String nonce = PortalTestClient.find(csp, "script-src 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'");
        assertThat(text(hit)).contains("nonce=\"" + nonce + "\"");
    }

    @Test
    void anAnonymousPageHasNoSessionNoCsrfTokenAndNoViewer() {
        for (int i = 0; i < 2; i++) {
            var page = get(ARTICLE);
            assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(text(page))
                    .doesNotContain("_csrf")
                    .doesNotContain("/logout")
                    .contains("/login?lang=en");
        }
    }

    @Test
    void aMatchingETagOrAnUnchangedDateGets304() {
        var page = get(ARTICLE);
        String etag = header(page, "ETag");
        String lastModified = header(page, "Last-Modified");

        var byTag = get(ARTICLE, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "ETag")).isEqualTo(etag);
        assertThat(header(byTag, "Content-Security-Policy")).isEqualTo(header(page, "Content-Security-Policy"));
        assertThat(get(ARTICLE, "If-None-Match", "W/" + etag + ", \"other\"").statusCode())
                .isEqualTo(304);
        assertThat(get(ARTICLE, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        assertThat(get(ARTICLE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(ARTICLE, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
                        .statusCode())
                .isEqualTo(200);
        assertThat(cache.stats().notModified()).isEqualTo(3);
    }

    @Test
    void gzipIsItsOwnRepresentationWithItsOwnETag() throws IOException {
        var plain = get(ARTICLE);
        var zipped = get(ARTICLE, "Accept-Encoding", "gzip, deflate");
        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(zipped, "ETag")).isEqualTo(header(plain, "ETag").replaceAll("\"$", "-gz\""));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(get(ARTICLE, "Accept-Encoding", "gzip", "If-None-Match", header(zipped, "ETag"))
                        .statusCode())
                .isEqualTo(304);
        assertThat(get(ARTICLE, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void headIsAnsweredFromTheStoredPage() {
        var cold = send("HEAD", ARTICLE);
        assertThat(cold.statusCode()).isEqualTo(200);
        assertThat(cache.stats().stored()).as("a HEAD rendering is not stored").isZero();
        var page = get(ARTICLE);
        var head = send("HEAD", ARTICLE);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(page, "ETag"));
        assertThat(header(head, "Content-Length")).isEqualTo(Integer.toString(page.body().length));
        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @Test
    void savingAnArticleMakesItsPageAndTheListingNew() {
        String path = "/en/articles/golf-and-the-back";
        ArticleView article =
                articles.findPublished(Lang.EN, "golf-and-the-back").orElseThrow();
        String before = text(get(path));
        get("/en/articles");
        String marker = "Swing check " + UUID.randomUUID();
        try {
            save(article, marker);
            assertThat(text(get(path))).contains(marker).isNotEqualTo(before);
            assertThat(text(get("/en/articles"))).contains(marker);
        } finally {
            save(article, article.lead());
        }
        assertThat(text(get(path))).doesNotContain(marker);
    }

    void save(ArticleView a, String lead) {
        articles.save(new NewArticle(
                a.groupKey(),
                a.lang(),
                a.slug(),
                a.title(),
                lead,
                a.body(),
                a.authorId(),
                a.reviewerId(),
                a.source(),
                a.references(),
                a.reviewedAt(),
                a.nextReviewAt(),
                a.tutorialIds(),
                a.relatedIds(),
                a.termIds(),
                Status.PUBLISHED,
                a.publishedAt()));
    }

    @Autowired
    AccountService accountService;

    @Test
    void aCommentersNewNameOrDeletedAccountMakesStoredPagesStale() {
        var account = AccountFixtures.create(accounts, Role.MEMBER);
        long before = cache.generation();
        accountService.updateProfile(account.id(), "Renamed Reader " + account.id(), false, false);
        long renamed = cache.generation();
        assertThat(renamed).as("after a new display name").isGreaterThan(before);
        accountService.delete(account.id(), AccountFixtures.PASSWORD, false);
        assertThat(cache.generation()).as("after an account deletion").isGreaterThan(renamed);
    }

    @Test
    void anUnchangedPageKeepsItsETagAfterAnInvalidation() {
        var page = get(ARTICLE);
        cache.invalidateAll();
        var again = get(ARTICLE, "If-None-Match", header(page, "ETag"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(cache.stats().confirmed()).isEqualTo(1);
    }

    @Test
    void aPublishedCommentAppearsAndAHiddenOneGoes() {
        String before = text(get(ARTICLE));
        var editor = member(Role.EDITOR);
        String comment = "Cached page check " + UUID.randomUUID();
        var posted = editor.post(
                "/comments",
                "targetType",
                "ARTICLE",
                "targetId",
                Long.toString(articleId()),
                "body",
                comment,
                "lang",
                "en");
        assertThat(posted.statusCode()).isEqualTo(303);
        String after = text(get(ARTICLE));
        assertThat(after).contains(comment);
        assertThat(before).doesNotContain(comment);

        long id = Long.parseLong(
                posted.headers().firstValue("Location").orElseThrow().replaceAll(".*#comment-", ""));
        var moderator = member(Role.MODERATOR);
        moderator.get("/moderation?lang=en");
        assertThat(moderator.post("/moderation/comments/" + id + "/hide").statusCode())
                .isEqualTo(303);
        assertThat(text(get(ARTICLE))).doesNotContain(comment);
    }

    @Test
    void anEditedOrDeletedCommentChangesTheStoredPage() {
        var editor = member(Role.EDITOR);
        String comment = "To be edited " + UUID.randomUUID();
        var posted = editor.post(
                "/comments",
                "targetType",
                "ARTICLE",
                "targetId",
                Long.toString(articleId()),
                "body",
                comment,
                "lang",
                "en");
        long id = Long.parseLong(
                posted.headers().firstValue("Location").orElseThrow().replaceAll(".*#comment-", ""));
        assertThat(text(get(ARTICLE))).contains(comment);
        editor.get(ARTICLE);
        assertThat(editor.post("/comments/" + id + "/edit", "body", comment + " (edited)", "lang", "en")
                        .statusCode())
                .isEqualTo(303);
        assertThat(text(get(ARTICLE))).contains(comment + " (edited)");
        editor.get(ARTICLE);
        assertThat(editor.post("/comments/" + id + "/delete", "lang", "en").statusCode())
                .isEqualTo(303);
        assertThat(text(get(ARTICLE))).doesNotContain(comment);
    }

    @Test
    void aMembersPageIsNeverStoredNorServedToOthersAndTheyNeverGetTheStoredOne() {
        var account = AccountFixtures.create(accounts, Role.MEMBER);
        var member = new WebSession(port);
        member.login(account.email(), AccountFixtures.PASSWORD);

        var theirs = member.get(ARTICLE);
        assertThat(theirs.body()).contains(account.displayName()).contains("/logout");
        assertThat(theirs.headers().firstValue("ETag")).isEmpty();
        assertThat(theirs.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(cache.stats().stored()).isZero();

        var anonymous = get(ARTICLE);
        assertThat(text(anonymous)).doesNotContain(account.displayName()).doesNotContain("/logout");
        assertThat(cache.stats().stored()).isEqualTo(1);

        var theirsAgain = member.get(ARTICLE);
        assertThat(theirsAgain.body()).contains(account.displayName());
        assertThat(cache.stats().hits()).isZero();

        var rememberMeOnly = get(ARTICLE, "Cookie", "remember-me=bm90LWEtdG9rZW4");
        assertThat(rememberMeOnly.headers().firstValue("ETag")).isEmpty();
        var staleSession = get(ARTICLE, "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(staleSession.headers().firstValue("ETag")).isEmpty();
        assertThat(cache.stats().hits()).isZero();
    }

    @Test
    void postAnswersAreNeverStoredOrAnsweredFromTheCache() {
        get(ARTICLE);
        var post = send("POST", ARTICLE);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(header(post, "ETag")).isNull();
        assertThat(cache.stats().hits()).isZero();
        assertThat(cache.stats().stored()).isEqualTo(1);
    }

    @Test
    void errorPagesAreNeverStored() {
        for (int i = 0; i < 2; i++) {
            assertThat(get("/en/articles/no-such-article").statusCode()).isEqualTo(404);
            assertThat(get("/en/articles?page=abc").statusCode()).isEqualTo(400);
            assertThat(get("/en/test-page-cache-failure").statusCode()).isEqualTo(500);
            var outage = get("/en/test-page-cache-outage");
            assertThat(outage.statusCode()).isEqualTo(503);
            assertThat(header(outage, "Retry-After")).isNotNull();
            assertThat(header(outage, "ETag")).isNull();
        }
        assertThat(cache.stats().stored()).isZero();
        assertThat(cache.stats().hits()).isZero();
    }

    @Test
    void pagesThatCreateASessionAreNotStored() {
        var login = get("/login?lang=en");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(text(login)).contains("_csrf");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(cache.stats().stored()).isZero();
    }

    WebSession member(Role role) {
        var account = AccountFixtures.create(accounts, role);
        var web = new WebSession(port);
        web.login(account.email(), AccountFixtures.PASSWORD);
        web.get(ARTICLE);
        return web;
    }

    long articleId() {
        return articles.findPublished(Lang.EN, "running-and-lower-back-pain")
                .orElseThrow()
                .id();
    }
}
