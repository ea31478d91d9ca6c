package org.physioportal.pagecache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The cache and its filter, declared here rather than as scanned components so that controller
 * slices ({@code @WebMvcTest}) run without them.
 *
 * <p>The filter runs first (after only the API rate limit of syndication, which must count cached
 * answers too), before the security headers filter (whose headers, nonce included, a
 * stored page replays from the response it was stored from), the request observation and Spring
 * Security: a hit costs no nonce, no observation and no security chain (together about a sixth of
 * a hit's CPU in the profile). Hits therefore do not appear in the {@code http.server.requests}
 * metrics; {@link PageCache#stats()} counts them. A miss runs through everything as before.
 */
@Configuration
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    @Bean
    PageCache pageCache(PageCacheProperties properties) {
        return new PageCache(properties);
    }

    /** Metrics: {@code portal_page_cache_hits_total}, {@code ..._misses_total}, {@code ..._not_modified_total}. */
    @Bean
    MeterBinder pageCacheMetrics(PageCache cache) {
        return registry -> {
            FunctionCounter.builder(
                            "portal.page.cache.hits", cache, c -> c.stats().hits())
                    .description("Anonymous pages served from the page cache")
                    .register(registry);
            FunctionCounter.builder(
                            "portal.page.cache.misses", cache, c -> c.stats().misses())
                    .description("Anonymous pages rendered because none was stored or it was stale")
                    .register(registry);
            FunctionCounter.builder(
                            "portal.page.cache.not.modified",
                            cache,
                            c -> c.stats().notModified())
                    .description("304 answers from the page cache")
                    .register(registry);
        };
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
