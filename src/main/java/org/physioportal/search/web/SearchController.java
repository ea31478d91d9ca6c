package org.physioportal.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.physioportal.platform.Pages;
import org.physioportal.search.SearchApi;
import org.physioportal.search.SearchResults;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page and the suggestions under the search box. */
@Controller
class SearchController {

    static final int SUGGESTIONS = 8;

    private final SearchApi search;
    private final TaxonomyApi taxonomy;
    private final Pages pages;

    SearchController(SearchApi search, TaxonomyApi taxonomy, Pages pages) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.pages = pages;
    }

    @GetMapping("/{lang:[a-z]{2}}/search")
    String search(
            @PathVariable("lang") String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        Lang lang = Lang.require(code);
        SearchForm form = SearchForm.read(lang, params, taxonomy);
        var meta = pages.fixed(lang, "search", "/search");
        model.addAttribute("meta", meta);
        model.addAttribute("form", form);
        if (!form.query().hasText() && !form.query().hasFilters()) {
            response.setHeader("X-Robots-Tag", "noindex");
            return "search/results";
        }
        SearchResults results = search.search(form.query());
        if (isTopicPage(form, results)) {
            model.addAttribute("meta", meta.at(topicAddress(lang, form.query().text())));
        } else {
            response.setHeader("X-Robots-Tag", "noindex");
        }
        model.addAttribute("results", results);
        model.addAttribute("facets", Facets.of(form, results, taxonomy, pages));
        model.addAttribute("clearLink", Facets.link(lang, textOnly(form)));
        model.addAttribute("previousLink", Facets.page(form, results.page() - 1));
        model.addAttribute("nextLink", Facets.page(form, results.page() + 1));
        model.addAttribute("firstLink", Facets.page(form, 1));
        results.correctedText().ifPresent(corrected -> {
            model.addAttribute("correctedText", corrected);
            model.addAttribute("exactLink", exactLink(form));
        });
        if (results.total() == 0 && form.query().hasText()) {
            Lang other = lang.other();
            model.addAttribute("otherLang", other);
            model.addAttribute("otherCount", search.count(form.query().inLanguage(other)));
            model.addAttribute("otherLink", Facets.link(other, textOnly(form)));
        }
        return "search/results";
    }

    @GetMapping("/{lang:[a-z]{2}}/search/suggest")
    String suggest(
            @PathVariable("lang") String code, @RequestParam(name = "q", required = false) String q, Model model) {
        Lang lang = Lang.require(code);
        String text = q == null ? "" : q.strip();
        model.addAttribute(
                "suggestions",
                text.length() < 2 || text.length() > 100 ? List.of() : search.suggest(lang, text, SUGGESTIONS));
        return "search/_suggestions :: suggestions";
    }

    /**
     * A plain search that finds something, on its first page ("back pain"), is a topic page people may
     * look for in a search engine: indexable, its own address canonical. Every other result page (none
     * found, filtered, a later page, a corrected typo, the words as typed) is for people on the site,
     * not for indexes ({@code X-Robots-Tag: noindex}), which keeps crawlers out of endless combinations.
     */
    private static boolean isTopicPage(SearchForm form, SearchResults results) {
        return form.query().hasText()
                && !form.query().hasFilters()
                && !form.query().exact()
                && results.page() == 1
                && results.total() > 0
                && results.correctedText().isEmpty();
    }

    /**
     * A topic page's one address: its words lower-cased and single-spaced, strictly encoded ("Back
     * &nbsp;Pain" and "back pain" are one page), so that it is canonical for every spelling of them.
     */
    static String topicAddress(Lang lang, String text) {
        String words = String.join(" ", text.strip().toLowerCase(lang.locale()).split("\\s+"));
        return "/" + lang.code() + "/search?q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The same search for the words as typed, without near misses. */
    private static String exactLink(SearchForm form) {
        var params = new org.springframework.util.LinkedMultiValueMap<>(form.params());
        params.remove(SearchForm.PAGE);
        params.set(SearchForm.EXACT, "1");
        return Facets.link(form.query().lang(), params);
    }

    private static MultiValueMap<String, String> textOnly(SearchForm form) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        String text = form.params().getFirst(SearchForm.TEXT);
        if (text != null) {
            params.add(SearchForm.TEXT, text);
        }
        return params;
    }
}
