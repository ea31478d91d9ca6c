package org.physioportal.platform.limits;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate-limit buckets of every node in PostgreSQL (Bucket4j's JDBC proxy manager, a row per
 * bucket in {@code rate_limit_bucket}, locked with SELECT ... FOR UPDATE while a token is taken).
 * A row expires a minute after its bucket would be full again; expired rows are deleted every ten
 * minutes by one node.
 */
@Component
@Profile("postgres")
class SharedBuckets {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

    SharedBuckets(DataSource dataSource) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    PostgreSQLSelectForUpdateBasedProxyManager<String> proxies() {
        return proxies;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "rate-limit-bucket-cleanup", lockAtMostFor = "PT5M")
    void removeExpired() {
        while (proxies.removeExpired(1_000) == 1_000) {
            // another batch
        }
    }
}
