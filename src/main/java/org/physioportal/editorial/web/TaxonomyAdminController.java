package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.physioportal.shared.NotFoundException;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermTexts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Taxonomy management: create, rename and translate, reorder and merge terms. */
@Controller
@RequestMapping("/admin/taxonomy")
class TaxonomyAdminController {

    private final TaxonomyApi taxonomy;
    private final TermMerging merging;

    TaxonomyAdminController(TaxonomyApi taxonomy, TermMerging merging) {
        this.taxonomy = taxonomy;
        this.merging = merging;
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String done, HttpServletRequest request) {
        return listing(new TermForm(), Map.of(), request)
                .addObject("notice", done == null ? null : "editorial.taxonomy." + done);
    }

    @PostMapping
    ModelAndView create(@ModelAttribute("term") TermForm form, HttpServletRequest request) {
        Map<String, String> errors = form.errors(true);
        if (errors.isEmpty()) {
            try {
                taxonomy.create(form.toNewTerm());
                return new ModelAndView(Editors.redirect("/admin/taxonomy?done=created", request));
            } catch (IllegalArgumentException | DataIntegrityViolationException taken) {
                errors = Map.of("key", "editorial.taxonomy.taken");
            }
        }
        return refused(listing(form, errors, request));
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, HttpServletRequest request) {
        return editing(id, TermForm.of(require(id)), Map.of(), request);
    }

    @PostMapping("/{id}")
    ModelAndView rename(@PathVariable long id, @ModelAttribute("term") TermForm form, HttpServletRequest request) {
        Map<String, String> errors = form.errors(false);
        if (errors.isEmpty()) {
            try {
                taxonomy.rename(id, form.texts());
                return new ModelAndView(Editors.redirect("/admin/taxonomy?done=renamed", request));
            } catch (IllegalArgumentException | DataIntegrityViolationException taken) {
                errors = Map.of("slugEn", "editorial.taxonomy.taken", "slugCs", "editorial.taxonomy.taken");
            }
        }
        return refused(editing(id, form, errors, request));
    }

    @PostMapping("/{id}/move")
    ModelAndView move(@PathVariable long id, @RequestParam int direction, HttpServletRequest request) {
        taxonomy.move(id, direction);
        return new ModelAndView(Editors.redirect("/admin/taxonomy?done=moved#term-" + id, request));
    }

    @PostMapping("/{id}/merge")
    ModelAndView merge(@PathVariable long id, @RequestParam long into, HttpServletRequest request) {
        require(id);
        try {
            merging.merge(id, into);
        } catch (IllegalArgumentException refused) {
            var page =
                    listing(new TermForm(), Map.of(), request).addObject("problem", "editorial.taxonomy.merge-refused");
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return new ModelAndView(Editors.redirect("/admin/taxonomy?done=merged#term-" + into, request));
    }

    private TermTexts require(long id) {
        return taxonomy.editable().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("term " + id));
    }

    private ModelAndView listing(TermForm form, Map<String, String> errors, HttpServletRequest request) {
        Map<TermKind, List<TermRow>> groups = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            groups.put(
                    kind,
                    taxonomy.editable().stream()
                            .filter(t -> t.kind() == kind)
                            .map(TermRow::of)
                            .toList());
        }
        return new ModelAndView("editorial/taxonomy")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("groups", groups)
                .addObject("kinds", TermKind.values())
                .addObject("term", form)
                .addObject("errors", errors);
    }

    private ModelAndView editing(long id, TermForm form, Map<String, String> errors, HttpServletRequest request) {
        return new ModelAndView("editorial/term-form")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("id", id)
                .addObject("term", form)
                .addObject("errors", errors);
    }

    /** One line of the taxonomy table. */
    record TermRow(long id, String key, String en, String enSlug, String cs) {

        static TermRow of(TermTexts t) {
            var en = t.texts().get(org.physioportal.shared.Lang.EN);
            var cs = t.texts().get(org.physioportal.shared.Lang.CS);
            return new TermRow(
                    t.id(),
                    t.key(),
                    en == null ? t.key() : en.name(),
                    en == null ? "" : en.slug(),
                    cs == null ? "—" : cs.name());
        }
    }

    private static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page.addObject("problem", "editorial.error.invalid");
    }
}
