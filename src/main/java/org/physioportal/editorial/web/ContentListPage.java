package org.physioportal.editorial.web;

import java.time.Instant;
import java.util.List;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.Status;
import org.springframework.web.servlet.ModelAndView;

/** The list of one content type in the back office (articles, exercises, videos), filtered by status. */
final class ContentListPage {

    private ContentListPage() {}

    /**
     * @param base the type's back-office path, e.g. {@code /admin/articles}
     * @param messages message keys of the heading, the "new" button and the table caption
     */
    static ModelAndView of(
            String base, Messages messages, boolean canEdit, String lang, Status status, List<ContentListing> all) {
        return new ModelAndView("editorial/content-list")
                .addObject("lang", lang)
                .addObject("base", base)
                .addObject("heading", messages.heading())
                .addObject("newLabel", messages.newItem())
                .addObject("caption", messages.caption())
                .addObject("canEdit", canEdit)
                .addObject("status", status)
                .addObject("statuses", Status.values())
                .addObject(
                        "items",
                        all.stream()
                                .filter(i -> status == null || i.status() == status)
                                .toList())
                .addObject("now", Instant.now());
    }

    record Messages(String heading, String newItem, String caption) {}
}
