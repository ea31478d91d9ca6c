package org.physioportal.videos.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physioportal.comments.CommentsApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageMeta;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Teaser;
import org.physioportal.videos.VideoView;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class VideoController {

    private final VideosApi videos;
    private final ExercisesApi exercises;
    private final MediaApi media;
    private final CommentsApi comments;
    private final Pages pages;
    private final SiteProperties site;
    private final Recommender recommender;

    VideoController(
            VideosApi videos,
            ExercisesApi exercises,
            MediaApi media,
            CommentsApi comments,
            Pages pages,
            SiteProperties site,
            Recommender recommender) {
        this.videos = videos;
        this.exercises = exercises;
        this.media = media;
        this.comments = comments;
        this.pages = pages;
        this.site = site;
        this.recommender = recommender;
    }

    @GetMapping("/{lang:[a-z]{2}}/videos")
    String list(
            @PathVariable("lang") String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Lang lang = Lang.require(code);
        model.addAttribute("meta", pages.fixed(lang, "videos", "/videos"));
        model.addAttribute("page", videos.page(lang, PageParams.of(page, size)));
        return "videos/list";
    }

    @GetMapping("/{lang:[a-z]{2}}/videos/{slug}")
    String show(
            @PathVariable("lang") String code,
            @PathVariable String slug,
            @RequestParam(name = "comments", required = false) Integer commentsPage,
            Model model) {
        Lang lang = Lang.require(code);
        VideoView video = videos.findPublished(lang, slug).orElseThrow(() -> new NotFoundException(slug));
        MediaView poster = media.find(video.posterId(), lang).orElse(null);
        MediaView file = media.find(video.fileId(), lang).orElse(null);
        model.addAttribute("video", video);
        model.addAttribute("file", file);
        model.addAttribute("poster", poster);
        model.addAttribute("captions", media.find(video.captionsId(), lang).orElse(null));
        Teaser exercise = video.exerciseId() == null
                ? null
                : exercises.teasers(List.of(video.exerciseId()), lang).stream()
                        .findFirst()
                        .orElse(null);
        model.addAttribute("exercise", exercise);
        model.addAttribute(
                "suggestions",
                recommender.suggestionsFor(
                        new Recommender.Item(
                                video.ref(), lang, video.termIds(), video.title(), video.description(), ""),
                        exercise == null ? Set.of() : Set.of(exercise.ref())));
        model.addAttribute("thread", comments.thread(video.ref(), commentsPage));
        model.addAttribute("meta", meta(video, poster, file));
        return "videos/show";
    }

    /** schema.org VideoObject. */
    private PageMeta meta(VideoView video, MediaView poster, MediaView file) {
        Map<Lang, String> alternates = videos.translations(video.groupKey());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "VideoObject");
        ld.put("name", video.title());
        ld.put("description", video.description());
        ld.put("inLanguage", video.lang().code());
        ld.put("duration", video.isoDuration());
        ld.put("uploadDate", video.publishedAt().toString());
        if (poster != null) {
            ld.put("thumbnailUrl", site.baseUrl() + poster.url());
        }
        if (file != null) {
            ld.put("contentUrl", site.baseUrl() + file.url());
        } else {
            ld.put("embedUrl", video.embedUrl());
        }
        return new PageMeta(
                        video.title(),
                        video.description(),
                        video.lang(),
                        video.url(),
                        alternates,
                        "video.other",
                        poster == null ? null : poster.url(),
                        null,
                        null)
                .withJsonLd(ld);
    }
}
