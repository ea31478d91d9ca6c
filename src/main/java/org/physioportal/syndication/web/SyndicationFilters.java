package org.physioportal.syndication.web;

import jakarta.servlet.http.HttpServletRequest;
import org.physioportal.platform.limits.RateLimiter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The request-wide parts of syndication, in order: the API's rate limit runs before everything
 * (before the page cache, {@code HIGHEST_PRECEDENCE + 1}, so that cached answers count); CORS runs
 * inside the page cache, so that its header is stored with the answer; the ETag filter gives the
 * API and the feeds ETags and 304s when the page cache is off (with the cache on, the cache's own
 * validators are the ones sent).
 */
@Configuration
class SyndicationFilters {

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(RateLimiter limiter) {
        var registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(limiter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicCorsFilter> publicCorsFilter() {
        var registration = new FilterRegistrationBean<>(new PublicCorsFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicReadsEtagFilter() {
        var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !PublicReads.any(request);
            }
        });
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
