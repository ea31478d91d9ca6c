package org.physioportal.platform.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.physioportal.platform.PathLocaleResolver;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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
}
