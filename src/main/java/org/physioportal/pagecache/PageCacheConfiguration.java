package org.physioportal.pagecache;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The cache and its filter, declared here rather than as scanned components so that controller
 * slices ({@code @WebMvcTest}) run without them. The filter runs just inside the security headers
 * and database outage filters and before Spring Security.
 */
@Configuration
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    @Bean
    PageCache pageCache(PageCacheProperties properties) {
        return new PageCache(properties);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
