package org.physioportal.editorial.web;

import java.time.Instant;
import java.util.Optional;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.stereotype.Component;

/** Articles for the back office, saved through {@link ArticlesApi}. */
@Component
class ArticleKind implements ContentKind<ArticleForm> {

    private final ArticlesApi articles;

    ArticleKind(ArticlesApi articles) {
        this.articles = articles;
    }

    @Override
    public ContentType type() {
        return ContentType.ARTICLE;
    }

    @Override
    public Class<ArticleForm> formClass() {
        return ArticleForm.class;
    }

    @Override
    public Optional<Stored<ArticleForm>> load(long id) {
        return articles.draft(id).map(d -> {
            ArticleForm form = ArticleForm.of(d.content());
            form.setVersion(d.version());
            return new Stored<>(d.id(), d.version(), d.status(), d.content().publishedAt(), form);
        });
    }

    @Override
    public Optional<Long> idOf(String groupKey, Lang lang) {
        return articles.idOf(groupKey, lang);
    }

    @Override
    public long create(ArticleForm form) {
        return articles.save(form.toArticle(Status.DRAFT, null));
    }

    @Override
    public void update(long id, int version, ArticleForm form, Status status, Instant publishedAt) {
        articles.update(id, version, form.toArticle(status, publishedAt));
    }
}
