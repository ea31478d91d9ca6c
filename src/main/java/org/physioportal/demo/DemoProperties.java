package org.physioportal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code portal.demo.enabled}: load the demo content into an empty database on start. */
@ConfigurationProperties("portal.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {}
