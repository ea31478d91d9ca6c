package org.physioportal.platform.web;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts every controller request through the {@link PageQueue}, after the interceptors that give a
 * page its model (so that the 503 page of a full queue has them). Never queued: media files and the
 * sitemap files, long downloads that would hold a place while a slow client reads them, and {@code
 * /robots.txt} (no database; a crawler that gets a 503 for it stops visiting for a while).
 *
 * <p>By default the queue has two places fewer than the pool has connections: some database work
 * is not queued (the session check of a logged-in request, media look-ups, remember-me logins, the
 * background jobs), and it should find a connection free too.
 */
@Configuration
@EnableConfigurationProperties(PageQueueProperties.class)
class PageQueueConfig implements WebMvcConfigurer {

    /** Without a Hikari pool to measure (a test slice): as for Hikari's default pool of 10. */
    static final int DEFAULT_POOL_SIZE = 10;

    /** Connections left to the work that is not queued. */
    static final int LEFT_TO_UNQUEUED = 2;

    private final PageQueue queue;

    PageQueueConfig(PageQueueProperties properties, ObjectProvider<DataSource> dataSource, DatabaseOutages outages) {
        int places = properties.places() != null
                ? properties.places()
                : Math.max(1, poolSize(dataSource.getIfAvailable()) - LEFT_TO_UNQUEUED);
        this.queue = new PageQueue(places, properties.maxWait(), outages::failingRecently);
    }

    /** Static: the outage filter, created with the servlet filters, needs it before this class. */
    @Bean
    static DatabaseOutages databaseOutages() {
        return new DatabaseOutages();
    }

    @Bean
    PageQueue pageQueue() {
        return queue;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(queue)
                .excludePathPatterns("/media/**", "/sitemap.xml", "/sitemaps/**", "/robots.txt")
                .order(Ordered.LOWEST_PRECEDENCE);
    }

    private static int poolSize(DataSource dataSource) {
        try {
            if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException notAPool) {
            // fall through to the default
        }
        return DEFAULT_POOL_SIZE;
    }
}
