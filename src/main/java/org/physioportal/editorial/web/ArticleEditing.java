package org.physioportal.editorial.web;

import java.time.Instant;
import org.physioportal.articles.ArticleDraft;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.EditorialProblem;
import org.physioportal.editorial.domain.Revision;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Article changes: {@link ContentEditing} for the article type, with the article's own read model. */
@Service
class ArticleEditing {

    private final ArticlesApi articles;
    private final ArticleKind kind;
    private final ContentEditing editing;

    ArticleEditing(ArticlesApi articles, ArticleKind kind, ContentEditing editing) {
        this.articles = articles;
        this.kind = kind;
        this.editing = editing;
    }

    long create(ArticleForm form, Editor by) {
        return editing.create(kind, form, by);
    }

    long translate(long sourceId, ArticleForm form, Editor by) {
        ArticleDraft source = require(sourceId);
        if (articles.idOf(source.content().groupKey(), source.content().lang().other())
                .isPresent()) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.translation.exists");
        }
        return editing.translate(kind, sourceId, form, by);
    }

    void update(long id, ArticleForm form, Editor by) {
        editing.update(kind, id, form, by);
    }

    void transition(long id, int version, Transition step, Instant publishAt, Editor by) {
        editing.transition(kind, id, version, step, publishAt, by);
    }

    void revert(long id, int number, int version, Editor by) {
        editing.revert(kind, id, number, version, by);
    }

    ArticleForm formOf(Revision revision) {
        return editing.formOf(kind, revision);
    }

    ArticleDraft require(long id) {
        return articles.draft(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    static ContentRef ref(long id) {
        return new ContentRef(ContentType.ARTICLE, id);
    }
}
