package org.physioportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

/**
 * The page queue in the running site: a reader waits for a free place rather than failing; a
 * reader who finds none in time gets the "very busy" page; what needs no rendering is never queued.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.page-queue.places=2", "portal.page-queue.max-wait=2s"})
@ActiveProfiles("test")
class PageQueueIntegrationTests {

    private static final String ARTICLE = "/en/articles/running-and-lower-back-pain";

    @LocalServerPort
    int port;

    @Autowired
    PageQueue queue;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<MockHttpServletRequest> taken = new ArrayList<>();

    /** Every place taken, as by requests that are still rendering. */
    private void takeEveryPlace() {
        for (int i = 0; i < 2; i++) {
            var request = new MockHttpServletRequest("GET", "/en/articles");
            queue.preHandle(request, new MockHttpServletResponse(), PageQueueTests.controller());
            taken.add(request);
        }
        assertThat(queue.free()).isZero();
    }

    private void giveOneBack() {
        queue.afterCompletion(taken.removeFirst(), new MockHttpServletResponse(), PageQueueTests.controller(), null);
    }

    @AfterEach
    void giveEveryPlaceBack() {
        while (!taken.isEmpty()) {
            giveOneBack();
        }
    }

    /** A session cookie (even an unknown one) keeps the page cache out: the page is rendered. */
    private HttpRequest rendered(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=unknown-session")
                .build();
    }

    private HttpResponse<String> get(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReaderWaitsForAFreePlaceAndGetsThePage() throws Exception {
        takeEveryPlace();

        var answer = client.sendAsync(rendered(ARTICLE), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 1_000 && queue.waiting() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(queue.waiting()).as("the reader waits in the queue").isEqualTo(1);
        assertThat(answer).isNotDone();

        giveOneBack();

        var page = answer.get(30, TimeUnit.SECONDS);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Running and lower-back pain");
        assertThat(queue.free()).as("the reader gave its place back").isEqualTo(1);
    }

    @Test
    void aReaderWhoFindsNoPlaceInTimeGetsTheBusyPageInTheirLanguage() throws Exception {
        takeEveryPlace();

        var czech = get(rendered("/cs/articles"));
        assertThat(czech.statusCode()).isEqualTo(503);
        assertThat(czech.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(czech.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(czech.body()).contains("lang=\"cs\"", "Stránky jsou teď velmi vytížené");
        var english = get(rendered("/en/search?q=knee"));
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("lang=\"en\"", "The site is very busy just now");

        giveEveryPlaceBack();
        assertThat(get(rendered("/cs/articles")).statusCode()).isEqualTo(200);
        assertThat(queue.free()).as("refused readers held no place").isEqualTo(2);
    }

    @Test
    void cachedPagesMediaAndHealthChecksAreNeverQueued() throws Exception {
        var anonymous = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ARTICLE))
                .build();
        String article = get(anonymous).body();
        var picture = Pattern.compile("(/media/[A-Za-z0-9._-]+)").matcher(article);
        assertThat(picture.find()).as("the article shows a picture").isTrue();

        takeEveryPlace();

        assertThat(get(anonymous).statusCode()).as("the cached article").isEqualTo(200);
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + picture.group(1)))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("a picture")
                .isEqualTo(200);
        assertThat(get(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/portal.css"))
                                .build())
                        .statusCode())
                .as("the style sheet")
                .isEqualTo(200);
        assertThat(get(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                                .build())
                        .statusCode())
                .as("liveness")
                .isEqualTo(200);
        assertThat(queue.waiting()).isZero();
    }
}
