package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 22, "also": a malformed query is the client's mistake: 400, no error in the log, and the site's
 * pages say what was refused at DEBUG (turned on here for the advice that logs it).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "spring.mail.port=22025",
            "logging.level.org.physioportal.platform.web.BadRequestAdvice=DEBUG"
        })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadRequestLoggingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aBadPercentEscapeIsA400WithoutAnErrorLogged(CapturedOutput output) {
        var client = new PortalTestClient(port);
        for (String path :
                new String[] {"/en/search?q=%FF", "/en/articles?page=%FF", "/login?lang=en&next=%FF", "/login?next=%FF"
                }) {
            int before = output.getAll().length();
            var answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            String logged = output.getAll().substring(before);
            assertThat(logged).as(path).doesNotContain(" ERROR ").doesNotContain("\tat ");
            assertThat(logged)
                    .as(path)
                    .contains(" DEBUG ")
                    .contains("Undecodable parameters in GET " + path.substring(0, path.indexOf('?')));
        }
    }

    /** The public API and oEmbed answer a problem (400), not an internal error with a stack trace. */
    @Test
    void aBadPercentEscapeToTheApiIsA400ProblemWithoutAnErrorLogged(CapturedOutput output) {
        var client = new PortalTestClient(port);
        for (String path :
                new String[] {"/api/v1/articles?page=%FF", "/api/v1/exercises?lang=%FF", "/oembed?url=%FF"}) {
            int before = output.getAll().length();
            var answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            String logged = output.getAll().substring(before);
            assertThat(logged).as(path).doesNotContain(" ERROR ").doesNotContain("\tat ");
        }
    }
}
