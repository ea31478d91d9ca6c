package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.editorial.domain.ChangesInReview;
import org.physioportal.editorial.domain.ContentStores;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.editorial.domain.ScheduledChanges;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Status;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin}: content by status, changes of published items waiting for approval, my drafts, due
 * for review, missing translations.
 */
@Controller
class DashboardController {

    private final ContentStores stores;
    private final ChangesInReview changesInReview;
    private final ArticlesApi articles;
    private final Revisions revisions;
    private final ScheduledChanges scheduled;
    private final Clock clock;

    DashboardController(
            ContentStores stores,
            ChangesInReview changesInReview,
            ArticlesApi articles,
            Revisions revisions,
            ScheduledChanges scheduled,
            Clock clock) {
        this.stores = stores;
        this.changesInReview = changesInReview;
        this.articles = articles;
        this.revisions = revisions;
        this.scheduled = scheduled;
        this.clock = clock;
    }

    @GetMapping("/admin")
    ModelAndView dashboard(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(ClinicTime.CLINIC));
        Map<ContentType, Dashboard> boards = new LinkedHashMap<>();
        for (ContentType type : ContentType.values()) {
            var due = type == ContentType.ARTICLE
                    ? articles.dueForReview(today, Dashboard.LIMIT)
                    : List.<ContentListing>of();
            boards.put(type, Dashboard.of(stores.of(type).listings(), touched(type, me), due));
        }
        return new ModelAndView("editorial/dashboard")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("statuses", Status.values())
                .addObject("boards", boards)
                .addObject("inReview", changesInReview.oldestFirst(Dashboard.LIMIT))
                .addObject("myDrafts", all(boards, Dashboard::myDrafts))
                .addObject("due", all(boards, Dashboard::dueForReview))
                .addObject("missing", all(boards, Dashboard::missingTranslations))
                .addObject("failing", scheduled.failing(Dashboard.LIMIT))
                .addObject("canEdit", Editors.of(me).canEdit());
    }

    private List<Long> touched(ContentType type, AccountPrincipal me) {
        return revisions.touchedBy(type, me.id());
    }

    private static List<ContentListing> all(
            Map<ContentType, Dashboard> boards, Function<Dashboard, List<ContentListing>> list) {
        List<ContentListing> result = new ArrayList<>();
        boards.values().forEach(b -> result.addAll(list.apply(b)));
        return result;
    }
}
