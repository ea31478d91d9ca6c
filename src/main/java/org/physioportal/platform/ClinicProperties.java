package org.physioportal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic's own look: its logo and colours (the name is {@code portal.site.name}). Colours are
 * checked to be six-digit hex values, since they are written into every page's style; pick them with
 * at least 4.5:1 contrast on white (links and buttons use {@code brand-dark}, hover {@code accent}).
 */
@Validated
@ConfigurationProperties("portal.clinic")
public record ClinicProperties(
        @DefaultValue("/img/favicon.svg") @NotBlank @Pattern(regexp = "(/|https://)[^\\s\"'<>]+")
        String logo,

        @DefaultValue("#1f6f6b") @Pattern(regexp = HEX) String brand,
        @DefaultValue("#14504d") @Pattern(regexp = HEX) String brandDark,
        @DefaultValue("#9a4a10") @Pattern(regexp = HEX) String accent,
        @DefaultValue("#f2f7f6") @Pattern(regexp = HEX) String soft,

        @DefaultValue("") @Pattern(regexp = "[+0-9 ()-]{0,30}")
        String phone) {

    static final String HEX = "#[0-9a-fA-F]{6}";

    /** The colours as CSS custom properties, for the page's own style element. */
    public String cssVariables() {
        return ":root{--brand:" + brand + ";--brand-dark:" + brandDark + ";--accent:" + accent + ";--soft:" + soft
                + "}";
    }
}
