package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.platform.SiteProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Values every page template may use ({@code site}), set as a request attribute before any handler
 * runs, so that pages rendered by exception handlers and error pages have them too.
 */
@Configuration
@EnableConfigurationProperties(SiteProperties.class)
class SiteModel implements WebMvcConfigurer {

    private final SiteProperties site;

    SiteModel(SiteProperties site) {
        this.site = site;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute("site", site);
                return true;
            }
        });
    }
}
