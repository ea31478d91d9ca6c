package org.physioportal.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * With outbox-polling coordination a save reaches the index a moment after its commit, while the page
 * caches of every node are emptied at the commit: a search answered in between would be stored with
 * the old results until the next change or the page cache's time-to-live. So search answers are not
 * stored by the page cache or a CDN there ({@code private}); on one node, where a save is indexed
 * before its request ends, they are. (The "might interest you" blocks also read the index, but change
 * rarely with one save; the time-to-live bounds them.)
 */
@Configuration
@ConditionalOnProperty(name = "portal.search.coordination", havingValue = "outbox-polling")
class IndexLagHeaders implements WebMvcConfigurer {

    static final String CACHE_CONTROL = "private, no-cache";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                        return true;
                    }
                })
                .addPathPatterns("/*/search", "/*/search/suggest");
    }
}
