package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.physioportal.TcpProxy;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on PostgreSQL behind a TCP proxy that the test cuts and restores: while the
 * database is out of reach every page is the site's 503 page with Retry-After, readiness is DOWN and
 * liveness UP; once it is back, pages are served again within 10 s, without a restart. The outage
 * lasts {@code -Dportal.test.outage.seconds} (15 by default, the full run is 60).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "logging.level.org.physioportal.platform.web.DatabaseUnavailable=DEBUG",
            // every answer here must be rendered during the outage; a stored anonymous page would
            // still be served from the page cache (200) until its time to live runs out
            "portal.page-cache.enabled=false"
        })
@ActiveProfiles({"test", "postgres"})
@RequiresPostgres
class DatabaseOutageIntegrationTests {

    private static final long OUTAGE_SECONDS = Long.getLong("portal.test.outage.seconds", 15);
    /**
     * A remember-me request meets the pool's 3 s connection timeout twice during an outage (its
     * persistent login, then the page) before it gets the 503; the bound leaves scheduling slack on
     * top of that. It guards against answers that hang, not against a few hundred milliseconds.
     */
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(7);

    private static final Duration RECOVERY_ALLOWED = Duration.ofSeconds(10);

    private static final String ARTICLE = "/en/articles/running-and-lower-back-pain";
    private static final String CZECH_PAGE = "/cs/exercises";
    private static final String HOME = "/en";
    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";

    private static final TcpProxy PROXY = TcpProxy.to(PostgresSupport.serverAddress());

    @DynamicPropertySource
    static void postgresThroughTheProxy(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry, PROXY.hostPort());
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    /** One answer and how long it took. */
    record Answer(String what, HttpResponse<String> response, Duration took) {
        int status() {
            return response.statusCode();
        }
    }

    private static Answer timed(String what, Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        var response = request.get();
        return new Answer(what, response, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void aDatabaseOutageIsAnsweredWith503AndServiceResumesWithoutRestart() throws InterruptedException {
        var reader = new PortalTestClient(port);
        var member = new WebSession(port);
        var returning = new WebSession(port);
        var memberAccount = AccountFixtures.create(accounts, Role.MEMBER);
        var returningAccount = AccountFixtures.create(accounts, Role.MEMBER);
        assertThat(member.login(memberAccount.email(), AccountFixtures.PASSWORD).statusCode())
                .isEqualTo(302);
        // logged in by the remember-me cookie alone: the session is dropped before every request
        assertThat(returning
                        .login(returningAccount.email(), AccountFixtures.PASSWORD, "remember-me", "on")
                        .statusCode())
                .isEqualTo(302);
        returning.forget("JSESSIONID");

        List<Supplier<Answer>> pages = List.of(
                () -> timed("reader " + ARTICLE, () -> reader.get(ARTICLE)),
                () -> timed("reader " + CZECH_PAGE, () -> reader.get(CZECH_PAGE)),
                () -> timed("member " + HOME, () -> member.get(HOME)),
                () -> {
                    returning.forget("JSESSIONID");
                    return timed("remember-me " + ARTICLE, () -> returning.get(ARTICLE));
                });
        for (var page : pages) {
            var answer = page.get();
            assertThat(answer.status()).as(answer.what()).isEqualTo(200);
        }
        assertThat(member.get(HOME).body()).contains(memberAccount.displayName());
        assertThat(reader.get(READINESS).statusCode()).isEqualTo(200);

        // the database goes away
        PROXY.cut();
        long cutAt = System.nanoTime();
        List<Answer> during = new ArrayList<>();
        long firstUnavailable = -1;
        long outageEnds = cutAt + Duration.ofSeconds(OUTAGE_SECONDS).toNanos();
        while (System.nanoTime() < outageEnds) {
            for (var page : pages) {
                var answer = page.get();
                during.add(answer);
                if (firstUnavailable < 0 && answer.status() == 503) {
                    firstUnavailable = System.nanoTime() - cutAt;
                }
                assertUnavailablePage(answer);
            }
            var readiness = timed("readiness", () -> reader.get(READINESS));
            during.add(readiness);
            assertThat(readiness.status()).as("readiness").isEqualTo(503);
            assertThat(readiness.response().body()).contains("\"DOWN\"");
            var liveness = timed("liveness", () -> reader.get(LIVENESS));
            during.add(liveness);
            assertThat(liveness.status()).as("liveness").isEqualTo(200);
            assertThat(liveness.response().body()).contains("\"UP\"");
            Thread.sleep(250);
        }
        Answer slowest =
                during.stream().max((a, b) -> a.took().compareTo(b.took())).orElseThrow();

        // the database comes back
        PROXY.restore();
        long restoredAt = System.nanoTime();
        Duration recovery = null;
        while (recovery == null
                && System.nanoTime() - restoredAt < Duration.ofSeconds(30).toNanos()) {
            if (reader.get(ARTICLE).statusCode() == 200) {
                recovery = Duration.ofNanos(System.nanoTime() - restoredAt);
            } else {
                Thread.sleep(100);
            }
        }

        System.out.printf(
                "OUTAGE RESULT: %d s outage, %d answers during it (all 503 or probe answers), first 503 %d ms after"
                        + " the cut, slowest answer %d ms (%s), recovered %s ms after the database returned%n",
                OUTAGE_SECONDS,
                during.size(),
                Duration.ofNanos(firstUnavailable).toMillis(),
                slowest.took().toMillis(),
                slowest.what(),
                recovery == null ? "never (30 s)" : Long.toString(recovery.toMillis()));

        assertThat(firstUnavailable).isNotNegative();
        assertThat(slowest.took()).as("slowest answer: " + slowest.what()).isLessThanOrEqualTo(SLOWEST_ALLOWED);
        assertThat(recovery).as("recovery").isNotNull().isLessThanOrEqualTo(RECOVERY_ALLOWED);
        for (var page : pages) {
            var answer = page.get();
            assertThat(answer.status()).as(answer.what()).isEqualTo(200);
        }
        assertThat(member.get(HOME).body()).contains(memberAccount.displayName());
        assertThat(reader.get(READINESS).statusCode()).isEqualTo(200);
    }

    private static void assertUnavailablePage(Answer answer) {
        var response = answer.response();
        String body = response.body();
        assertThat(response.statusCode()).as(answer.what()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After"))
                .as(answer.what())
                .hasValue("10");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(answer.what())
                .isPresent();
        assertThat(body)
                .as(answer.what())
                .contains("class=\"site-header\"", "class=\"site-footer\"", "Physio Portal")
                .doesNotContain("Exception", "at org.", "at java.", "SQL");
        if (answer.what().contains("/cs/")) {
            assertThat(body).contains("lang=\"cs\"", "Hned jsme zpět");
        } else {
            assertThat(body).contains("lang=\"en\"", "We are back in a moment");
        }
    }
}
