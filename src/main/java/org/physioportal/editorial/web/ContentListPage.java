package org.physioportal.editorial.web;

import java.time.Instant;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.PageResult;
import org.physioportal.shared.Status;
import org.springframework.web.servlet.ModelAndView;

/**
 * The list of one content type in the back office (articles, exercises, videos), filtered by status,
 * {@value #PAGE_SIZE} items a page, last changed first.
 */
final class ContentListPage {

    private ContentListPage() {}

    /** Items per page of a list. */
    static final int PAGE_SIZE = 50;

    /**
     * @param base the type's back-office path, e.g. {@code /admin/articles}
     * @param messages message keys of the heading, the "new" button and the table caption
     * @param page the page asked for, from 1 (clamped to 1..{@value PageParams#MAX_PAGE} as the public lists are)
     */
    static ModelAndView of(
            String base,
            Messages messages,
            boolean canEdit,
            String lang,
            Status status,
            int page,
            ContentListings<?> listings) {
        PageResult<ContentListing> items = listings.page(status, Math.clamp(page, 1, PageParams.MAX_PAGE), PAGE_SIZE);
        return new ModelAndView("editorial/content-list")
                .addObject("lang", lang)
                .addObject("base", base)
                .addObject("heading", messages.heading())
                .addObject("newLabel", messages.newItem())
                .addObject("caption", messages.caption())
                .addObject("canEdit", canEdit)
                .addObject("status", status)
                .addObject("statuses", Status.values())
                .addObject("items", items.items())
                .addObject("paging", items)
                .addObject("now", Instant.now());
    }

    record Messages(String heading, String newItem, String caption) {}
}
