package org.physioportal.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The language a cached page is kept under comes from its address alone, read as the page itself reads
 * its {@code lang} parameter (decoded, the first one), but without asking the servlet to parse the
 * parameters: an undecodable query is left for the page to refuse.
 */
class PageCacheKeyTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "/en/articles  | none                 | en",
                "/cs           | none                 | cs",
                "/about        | lang=cs              | cs",
                "/about        | page=2&lang=en       | en",
                "/about        | %6Cang=cs            | cs",
                "/about        | lang=%63s            | cs",
                "/about        | %6Cang=xx&lang=cs    | null",
                "/about        | lang=cs&lang=en      | cs",
                "/about        | lang                 | null",
                "/about        | lang=de              | null",
                "/about        | none                 | null",
                "/about        | next=%FF&lang=en     | en",
                "/about        | next=%F&lang=en      | en",
                "/about        | %F=1&lang=en         | null",
            })
    void theLanguageOfTheAddress(String path, String query, String scope) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        assertThat(PageCacheFilter.key(request)).startsWith(scope + " " + path);
    }
}
