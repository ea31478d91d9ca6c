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
 * page its model (so that the 503 page of a full queue has them), and never media downloads.
 */
@Configuration
@EnableConfigurationProperties(PageQueueProperties.class)
class PageQueueConfig implements WebMvcConfigurer {

    /** Without a Hikari pool to measure (a test slice), as many places as Hikari's default pool. */
    static final int DEFAULT_PLACES = 10;

    private final PageQueue queue;

    PageQueueConfig(PageQueueProperties properties, ObjectProvider<DataSource> dataSource) {
        int places = properties.places() != null ? properties.places() : poolSize(dataSource.getIfAvailable());
        this.queue = new PageQueue(places, properties.maxWait(), DatabaseUnavailable::failingRecently);
    }

    @Bean
    PageQueue pageQueue() {
        return queue;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(queue).excludePathPatterns("/media/**").order(Ordered.LOWEST_PRECEDENCE);
    }

    private static int poolSize(DataSource dataSource) {
        try {
            if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException notAPool) {
            // fall through to the default
        }
        return DEFAULT_PLACES;
    }
}
