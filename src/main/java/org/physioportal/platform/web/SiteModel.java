package org.physioportal.platform.web;

import org.physioportal.platform.SiteProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page template may use. */
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
class SiteModel {

    private final SiteProperties site;

    SiteModel(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }
}
