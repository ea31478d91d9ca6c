package org.physioportal.editorial.web;

import org.physioportal.articles.ArticleBody;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live preview of the article form: htmx posts the body as the editor types and gets back the
 * HTML the public page would show, from the same renderer (Markdown, sanitizer, exercise figures).
 */
@Controller
class PreviewController {

    static final int MAX_BODY = 200_000;

    private final ArticleBody body;

    PreviewController(ArticleBody body) {
        this.body = body;
    }

    @PostMapping("/admin/preview")
    String preview(
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "language", defaultValue = "en") String language,
            Model model) {
        Lang lang = Lang.fromCode(language.toLowerCase(java.util.Locale.ROOT)).orElse(Lang.EN);
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        model.addAttribute("previewHtml", this.body.render(text, lang).html());
        return "editorial/fields/article :: preview";
    }
}
