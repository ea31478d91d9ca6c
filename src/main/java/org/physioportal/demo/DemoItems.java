package org.physioportal.demo;

import static org.physioportal.demo.DemoYaml.date;
import static org.physioportal.demo.DemoYaml.instant;
import static org.physioportal.demo.DemoYaml.map;
import static org.physioportal.demo.DemoYaml.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.CareCardView;
import org.physioportal.articles.CareCards;
import org.physioportal.articles.NewArticle;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.NewExercise;
import org.physioportal.media.NewMedia;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.videos.NewVideo;
import org.physioportal.videos.VideoKind;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Component;

/** Saves the demo exercises, videos and articles, both language versions of each. */
@Component
class DemoItems {

    private final TaxonomyApi taxonomy;
    private final AuthorsApi authors;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final ArticlesApi articles;
    private final DemoMedia media;
    private final CareCards careCards;

    DemoItems(
            TaxonomyApi taxonomy,
            AuthorsApi authors,
            ExercisesApi exercises,
            VideosApi videos,
            ArticlesApi articles,
            DemoMedia media,
            CareCards careCards) {
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.exercises = exercises;
        this.videos = videos;
        this.articles = articles;
        this.media = media;
        this.careCards = careCards;
    }

    void exercise(Map<String, Object> yaml) {
        long image = media.store(
                text(yaml, "image"),
                lang -> new NewMedia.Text(
                        text(map(yaml, lang.code()), "imageAlt"), text(map(yaml, lang.code()), "imageCaption")));
        for (Lang lang : Lang.values()) {
            var t = map(yaml, lang.code());
            exercises.save(DemoYaml.record(
                    NewExercise.class,
                    yaml,
                    t,
                    published(
                            yaml,
                            lang,
                            Map.of(
                                    "imageId",
                                    image,
                                    "termIds",
                                    terms(yaml, "regions", "topics", "activities", "equipment")))));
        }
    }

    void video(Map<String, Object> yaml) {
        VideoKind kind = VideoKind.valueOf(text(yaml, "kind"));
        Long file = kind == VideoKind.FILE ? media.store(text(yaml, "file"), lang -> describe(yaml, lang, "")) : null;
        long poster = media.store(text(yaml, "poster"), lang -> describe(yaml, lang, ""));
        for (Lang lang : Lang.values()) {
            var t = map(yaml, lang.code());
            Long captions = kind == VideoKind.FILE
                    ? media.store(text(map(yaml, "captions"), lang.code()), l -> describe(yaml, lang, " (captions)"))
                    : null;
            String exercise = text(yaml, "exercise");
            var fixed = new HashMap<String, Object>();
            fixed.put("fileId", file);
            fixed.put("posterId", poster);
            fixed.put("captionsId", captions);
            fixed.put(
                    "exerciseId",
                    exercise == null ? null : exercises.idOf(exercise, lang).orElseThrow());
            fixed.put("termIds", terms(yaml, "regions", "topics", "activities"));
            videos.save(DemoYaml.record(NewVideo.class, yaml, t, published(yaml, lang, fixed)));
        }
    }

    /** Saves an article; the second pass links related articles, which all exist by then. */
    void article(Map<String, Object> yaml, boolean withRelated) {
        for (Lang lang : Lang.values()) {
            var t = map(yaml, lang.code());
            List<NewArticle.Reference> references = DemoYaml.<Map<String, Object>>list(t, "references").stream()
                    .map(r -> new NewArticle.Reference(text(r, "text"), text(r, "url")))
                    .toList();
            List<Long> tutorials = DemoYaml.<String>list(yaml, "tutorials").stream()
                    .map(key -> exercises.idOf(key, lang).orElseThrow(() -> new IllegalStateException(key)))
                    .toList();
            List<Long> related = !withRelated
                    ? List.of()
                    : DemoYaml.<String>list(yaml, "related").stream()
                            .map(key -> articles.idOf(key, lang).orElseThrow(() -> new IllegalStateException(key)))
                            .toList();
            String reviewer = text(yaml, "reviewer");
            var fixed = new HashMap<String, Object>();
            fixed.put("authorId", authors.requireId(text(yaml, "author")));
            fixed.put("reviewerId", reviewer == null ? null : authors.requireId(reviewer));
            fixed.put("references", references);
            fixed.put("reviewedAt", date(yaml, "reviewedAt"));
            fixed.put("nextReviewAt", date(yaml, "nextReviewAt"));
            fixed.put("tutorialIds", tutorials);
            fixed.put("relatedIds", related);
            fixed.put("termIds", terms(yaml, "regions", "topics", "activities"));
            articles.save(DemoYaml.record(NewArticle.class, yaml, t, published(yaml, lang, fixed)));
            careCard(yaml, lang);
        }
    }

    /** The article's care card in the language, if the demo has one. */
    private void careCard(Map<String, Object> yaml, Lang lang) {
        if (yaml.get("care") instanceof Map<?, ?>) {
            var card = map(map(yaml, "care"), lang.code());
            careCards.save(
                    text(yaml, "key"),
                    lang,
                    new CareCardView(text(card, "soon"), text(card, "urgent"), text(card, "emergency")));
        }
    }

    /** {@code fixed} with what every demo item has: its translation group, language, and publication. */
    private static Map<String, Object> published(Map<String, Object> yaml, Lang lang, Map<String, Object> fixed) {
        var all = new HashMap<String, Object>(fixed);
        all.put("groupKey", text(yaml, "key"));
        all.put("lang", lang);
        all.put("status", Status.PUBLISHED);
        all.put("publishedAt", instant(yaml, "publishedAt"));
        return all;
    }

    private static NewMedia.Text describe(Map<String, Object> yaml, Lang lang, String suffix) {
        return new NewMedia.Text(text(map(yaml, lang.code()), "title") + suffix, null);
    }

    private Set<Long> terms(Map<String, Object> yaml, String... keys) {
        Set<Long> ids = new HashSet<>();
        for (String key : keys) {
            DemoYaml.<String>list(yaml, key).forEach(term -> ids.add(taxonomy.requireId(term)));
        }
        return ids;
    }
}
