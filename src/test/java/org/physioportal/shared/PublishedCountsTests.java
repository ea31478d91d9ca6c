package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PublishedCountsTests {

    private final PublishedCounts counts = new PublishedCounts();
    private final AtomicInteger articleCounts = new AtomicInteger();
    private final AtomicInteger videoCounts = new AtomicInteger();

    @Test
    void aCountIsRememberedPerTypeAndLanguage() {
        assertThat(articles(Lang.EN)).isEqualTo(1);
        assertThat(articles(Lang.EN)).isEqualTo(1);
        assertThat(articles(Lang.CS)).isEqualTo(2);
        assertThat(articleCounts).hasValue(2);
    }

    @Test
    void aChangeOfOneTypeCountsThatTypeAgainAndKeepsTheOthers() {
        articles(Lang.EN);
        videos(Lang.EN);
        counts.on(new ContentChanged(new ContentRef(ContentType.ARTICLE, 7), Lang.CS, Status.PUBLISHED));
        assertThat(articles(Lang.EN)).isEqualTo(2);
        videos(Lang.EN);
        assertThat(articleCounts).hasValue(2);
        assertThat(videoCounts).hasValue(1);
    }

    @Test
    void aCountTakenWhileAChangeCommitsIsNotKept() {
        long taken = counts.of(ContentType.ARTICLE, Lang.EN, () -> {
            counts.on(new ContentChanged(new ContentRef(ContentType.ARTICLE, 7), Lang.EN, Status.PUBLISHED));
            return 41;
        });
        assertThat(taken).isEqualTo(41);
        assertThat(articles(Lang.EN)).as("counted again").isEqualTo(1);
        assertThat(articles(Lang.EN)).as("and now kept").isEqualTo(1);
    }

    private long articles(Lang lang) {
        return counts.of(ContentType.ARTICLE, lang, articleCounts::incrementAndGet);
    }

    private long videos(Lang lang) {
        return counts.of(ContentType.VIDEO, lang, videoCounts::incrementAndGet);
    }
}
