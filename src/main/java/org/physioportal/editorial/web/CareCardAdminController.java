package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.CareCards;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageParams;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Articles' care cards ("when to get help", beside the article): the articles with the languages
 * that have a card, and one form per article for its cards in both languages. Saved together or
 * not at all; a saved card empties the page cache ({@code CareCardChanged}).
 */
@Controller
@RequestMapping("/admin/care-cards")
class CareCardAdminController {

    private final ArticlesApi articles;
    private final CareCards cards;

    CareCardAdminController(ArticlesApi articles, CareCards cards) {
        this.articles = articles;
        this.cards = cards;
    }

    @GetMapping
    ModelAndView list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
        var items = articles.listings().page(null, Math.clamp(page, 1, PageParams.MAX_PAGE), ContentListPage.PAGE_SIZE);
        var groups =
                items.items().stream().map(ContentListing::groupKey).distinct().toList();
        return new ModelAndView("editorial/care-cards")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("items", items.items())
                .addObject("paging", items)
                .addObject("withCards", cards.languages(groups));
    }

    @GetMapping("/{groupKey}")
    ModelAndView edit(
            @PathVariable String groupKey, @RequestParam(required = false) String done, HttpServletRequest request) {
        return page(groupKey, versions(groupKey), CareCardForm.of(cards.of(groupKey)), Map.of(), request)
                .addObject("notice", "saved".equals(done) ? "editorial.care.saved" : null);
    }

    @PostMapping("/{groupKey}")
    ModelAndView save(
            @PathVariable String groupKey, @ModelAttribute("card") CareCardForm form, HttpServletRequest request) {
        Map<Lang, ContentListing> versions = versions(groupKey);
        Map<String, String> errors = form.errors(versions.keySet());
        if (errors.isEmpty()) {
            cards.update(groupKey, form.cards(versions.keySet()));
            return new ModelAndView(Editors.redirect("/admin/care-cards/" + groupKey + "?done=saved", request));
        }
        ModelAndView refused = page(groupKey, versions, form, errors, request);
        refused.setStatus(HttpStatus.BAD_REQUEST);
        return refused.addObject("problem", "editorial.error.invalid");
    }

    private ModelAndView page(
            String groupKey,
            Map<Lang, ContentListing> versions,
            CareCardForm form,
            Map<String, String> errors,
            HttpServletRequest request) {
        Lang ui = Editors.uiLang(request);
        ContentListing title =
                versions.getOrDefault(ui, versions.values().iterator().next());
        return new ModelAndView("editorial/care-card")
                .addObject("lang", ui.code())
                .addObject("groupKey", groupKey)
                .addObject("title", title.title())
                .addObject("versions", versions)
                .addObject("card", form)
                .addObject("errors", errors);
    }

    /** The article of the translation group in each of its languages; none: 404. */
    private Map<Lang, ContentListing> versions(String groupKey) {
        Map<Lang, ContentListing> versions = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            articles.idOf(groupKey, lang)
                    .flatMap(id -> articles.listings().of(java.util.List.of(id)).stream()
                            .findFirst())
                    .ifPresent(listing -> versions.put(lang, listing));
        }
        if (versions.isEmpty()) {
            throw new NotFoundException("article group " + groupKey);
        }
        return versions;
    }
}
