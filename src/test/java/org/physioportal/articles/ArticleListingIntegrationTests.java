package org.physioportal.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The listing's pager counts published articles from memory, and a change shows in it at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticleListingIntegrationTests {

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    @Autowired
    JdbcClient jdbc;

    /** Article changes announced in this context from any thread (a scheduled publication, say). */
    final AtomicInteger articleChanges = new AtomicInteger();

    @Autowired
    ConfigurableApplicationContext context;

    final ApplicationListener<?> listener = ApplicationListener.forPayload((ContentChanged changed) -> {
        if (changed.ref().type() == ContentType.ARTICLE) {
            articleChanges.incrementAndGet();
        }
    });

    @BeforeEach
    void listen() {
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void theListingCountsAnArticleAsSoonAsItIsPublishedAndStopsWhenItIsWithdrawn() {
        long before = total();
        long author = authors.requireId("jana-dvorakova");
        Instant past = Instant.now().minusSeconds(60);
        articles.save(ArticleFixtures.minimal(
                "counted-at-once", "Counted at once", "A lead.", "A body.", author, Status.PUBLISHED, past));
        try {
            assertThat(total()).isEqualTo(before + 1);
            assertThat(articles.page(Lang.EN, PageParams.of(1, 50)).items())
                    .anySatisfy(t -> assertThat(t.title()).isEqualTo("Counted at once"));
            // a change behind the portal's back (as on another node) shows in the list at once, in
            // the count only when it is counted again: the count comes from memory
            int announced = articleChanges.get();
            jdbc.sql("update article set status = 'DRAFT' where slug = 'counted-at-once'")
                    .update();
            assertThat(articles.page(Lang.EN, PageParams.of(1, 50)).items())
                    .noneSatisfy(t -> assertThat(t.title()).isEqualTo("Counted at once"));
            long remembered = total();
            if (articleChanges.get() == announced) { // else another test's article went live meanwhile
                assertThat(remembered).as("remembered").isEqualTo(before + 1);
            }
        } finally {
            articles.save(ArticleFixtures.minimal(
                    "counted-at-once", "Counted at once", "A lead.", "A body.", author, Status.DRAFT, past));
        }
        assertThat(total()).isEqualTo(before);
        assertThat(articles.page(Lang.CS, PageParams.of(1, 10)).total())
                .as("the other language")
                .isPositive();
    }

    private long total() {
        return articles.page(Lang.EN, PageParams.of(1, 10)).total();
    }
}
