package org.physioportal.editorial.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.physioportal.articles.ArticleBody;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentStore;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Articles in the back office: the Markdown form with its preview, pickers and the translation source. */
@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController extends ContentAdminController<NewArticle> {

    static final int RELATED_CHOICES = 300;

    private final ArticlesApi articles;
    private final ArticleBody body;
    private final ExercisesApi exercises;
    private final MediaApi media;
    private final AuthorsApi authors;
    private final TaxonomyApi taxonomy;

    ArticleAdminController(
            ContentAdminParts parts,
            ArticlesApi articles,
            ArticleBody body,
            ExercisesApi exercises,
            MediaApi media,
            AuthorsApi authors,
            TaxonomyApi taxonomy) {
        super(ContentType.ARTICLE, NewArticle.class, parts);
        this.articles = articles;
        this.body = body;
        this.exercises = exercises;
        this.media = media;
        this.authors = authors;
        this.taxonomy = taxonomy;
    }

    /** The source's tutorials and related articles are carried over as their translations, where they exist. */
    @Override
    RecordForm translationOf(NewArticle source) {
        RecordForm form = super.translationOf(source);
        Lang target = form.language();
        form.set("tutorialIds", translated(exercises, source.tutorialIds(), target));
        form.set("relatedIds", translated(articles, source.relatedIds(), target));
        return form;
    }

    private static List<Long> translated(ContentStore<?> store, List<Long> ids, Lang target) {
        return ids.stream()
                .map(id -> store.draft(id)
                        .flatMap(item -> store.idOf(item.content().groupKey(), target)))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    void choices(ModelAndView page, RecordForm form, Lang lang, Lang ui) {
        page.addObject("authors", authors.all(ui))
                .addObject("exercises", exercises.allPublished(lang))
                .addObject("pictures", media.pictures(lang))
                .addObject("relatedChoices", related(lang, page, form))
                .addObject("termGroups", taxonomy.byKind(lang))
                .addObject(
                        "previewHtml",
                        form.get("body") instanceof String text
                                ? body.render(text, lang).html()
                                : "");
        if (page.getModel().get("source") instanceof NewArticle source) {
            page.addObject(
                    "sourceHtml", body.render(source.body(), source.lang()).html());
        }
    }

    /**
     * The articles offered as related: the {@value #RELATED_CHOICES} last changed in the language and
     * those already chosen, so that the form stays small however many articles there are.
     */
    private List<ContentListing> related(Lang lang, ModelAndView page, RecordForm form) {
        var recent = articles.listings().recent(lang, RELATED_CHOICES);
        var chosen = form.get("relatedIds") instanceof List<?> ids ? ids : List.of();
        var missing = chosen.stream()
                .map(Object::toString)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .filter(id -> recent.stream().noneMatch(a -> a.ref().id() == id))
                .toList();
        Long self = page.getModel().get("stored") instanceof ContentFormPage.Item item ? item.id() : null;
        return Stream.concat(recent.stream(), articles.listings().of(missing).stream())
                .filter(a -> a.lang() == lang && a.status() != Status.ARCHIVED)
                .filter(a -> self == null || a.ref().id() != self)
                .toList();
    }
}
