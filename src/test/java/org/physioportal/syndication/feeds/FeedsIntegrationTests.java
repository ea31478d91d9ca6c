package org.physioportal.syndication.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Atom feeds as a feed reader sees them: valid Atom, both language versions, cached and refreshed like pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedsIntegrationTests {

    static final String RUNNING = "/en/articles/running-and-lower-back-pain";

    @LocalServerPort
    int port;

    @Autowired
    ArticlesApi articles;

    PortalTestClient client() {
        return new PortalTestClient(port);
    }

    @Test
    void everyFeedIsValidAtom() throws Exception {
        // the grammar does refuse what is not Atom: a feed without id and updated
        assertThat(schemaErrors("<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>"))
                .isNotEmpty();
        for (String path : List.of(
                "/en/feed.xml",
                "/cs/feed.xml",
                "/en/topics/lumbar-spine/feed.xml",
                "/cs/topics/bederni-patere/feed.xml",
                "/en/topics/spine/feed.xml")) {
            var response = client().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
            assertThat(schemaErrors(response.body())).as(path).isEmpty();
            Document feed = Jsoup.parse(response.body(), "", Parser.xmlParser());
            assertThat(feed.select("feed > entry")).as(path).isNotEmpty();
            // RFC 4287's Schematron rules: an author for every entry, at most one alternate link per type and language
            assertThat(feed.select("feed > author").isEmpty()
                            && feed.select("entry:not(:has(author))").size() > 0)
                    .isFalse();
            for (Element entry : feed.select("entry")) {
                List<String> alternates = entry.select("link[rel=alternate]").stream()
                        .map(l -> l.attr("type") + " " + l.attr("hreflang"))
                        .toList();
                assertThat(alternates).doesNotHaveDuplicates().isNotEmpty();
            }
        }
    }

    @Test
    void entriesLinkBothLanguageVersionsAndCarryTheWholeLead() throws Exception {
        ArticleView running =
                articles.findPublished(Lang.EN, "running-and-lower-back-pain").orElseThrow();
        Document feed = Jsoup.parse(client().get("/en/feed.xml").body(), "", Parser.xmlParser());
        Element entry = feed.select("entry").stream()
                .filter(e -> e.select("link[hreflang=en]").attr("href").endsWith(RUNNING))
                .findFirst()
                .orElseThrow();
        assertThat(entry.select("link[hreflang=cs]").attr("href")).contains("/cs/articles/");
        assertThat(entry.selectFirst("summary").text()).isEqualTo(running.lead());
        assertThat(entry.selectFirst("author > name").text()).isNotBlank();
        assertThat(entry.select("category").eachAttr("term")).contains("lumbar-spine", "running");
        assertThat(feed.select("feed > link[rel=self]").attr("href")).endsWith("/en/feed.xml");

        Document lumbar =
                Jsoup.parse(client().get("/en/topics/lumbar-spine/feed.xml").body(), "", Parser.xmlParser());
        for (Element e : lumbar.select("entry")) {
            assertThat(e.select("category").eachAttr("term")).contains("lumbar-spine");
        }
        assertThat(client().get("/en/topics/no-such-topic/feed.xml").statusCode())
                .isEqualTo(404);
        assertThat(client().get("/de/feed.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void feedsAreCachedWithValidatorsAndANewArticleShowsAtOnce() throws Exception {
        var first = client().get("/en/feed.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("public"));
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(client().get("/en/feed.xml", "If-None-Match", etag).statusCode())
                .isEqualTo(304);

        ArticleView running =
                articles.findPublished(Lang.EN, "running-and-lower-back-pain").orElseThrow();
        String key = "feed-test-" + UUID.randomUUID().toString().substring(0, 8);
        articles.save(new NewArticle(
                key,
                Lang.EN,
                key,
                "Feed test " + key,
                running.lead(),
                running.body(),
                running.authorId(),
                running.reviewerId(),
                running.source(),
                running.references(),
                running.reviewedAt(),
                running.nextReviewAt(),
                running.tutorialIds(),
                running.relatedIds(),
                running.termIds(),
                Status.PUBLISHED,
                null));
        var after = client().get("/en/feed.xml", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Feed test " + key);
        assertThat(client().get("/cs/feed.xml").body()).doesNotContain(key);
    }

    @Test
    void pagesAdvertiseTheirFeedsAndTheUsualGuessesRedirect() {
        Document home = html("/en");
        assertThat(home.select("head link[rel=alternate][type=application/atom+xml]")
                        .eachAttr("href"))
                .anySatisfy(href -> assertThat(href).endsWith("/en/feed.xml"));
        Document topic = html("/cs/topics/bederni-patere");
        assertThat(topic.select("head link[type=application/atom+xml]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).endsWith("/cs/feed.xml"))
                .anySatisfy(href -> assertThat(href).endsWith("/cs/topics/bederni-patere/feed.xml"));

        HttpResponse<String> guess = client().get("/rss.xml", "Accept-Language", "cs-CZ,cs;q=0.9");
        assertThat(guess.statusCode()).isEqualTo(301);
        assertThat(guess.headers().firstValue("Location")).hasValue("/cs/feed.xml");
        assertThat(client().get("/feed").headers().firstValue("Location")).hasValue("/en/feed.xml");
    }

    private Document html(String path) {
        var response = client().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** Errors of the document against RFC 4287's RELAX NG grammar (Jing). */
    static List<String> schemaErrors(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        var properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        var driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        var schema = FeedsIntegrationTests.class.getResource("/syndication/atom.rnc");
        if (!driver.loadSchema(new InputSource(schema.toString()))) {
            throw new IllegalStateException("Atom schema did not load: " + errors);
        }
        driver.validate(new InputSource(new StringReader(xml)));
        return errors;
    }
}
