package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.physioportal.editorial.upload.CleanFile;
import org.physioportal.editorial.upload.FileChecker;
import org.physioportal.editorial.upload.ImageCleaner;
import org.physioportal.editorial.upload.SafeNames;
import org.physioportal.editorial.upload.UploadProblem;
import org.physioportal.media.MediaApi;
import org.physioportal.media.NewMedia;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The media library: every stored file with its alternative text, licence and author; uploads of
 * pictures (cleaned and re-encoded), MP4 videos and WebVTT captions. A refused upload stores
 * nothing and says why: 400 for a missing description, 413 for too large, 415 for a wrong type.
 */
@Controller
class MediaLibraryController {

    static final int PAGE_SIZE = 50;

    private final MediaApi media;
    private final ImageCleaner images;
    private final FileChecker files;

    MediaLibraryController(MediaApi media, ImageCleaner images, FileChecker files) {
        this.media = media;
        this.images = images;
        this.files = files;
    }

    @GetMapping("/admin/media")
    ModelAndView library(
            @RequestParam(required = false) Long uploaded,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request) {
        return page(request, new MediaForm(), Map.of(), null, page)
                .addObject("uploaded", uploaded)
                .addObject("deleted", request.getParameter("deleted") != null);
    }

    @PostMapping("/admin/media/images")
    ModelAndView image(
            @RequestParam(required = false) MultipartFile file,
            @ModelAttribute("media") MediaForm form,
            HttpServletRequest request) {
        return upload("images", file, form, request, images::clean);
    }

    @PostMapping("/admin/media/files")
    ModelAndView file(
            @RequestParam(required = false) MultipartFile file,
            @ModelAttribute("media") MediaForm form,
            HttpServletRequest request) {
        return upload("files", file, form, request, files::check);
    }

    private ModelAndView upload(
            String target,
            MultipartFile file,
            MediaForm form,
            HttpServletRequest request,
            Function<byte[], CleanFile> cleaner) {
        Map<String, String> errors = form.errors();
        if (file == null || file.isEmpty()) {
            errors.put("file", "editorial.media.error.no-file");
        }
        if (!errors.isEmpty()) {
            return refused(page(request, form, errors, target), HttpStatus.BAD_REQUEST, "editorial.error.invalid");
        }
        try {
            CleanFile clean = cleaner.apply(file.getBytes());
            long id = media.store(new NewMedia(
                    SafeNames.of(file.getOriginalFilename(), clean.kind()),
                    clean.bytes(),
                    clean.width(),
                    clean.height(),
                    form.getLicence().strip(),
                    form.getCredit().strip(),
                    blankToNull(form.getSource()),
                    form.texts()));
            return new ModelAndView(Editors.redirect("/admin/media?uploaded=" + id, request));
        } catch (UploadProblem problem) {
            return refused(
                    page(request, form, Map.of("file", problem.messageKey()), target),
                    problem.status(),
                    problem.messageKey());
        } catch (IOException e) {
            return refused(
                    page(request, form, Map.of(), target), HttpStatus.BAD_REQUEST, "editorial.media.error.broken");
        }
    }

    /** The library; {@code submitted} names the upload form whose values and problems are shown. */
    private ModelAndView page(
            HttpServletRequest request, MediaForm form, Map<String, String> errors, String submitted) {
        return page(request, form, errors, submitted, 1);
    }

    /** The library with page {@code number} (from 1) of its files, {@value #PAGE_SIZE} a page, newest first. */
    private ModelAndView page(
            HttpServletRequest request, MediaForm form, Map<String, String> errors, String submitted, int number) {
        Lang ui = Editors.uiLang(request);
        return new ModelAndView("editorial/media")
                .addObject("lang", ui.code())
                .addObject("media", form)
                .addObject("errors", new LinkedHashMap<>(errors))
                .addObject("submitted", submitted)
                .addObject("items", media.page(ui, Math.clamp(number, 1, PageParams.MAX_PAGE), PAGE_SIZE));
    }

    private static ModelAndView refused(ModelAndView page, HttpStatus status, String problem) {
        page.setStatus(status);
        return page.addObject("problem", problem);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
