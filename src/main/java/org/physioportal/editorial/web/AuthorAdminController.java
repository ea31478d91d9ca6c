package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.physioportal.authors.AuthorKind;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
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

/** Author profiles: the people (and the clinic) that articles name as author or reviewer. */
@Controller
@RequestMapping("/admin/authors")
class AuthorAdminController {

    private final AuthorsApi authors;

    AuthorAdminController(AuthorsApi authors) {
        this.authors = authors;
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String done, HttpServletRequest request) {
        return page(null, new AuthorForm(), Map.of(), request)
                .addObject("notice", done == null ? null : "editorial.authors." + done);
    }

    @PostMapping
    ModelAndView create(@ModelAttribute("author") AuthorForm form, HttpServletRequest request) {
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            try {
                authors.create(form.toNewAuthor());
                return new ModelAndView(Editors.redirect("/admin/authors?done=created", request));
            } catch (IllegalArgumentException | DataIntegrityViolationException taken) {
                errors = Map.of("key", "editorial.authors.taken");
            }
        }
        return refused(page(null, form, errors, request));
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, HttpServletRequest request) {
        var en = authors.find(id, Lang.EN).orElseThrow(() -> new NotFoundException("author " + id));
        var cs = authors.find(id, Lang.CS).orElseThrow();
        return page(id, AuthorForm.of(en, cs), Map.of(), request);
    }

    @PostMapping("/{id}")
    ModelAndView save(@PathVariable long id, @ModelAttribute("author") AuthorForm form, HttpServletRequest request) {
        var current = authors.find(id, Lang.EN).orElseThrow(() -> new NotFoundException("author " + id));
        form.setKey(current.key());
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            authors.update(id, form.toNewAuthor());
            return new ModelAndView(Editors.redirect("/admin/authors?done=saved", request));
        }
        return refused(page(id, form, errors, request));
    }

    private ModelAndView page(Long id, AuthorForm form, Map<String, String> errors, HttpServletRequest request) {
        Lang ui = Editors.uiLang(request);
        return new ModelAndView("editorial/authors")
                .addObject("lang", ui.code())
                .addObject("id", id)
                .addObject("author", form)
                .addObject("kinds", AuthorKind.values())
                .addObject("authors", authors.all(ui))
                .addObject("errors", errors);
    }

    private static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page.addObject("problem", "editorial.error.invalid");
    }
}
