package org.physioportal.platform.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.physioportal.platform.PathLocaleResolver;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver();
    }

    /**
     * Encoded slashes ({@code %2F}) pass Tomcat and are refused by Spring Security's firewall
     * instead, so that even that refusal is answered by the application, with its security headers.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    /**
     * A 64 KiB write buffer per connection instead of Tomcat's 8 KiB, so that a whole page (an
     * article with its comments is 25-60 KB when not compressed) leaves in one socket write rather
     * than four to eight. Measured on the cached demo article page (28.5 KB) at 64 connections,
     * alternating with nginx serving the same file at 81-100k answers/s: 35k with 8 KiB, 52-60k with
     * 64 KiB (bench/README.md, "Where the goals stand and why"). The buffer is taken when a
     * connection is accepted, so {@code server.tomcat.max-connections} (application.yml) bounds what
     * it can cost: 2,048 x 72 KiB.
     */
    @Bean
    TomcatConnectorCustomizer onePageOneWrite() {
        return connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(64 * 1024));
    }

    /**
     * No link rewriting: Spring Boot registers a {@link ResourceUrlEncodingFilter} because the webjars
     * locator enables the resource chain, and that filter tried every {@code @{...}} link of a page
     * against the static resource folders (several class-path look-ups in the nested jars per link,
     * 9-16 % of an article page's CPU in the issue 6 profile). Version-less webjar paths such as
     * {@code /webjars/htmx.org/dist/htmx.min.js} are still resolved when they are served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
