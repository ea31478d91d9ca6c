package org.physioportal.search.web;

import org.physioportal.search.IndexRebuild;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins rebuild the whole search index and watch it progress (the page polls while it runs). */
@Controller
class SearchAdminController {

    private final IndexRebuild rebuild;

    SearchAdminController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("progress", rebuild.progress());
        return "search/admin";
    }

    @GetMapping("/admin/search/progress")
    String progress(Model model) {
        model.addAttribute("progress", rebuild.progress());
        return "search/admin :: progress";
    }

    @PostMapping("/admin/search/reindex")
    String reindex(@RequestParam(name = "lang", defaultValue = "en") String lang) {
        boolean started = rebuild.rebuildAll();
        return "redirect:/admin/search?lang=" + ("cs".equals(lang) ? "cs" : "en") + (started ? "" : "&running");
    }
}
