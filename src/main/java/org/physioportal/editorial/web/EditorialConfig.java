package org.physioportal.editorial.web;

import org.physioportal.editorial.EditorialProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EditorialProperties.class)
class EditorialConfig {}
