package org.physioportal.editorial.web;

import java.util.List;
import org.physioportal.articles.ArticleBody;
import org.physioportal.articles.ArticleDraft;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.editorial.domain.Workflow;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The article form page with everything its pickers offer, the workflow buttons and a preview. */
@Component
class ArticleFormPage {

    static final String VIEW = "editorial/article-form";
    static final int RELATED_CHOICES = 300;

    private final ArticlesApi articles;
    private final ArticleBody body;
    private final ExercisesApi exercises;
    private final MediaApi media;
    private final AuthorsApi authors;
    private final TaxonomyApi taxonomy;
    private final Revisions revisions;
    private final Workflow workflow;

    ArticleFormPage(
            ArticlesApi articles,
            ArticleBody body,
            ExercisesApi exercises,
            MediaApi media,
            AuthorsApi authors,
            TaxonomyApi taxonomy,
            Revisions revisions,
            Workflow workflow) {
        this.articles = articles;
        this.body = body;
        this.exercises = exercises;
        this.media = media;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.revisions = revisions;
        this.workflow = workflow;
    }

    /** The page for a new article, an existing one ({@code draft}) or a translation of {@code source}. */
    ModelAndView page(ArticleForm form, ArticleDraft draft, ArticleDraft source, Editor editor, Lang ui) {
        Lang lang = form.getLanguage() == null ? Lang.EN : form.getLanguage();
        var page = new ModelAndView(VIEW);
        page.addObject("lang", ui.code());
        page.addObject("form", form);
        page.addObject("draft", draft);
        page.addObject("source", source);
        page.addObject("editor", editor);
        page.addObject("languages", Lang.values());
        page.addObject("authors", authors.all(ui));
        page.addObject("exercises", exercises.allPublished(lang));
        page.addObject("pictures", media.pictures(lang));
        page.addObject("relatedChoices", related(lang, draft, form));
        page.addObject("termGroups", taxonomy.byKind(lang));
        page.addObject(
                "previewHtml",
                form.getBody() == null ? "" : body.render(form.getBody(), lang).html());
        if (source != null) {
            page.addObject(
                    "sourceHtml",
                    body.render(source.content().body(), source.content().lang())
                            .html());
        }
        page.addObject("base", "/admin/articles");
        if (draft != null) {
            page.addObject(
                    "stored",
                    new ContentKind.Stored<>(
                            draft.id(),
                            draft.version(),
                            draft.status(),
                            draft.content().publishedAt(),
                            form));
            page.addObject(
                    "publicPath", ContentType.ARTICLE.url(lang, draft.content().slug()));
            Long last = revisions.lastAuthorId(ArticleEditing.ref(draft.id()));
            page.addObject(
                    "steps",
                    List.of(Transition.values()).stream()
                            .filter(t -> workflow.allows(t, draft.status(), editor, last))
                            .toList());
            page.addObject(
                    "latest", revisions.latest(ArticleEditing.ref(draft.id())).orElse(null));
            page.addObject(
                    "translationId",
                    articles.idOf(draft.content().groupKey(), lang.other()).orElse(null));
        }
        return page;
    }

    ModelAndView refused(ModelAndView page, HttpStatus status, String messageKey) {
        page.setStatus(status);
        page.addObject("problem", messageKey);
        return page;
    }

    /**
     * The articles offered as related: the {@value #RELATED_CHOICES} last changed in the language and
     * those already chosen, so that the form stays small however many articles there are.
     */
    private List<org.physioportal.shared.ContentListing> related(Lang lang, ArticleDraft draft, ArticleForm form) {
        var recent = articles.listings().recent(lang, RELATED_CHOICES);
        var chosen = form.getRelatedIds() == null ? List.<Long>of() : form.getRelatedIds();
        var missing = chosen.stream()
                .filter(id -> recent.stream().noneMatch(a -> a.ref().id() == id))
                .toList();
        return java.util.stream.Stream.concat(recent.stream(), articles.listings().of(missing).stream())
                .filter(a -> a.lang() == lang && a.status() != Status.ARCHIVED)
                .filter(a -> draft == null || a.ref().id() != draft.id())
                .toList();
    }
}
