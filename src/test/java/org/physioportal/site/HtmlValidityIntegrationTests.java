package org.physioportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every public page type in both languages passes the Nu HTML checker (the W3C's validator, run in
 * process) without an error; warnings are allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HtmlValidityIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        var client = new PortalTestClient(port);
        List<String> pages = new ArrayList<>();
        for (String english : ResponsiveLayoutBrowserTests.CONTENT_PAGES.values()) {
            pages.add(english);
            String czech = Jsoup.parse(client.get(english).body())
                    .selectFirst("a.lang-switch")
                    .attr("href");
            pages.add(czech);
        }
        pages.addAll(List.of(
                "/en/search?q=back+pain",
                "/cs/search?q=bolest+zad",
                "/en/search?q=qqxzzv",
                "/cs/search?q=qqxzzv",
                "/login?lang=en",
                "/login?lang=cs",
                "/register?lang=en",
                "/register?lang=cs",
                "/en/articles/no-such-page"));
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String path : pages) {
            String html = client.get(path).body();
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            report.lines()
                    .filter(line -> line.contains(" error: ") || line.contains("fatal"))
                    .forEach(line -> errors.add(path + " " + line));
        }
        assertThat(errors).isEmpty();
    }
}
