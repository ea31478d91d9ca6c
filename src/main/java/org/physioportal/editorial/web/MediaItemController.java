package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.editorial.domain.ContentStores;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaTexts;
import org.physioportal.media.NewMedia;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * One file of the media library: its alternative texts, captions, licence, author and source can be
 * changed, and it can be deleted while no article, exercise or video shows it (otherwise the
 * deletion is refused with the list of the pages that use it).
 */
@Controller
@RequestMapping("/admin/media/{id}")
class MediaItemController {

    private final MediaApi media;
    private final ContentStores stores;

    MediaItemController(MediaApi media, ContentStores stores) {
        this.media = media;
        this.stores = stores;
    }

    @GetMapping
    ModelAndView edit(@PathVariable long id, HttpServletRequest request) {
        return page(
                        id,
                        form(media.texts(id).orElseThrow(() -> new NotFoundException("media " + id))),
                        Map.of(),
                        request)
                .addObject("notice", request.getParameter("saved") != null ? "editorial.media.saved" : null);
    }

    @PostMapping
    ModelAndView save(@PathVariable long id, @ModelAttribute("media") MediaForm form, HttpServletRequest request) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return refused(page(id, form, errors, request), HttpStatus.BAD_REQUEST, "editorial.error.invalid");
        }
        media.describe(
                id,
                new MediaTexts(
                        form.getLicence().strip(),
                        form.getCredit().strip(),
                        blankToNull(form.getSource()),
                        form.texts()));
        return new ModelAndView(Editors.redirect("/admin/media/" + id + "?saved", request));
    }

    @PostMapping("/delete")
    ModelAndView delete(@PathVariable long id, HttpServletRequest request) {
        var stored = media.texts(id).orElseThrow(() -> new NotFoundException("media " + id));
        if (!usedBy(id).isEmpty()) {
            return refused(page(id, form(stored), Map.of(), request), HttpStatus.CONFLICT, "editorial.media.in-use");
        }
        media.delete(id);
        return new ModelAndView(Editors.redirect("/admin/media?deleted", request));
    }

    private ModelAndView page(long id, MediaForm form, Map<String, String> errors, HttpServletRequest request) {
        Lang ui = Editors.uiLang(request);
        return new ModelAndView("editorial/media-item")
                .addObject("lang", ui.code())
                .addObject("item", media.find(id, ui).orElseThrow(() -> new NotFoundException("media " + id)))
                .addObject("media", form)
                .addObject("errors", new LinkedHashMap<>(errors))
                .addObject("usedBy", usedBy(id));
    }

    private List<ContentListing> usedBy(long id) {
        return stores.all().stream().flatMap(s -> s.usingMedia(id).stream()).toList();
    }

    private static MediaForm form(MediaTexts texts) {
        var form = new MediaForm();
        Map<Lang, NewMedia.Text> byLang = new EnumMap<>(texts.texts());
        form.setAltEn(alt(byLang.get(Lang.EN)));
        form.setAltCs(alt(byLang.get(Lang.CS)));
        form.setCaptionEn(
                byLang.get(Lang.EN) == null ? null : byLang.get(Lang.EN).caption());
        form.setCaptionCs(
                byLang.get(Lang.CS) == null ? null : byLang.get(Lang.CS).caption());
        form.setLicence(texts.licence());
        form.setCredit(texts.credit());
        form.setSource(texts.source());
        return form;
    }

    private static String alt(NewMedia.Text text) {
        return text == null ? null : text.alt();
    }

    private static ModelAndView refused(ModelAndView page, HttpStatus status, String problem) {
        page.setStatus(status);
        return page.addObject("problem", problem);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
