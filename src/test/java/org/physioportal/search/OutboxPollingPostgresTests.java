package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.physioportal.articles.ArticleFixtures;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several-node search (issue 21): with outbox-polling coordination a save writes an event to
 * {@code hsearch_outbox_event} in its transaction and a node's event processor indexes it shortly
 * after; search answers are then not stored by the page cache; and a rebuild runs once per cluster.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.search.coordination=outbox-polling")
@ActiveProfiles({"test", "postgres"})
@RequiresPostgres
class OutboxPollingPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    LockProvider locks;

    PortalTestClient client;

    @BeforeEach
    void client() {
        client = new PortalTestClient(port);
    }

    @Test
    void aSaveReachesTheIndexThroughTheOutboxAndAnUnpublicationLeavesIt() throws InterruptedException {
        String word = "quokkaoutbox";
        long author = authors.requireId("jana-dvorakova");
        articles.save(article(author, word, Status.PUBLISHED));
        assertThat(eventually(() -> found(word)))
                .as("indexed through the outbox")
                .isTrue();
        assertThat(eventually(() -> outboxEvents() == 0))
                .as("the outbox emptied")
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Integer.class))
                .as("this node registered as an event processor")
                .isPositive();

        articles.save(article(author, word, Status.DRAFT));
        assertThat(eventually(() -> !found(word)))
                .as("left the index once unpublished")
                .isTrue();
    }

    @Test
    void searchAnswersAreNotStoredByThePageCache() {
        for (String path : new String[] {"/en/search?q=running", "/en/search/suggest?q=ru"}) {
            for (int time = 1; time <= 2; time++) { // a stored page would come back public, with an ETag
                var answer = client.get(path);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Cache-Control"))
                        .as(path)
                        .hasValue("private, no-cache");
                assertThat(answer.headers().firstValue("ETag")).as(path).isEmpty();
            }
        }
    }

    @Test
    void aRebuildRunsOnceInTheClusterWhileAnotherNodeHoldsItsLock() throws InterruptedException {
        // the rebuild this node may have started by itself (an index still empty at start) ends first
        assertThat(eventually(() -> rebuild.state() != IndexRebuild.State.RUNNING))
                .isTrue();
        var otherNode = locks.lock(
                new LockConfiguration(Instant.now(), IndexRebuild.LOCK, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(otherNode).isPresent();
        try {
            assertThat(rebuild.rebuildAll())
                    .as("refused while another node rebuilds")
                    .isFalse();
        } finally {
            otherNode.get().unlock();
        }
        assertThat(rebuild.rebuildAll()).isTrue();
        assertThat(eventually(() -> rebuild.state() == IndexRebuild.State.DONE)).isTrue();
        assertThat(eventually(() ->
                        client.get("/en/search?q=running").body().contains("/en/articles/running-and-lower-back-pain")))
                .isTrue();
    }

    private boolean found(String word) {
        return client.get("/en/search?q=" + word).body().contains("/en/articles/outbox-test");
    }

    private int outboxEvents() {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class);
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static NewArticle article(long author, String word, Status status) {
        return ArticleFixtures.minimal(
                "outbox-test",
                "An article about the " + word,
                "Its lead names the " + word + ".",
                "A body.",
                author,
                status,
                status == Status.PUBLISHED ? Instant.now().minusSeconds(5) : null);
    }
}
