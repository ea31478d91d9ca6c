package org.physioportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes (two applications) on one PostgreSQL schema with the postgres profile, as behind a load
 * balancer without sticky sessions: a session and its logout are seen by both, a password change on
 * one ends the other sessions on both, the login limit is one for both, and a change saved on one
 * empties the other's page cache within a second (LISTEN/NOTIFY), not after its time-to-live.
 */
@RequiresPostgres
class TwoNodeIntegrationTests {

    static final String ARTICLE = "/en/articles/golf-and-the-back";

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server();

    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    @BeforeAll
    static void start() {
        Map<String, Object> database = PostgresSupport.properties();
        one = node(database);
        two = node(database);
    }

    static ConfigurableApplicationContext node(Map<String, Object> database) {
        // as arguments: they must win over the profiles' own files (default properties would not)
        var arguments = new ArrayList<>(List.of("--server.port=0"));
        database.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(PhysioPortalApplication.class)
                .profiles("test", "postgres")
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        for (var node : new ConfigurableApplicationContext[] {two, one}) {
            if (node != null) {
                node.close();
            }
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    static AccountFixtures.TestAccount member() {
        return AccountFixtures.create(one.getBean(AccountsApi.class), Role.MEMBER);
    }

    @Test
    void aLoginOnOneNodeHoldsOnTheOtherAndALogoutOnTheOtherEndsIt() {
        var member = member();
        var onOne = new WebSession(port(one));
        assertThat(onOne.login(member.email(), AccountFixtures.PASSWORD).statusCode())
                .isEqualTo(302);

        var onTwo = onOne.on(port(two));
        var account = onTwo.get("/account?lang=en");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Logged in as " + member.email());

        assertThat(onTwo.post("/logout").statusCode()).isEqualTo(302);
        assertThat(onOne.get("/account?lang=en").statusCode())
                .as("logged out on node two, so on node one too")
                .isEqualTo(302);
    }

    @Test
    void aSessionIsWrittenAtMostOnceAMinuteWhateverNodeReadsIt() {
        var member = member();
        var onOne = new WebSession(port(one));
        onOne.login(member.email(), AccountFixtures.PASSWORD);
        String id = new String(
                java.util.Base64.getDecoder()
                        .decode(onOne.cookie("JSESSIONID").orElseThrow().getValue()),
                java.nio.charset.StandardCharsets.US_ASCII);
        var jdbc = one.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        String read = "select last_access_time from spring_session where session_id = ?";
        long written = jdbc.queryForObject(read, Long.class, id);

        assertThat(onOne.get("/account?lang=en").statusCode()).isEqualTo(200);
        assertThat(onOne.on(port(two)).get("/account?lang=en").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(read, Long.class, id))
                .as("read twice within the minute, never written")
                .isEqualTo(written);

        long minuteAgo = written - 61_000;
        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", minuteAgo, id);
        assertThat(onOne.on(port(two)).get("/account?lang=en").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(read, Long.class, id))
                .as("a minute old: moved on")
                .isGreaterThan(minuteAgo + 60_000);
    }

    @Test
    void aPasswordChangedOnOneNodeEndsTheOtherSessionsOnBoth() {
        var member = member();
        var elsewhere = new WebSession(port(one));
        elsewhere.login(member.email(), AccountFixtures.PASSWORD);
        var here = new WebSession(port(two));
        here.login(member.email(), AccountFixtures.PASSWORD);
        here.get("/account?lang=en");

        var changed = here.post(
                "/account/password", "current", AccountFixtures.PASSWORD, "password", "Nové dlouhé heslo 2027");
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(elsewhere.get("/account?lang=en").statusCode()).isEqualTo(302);
        assertThat(elsewhere.on(port(two)).get("/account?lang=en").statusCode()).isEqualTo(302);
        assertThat(here.on(port(one)).get("/account?lang=en").statusCode())
                .as("the session that changed it goes on, on either node")
                .isEqualTo(200);
    }

    @Test
    void theLoginLimitOfAnAccountIsOneForBothNodes() {
        var member = member();
        int capacity = one.getEnvironment().getRequiredProperty("portal.limits.login-account.capacity", Integer.class);
        for (int attempt = 0; attempt < capacity; attempt++) {
            var node = attempt % 2 == 0 ? one : two;
            assertThat(new WebSession(port(node))
                            .login(member.email(), "wrong password " + attempt)
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(new WebSession(port(one)).login(member.email(), "wrong").statusCode())
                .isEqualTo(429);
        assertThat(new WebSession(port(two)).login(member.email(), "wrong").statusCode())
                .isEqualTo(429);
    }

    @Test
    void aChangeSavedOnOneNodeShowsOnTheOthersCachedPageWithinASecond() throws InterruptedException {
        var anonymous = new WebSession(port(two));
        ArticlesApi articles = one.getBean(ArticlesApi.class);
        ArticleView article =
                articles.findPublished(Lang.EN, "golf-and-the-back").orElseThrow();
        String before = anonymous.get(ARTICLE).body();
        assertThat(anonymous.get(ARTICLE).body()).as("stored on node two").isEqualTo(before);

        String marker = "Swing check " + UUID.randomUUID();
        try {
            save(articles, article, marker);
            long saved = System.nanoTime();
            while (!anonymous.get(ARTICLE).body().contains(marker)) {
                assertThat(System.nanoTime() - saved)
                        .as("node two still serves the old page")
                        .isLessThan(1_000_000_000L);
                Thread.sleep(20);
            }
        } finally {
            save(articles, article, article.lead());
        }
    }

    static void save(ArticlesApi articles, ArticleView a, String lead) {
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
}
