package org.physioportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The queue has two places fewer than the pool has connections, unless places are set. */
class PageQueueConfigTests {

    private static int places(Integer configured, DataSource dataSource) {
        var beans = new StaticListableBeanFactory();
        if (dataSource != null) {
            beans.addBean("dataSource", dataSource);
        }
        var config = new PageQueueConfig(
                new PageQueueProperties(configured, Duration.ofSeconds(5)),
                beans.getBeanProvider(DataSource.class),
                new DatabaseOutages());
        return config.pageQueue().free();
    }

    private static HikariDataSource pool(int size) {
        var pool = new HikariDataSource(); // not started: it opens no connection until asked
        pool.setMaximumPoolSize(size);
        return pool;
    }

    @Test
    void twoPlacesFewerThanThePoolHasConnections() {
        assertThat(places(null, pool(10))).isEqualTo(8);
        assertThat(places(null, pool(30))).isEqualTo(28);
    }

    @Test
    void atLeastOnePlaceWithATinyPool() {
        assertThat(places(null, pool(2))).isEqualTo(1);
    }

    @Test
    void withoutAPoolAsForHikarisDefault() {
        assertThat(places(null, null)).isEqualTo(8);
    }

    @Test
    void placesSetExplicitlyWin() {
        assertThat(places(3, pool(10))).isEqualTo(3);
    }
}
