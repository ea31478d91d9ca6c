package org.physioportal.editorial.web;

import java.util.List;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.videos.NewVideo;
import org.physioportal.videos.VideoKind;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Videos in the back office: our own MP4 with poster and captions, or a privacy-enhanced player. */
@Controller
@RequestMapping("/admin/videos")
class VideoAdminController extends ContentAdminController<NewVideo> {

    private final ExercisesApi exercises;
    private final MediaApi media;
    private final TaxonomyApi taxonomy;

    VideoAdminController(ContentAdminParts parts, ExercisesApi exercises, MediaApi media, TaxonomyApi taxonomy) {
        super(ContentType.VIDEO, NewVideo.class, parts);
        this.exercises = exercises;
        this.media = media;
        this.taxonomy = taxonomy;
    }

    @Override
    RecordForm blank(Lang lang) {
        RecordForm form = super.blank(lang);
        form.set("kind", VideoKind.FILE);
        return form;
    }

    @Override
    void choices(ModelAndView page, RecordForm form, Lang lang, Lang ui) {
        List<MediaView> library = media.library(lang);
        page.addObject("termGroups", taxonomy.byKind(lang))
                .addObject("kinds", VideoKind.values())
                .addObject("exercises", exercises.allPublished(lang))
                .addObject("files", of(library, "video/mp4"))
                .addObject("posters", of(library, "image/"))
                .addObject("captions", of(library, "text/vtt"));
    }

    private static List<MediaView> of(List<MediaView> library, String type) {
        return library.stream().filter(m -> m.contentType().startsWith(type)).toList();
    }
}
