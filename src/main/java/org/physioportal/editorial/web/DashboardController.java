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
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Status;
import org.physioportal.videos.VideosApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /admin}: content by status, my drafts, due for review, missing translations. */
@Controller
class DashboardController {

    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final Revisions revisions;
    private final Clock clock;

    DashboardController(
            ArticlesApi articles, ExercisesApi exercises, VideosApi videos, Revisions revisions, Clock clock) {
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
        this.revisions = revisions;
        this.clock = clock;
    }

    @GetMapping("/admin")
    ModelAndView dashboard(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(ClinicTime.CLINIC));
        Map<ContentType, Dashboard> boards = new LinkedHashMap<>();
        boards.put(
                ContentType.ARTICLE,
                Dashboard.of(
                        articles.listings(),
                        touched(ContentType.ARTICLE, me),
                        articles.dueForReview(today, Dashboard.LIMIT)));
        boards.put(
                ContentType.EXERCISE, Dashboard.of(exercises.listings(), touched(ContentType.EXERCISE, me), List.of()));
        boards.put(ContentType.VIDEO, Dashboard.of(videos.listings(), touched(ContentType.VIDEO, me), List.of()));
        return new ModelAndView("editorial/dashboard")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("statuses", Status.values())
                .addObject("boards", boards)
                .addObject("myDrafts", all(boards, Dashboard::myDrafts))
                .addObject("due", all(boards, Dashboard::dueForReview))
                .addObject("missing", all(boards, Dashboard::missingTranslations))
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
