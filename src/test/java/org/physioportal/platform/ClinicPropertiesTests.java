package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ClinicPropertiesTests {

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void defaultsAreTheSitesOwnLook() {
        ClinicProperties clinic = bind(java.util.Map.of());
        assertThat(clinic.logo()).isEqualTo("/img/favicon.svg");
        assertThat(clinic.cssVariables())
                .isEqualTo(":root{--brand:#1f6f6b;--brand-dark:#14504d;--accent:#9a4a10;--soft:#f2f7f6}");
        assertThat(validator.validate(clinic)).isEmpty();
    }

    @Test
    void aClinicSetsItsColoursLogoAndPhone() {
        ClinicProperties clinic = bind(java.util.Map.of(
                "portal.clinic.brand", "#123456",
                "portal.clinic.logo", "/media/logo.png",
                "portal.clinic.phone", "+420 777 123 456"));
        assertThat(validator.validate(clinic)).isEmpty();
        assertThat(clinic.cssVariables()).startsWith(":root{--brand:#123456;");
        assertThat(clinic.phone()).isEqualTo("+420 777 123 456");
    }

    @Test
    void anythingThatIsNotAColourOrAnAddressIsRefused() {
        ClinicProperties clinic = bind(java.util.Map.of(
                "portal.clinic.brand", "red;}body{display:none",
                "portal.clinic.logo", "javascript:alert(1)",
                "portal.clinic.phone", "<script>"));
        assertThat(validator.validate(clinic))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("brand", "logo", "phone");
    }

    private static ClinicProperties bind(java.util.Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("portal.clinic", ClinicProperties.class);
    }
}
