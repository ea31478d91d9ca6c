package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.platform.ClinicProperties;
import org.physioportal.platform.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Values every page template may use ({@code site}, {@code clinic}, {@code assets}), set as a request attribute before any handler
 * runs, so that pages rendered by exception handlers and error pages have them too.
 */
@Configuration
@EnableConfigurationProperties({SiteProperties.class, ClinicProperties.class})
class SiteModel implements WebMvcConfigurer {

    private final SiteProperties site;
    private final ClinicProperties clinic;

    // absent in MVC slice tests, which do not scan components; pages then link the plain names
    // resolved on the first request, not on each (a bean lookup per request was 1 % of a page's CPU)
    private final SingletonSupplier<StaticAssets> assets;

    SiteModel(SiteProperties site, ClinicProperties clinic, ObjectProvider<StaticAssets> assets) {
        this.site = site;
        this.clinic = clinic;
        this.assets = SingletonSupplier.of(assets::getIfAvailable);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute("site", site);
                request.setAttribute("clinic", clinic);
                request.setAttribute("assets", assets.get());
                return true;
            }
        });
    }
}
