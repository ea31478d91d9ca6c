package org.physioportal.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PostgresSupport;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared buckets on PostgreSQL taken from by many threads at once, as when every API client behind one
 * address hits one bucket (two limiters stand for two nodes): batching serves them together, and still
 * exactly the bucket's capacity is granted, never a token more.
 */
class SharedBucketsPostgresTests {

    String schema;
    JdbcTemplate admin;
    final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeEach
    void schema() {
        admin = new JdbcTemplate(PostgresSupport.dataSource());
        schema = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin.execute("create schema " + schema);
        admin.execute("create table " + schema + ".rate_limit_bucket (id varchar(100) primary key,"
                + " state bytea, expires_at bigint)");
    }

    @AfterEach
    void drop() {
        pools.forEach(HikariDataSource::close);
        admin.execute("drop schema " + schema + " cascade");
    }

    @Test
    void aSmallLimitGrantsExactlyItsCapacityToConcurrentRequestsOnTwoNodes() throws Exception {
        assertThat(granted(50, 150)).isEqualTo(50);
        assertThat(admin.queryForObject("select count(*) from " + schema + ".rate_limit_bucket", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aLargeLimitToo() throws Exception {
        assertThat(granted(400, 800)).isEqualTo(400);
    }

    /** Sends the requests from 32 threads, alternately to two limiters (two nodes); how many passed. */
    private int granted(int capacity, int requests) throws Exception {
        RateLimiter one = limiter(capacity);
        RateLimiter two = limiter(capacity);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            RateLimiter node = i % 2 == 0 ? one : two;
            calls.add(() -> {
                try {
                    node.consume("api", "127.0.0.1");
                    return true;
                } catch (TooManyRequestsException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        int granted = 0;
        try {
            for (Future<Boolean> answer : pool.invokeAll(calls)) {
                granted += answer.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        return granted;
    }

    private RateLimiter limiter(int capacity) {
        var factory = new StaticListableBeanFactory();
        factory.addBean("sharedBuckets", new SharedBuckets(pooled()));
        return new RateLimiter(
                new LimitsProperties(Map.of("api", new LimitsProperties.Limit(capacity, Duration.ofDays(7)))),
                factory.getBeanProvider(SharedBuckets.class));
    }

    /** Connections into the test's schema (a pool of 8, as a node's Hikari would give the limiter). */
    private HikariDataSource pooled() {
        var hikari = new HikariDataSource();
        pools.add(hikari);
        hikari.setJdbcUrl(System.getProperty("portal.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test")
                + "?currentSchema=" + schema);
        hikari.setUsername(System.getProperty("portal.test.postgres.user", "postgres"));
        hikari.setMaximumPoolSize(8);
        return hikari;
    }
}
