package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Status;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /admin}: content by status, my drafts, due for review, missing translations. */
@Controller
class DashboardController {

    private final ArticlesApi articles;
    private final Revisions revisions;
    private final Clock clock;

    DashboardController(ArticlesApi articles, Revisions revisions, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.clock = clock;
    }

    @GetMapping("/admin")
    ModelAndView dashboard(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(ArticleAdminController.CLINIC));
        var mine = new HashSet<>(revisions.touchedBy(ContentType.ARTICLE, me.id()));
        return new ModelAndView("editorial/dashboard")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("statuses", Status.values())
                .addObject("articles", Dashboard.of(articles.listing(), mine, today))
                .addObject("canEdit", Editors.of(me).canEdit());
    }
}
