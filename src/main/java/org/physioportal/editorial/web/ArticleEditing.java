package org.physioportal.editorial.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.physioportal.articles.ArticleDraft;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.EditorialProblem;
import org.physioportal.editorial.domain.Revision;
import org.physioportal.editorial.domain.RevisionAction;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.editorial.domain.Workflow;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.Status;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to an article made in the back office: the save goes through {@link ArticlesApi}
 * (which announces it) and its revision is written in the same transaction.
 */
@Service
@Transactional
class ArticleEditing {

    private final ArticlesApi articles;
    private final Revisions revisions;
    private final Workflow workflow;
    private final JsonMapper json;
    private final Clock clock;

    ArticleEditing(ArticlesApi articles, Revisions revisions, Workflow workflow, JsonMapper json, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
    }

    /** A new article in its own translation group, as a draft. */
    long create(ArticleForm form, Editor by) {
        workflow.requireEditor(by);
        form.setGroupKey(freeGroupKey(form.getSlug()));
        return saveNew(form, by, RevisionAction.CREATED);
    }

    /** The other language version of the source's group, as a draft. */
    long translate(long sourceId, ArticleForm form, Editor by) {
        workflow.requireEditor(by);
        ArticleDraft source = require(sourceId);
        Lang target = source.content().lang().other();
        if (articles.idOf(source.content().groupKey(), target).isPresent()) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.translation.exists");
        }
        form.setGroupKey(source.content().groupKey());
        form.setLanguage(target);
        return saveNew(form, by, RevisionAction.TRANSLATED);
    }

    /** Saves an edit; the status and publication time stay as they are. */
    void update(long id, ArticleForm form, Editor by) {
        workflow.requireEditor(by);
        ArticleDraft current = require(id);
        form.setGroupKey(current.content().groupKey());
        form.setLanguage(current.content().lang());
        save(current, form, current.status(), current.content().publishedAt(), RevisionAction.EDITED, by);
    }

    /** One workflow step; publishing takes an optional publish-at time (null: now). */
    void transition(long id, int version, Transition step, Instant publishAt, Editor by) {
        ArticleDraft current = require(id);
        workflow.check(step, current.status(), by, revisions.lastAuthorId(ref(id)));
        ArticleForm form = ArticleForm.of(current.content());
        form.setVersion(version);
        Instant when = current.content().publishedAt();
        RevisionAction action = step.action();
        if (step == Transition.PUBLISH) {
            Instant now = clock.instant();
            when = publishAt == null || !publishAt.isAfter(now) ? now : publishAt;
            action = when.isAfter(now) ? RevisionAction.SCHEDULED : RevisionAction.PUBLISHED;
        }
        save(current, form, step.to(), when, action, by);
    }

    /** Brings back the text of an earlier revision as a new revision; the status stays. */
    void revert(long id, int number, int version, Editor by) {
        workflow.requireEditor(by);
        ArticleDraft current = require(id);
        Revision old = revisions.require(ref(id), number);
        ArticleForm form = json.readValue(old.snapshot(), ArticleForm.class);
        form.setVersion(version);
        form.setGroupKey(current.content().groupKey());
        form.setLanguage(current.content().lang());
        save(current, form, current.status(), current.content().publishedAt(), RevisionAction.REVERTED, by);
    }

    ArticleForm formOf(Revision revision) {
        return json.readValue(revision.snapshot(), ArticleForm.class);
    }

    ArticleDraft require(long id) {
        return articles.draft(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    static ContentRef ref(long id) {
        return new ContentRef(ContentType.ARTICLE, id);
    }

    private void save(
            ArticleDraft current, ArticleForm form, Status status, Instant when, RevisionAction action, Editor by) {
        if (form.getVersion() == null || form.getVersion() != current.version()) {
            throw new ObjectOptimisticLockingFailureException(ArticleDraft.class, current.id());
        }
        articles.update(current.id(), form.getVersion(), form.toArticle(status, when));
        revisions.record(ref(current.id()), form.getLanguage(), status, action, form.getTitle(), snapshot(form), by);
    }

    private long saveNew(ArticleForm form, Editor by, RevisionAction action) {
        if (articles.idOf(form.getGroupKey(), form.getLanguage()).isPresent()) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.translation.exists");
        }
        long id = articles.save(form.toArticle(Status.DRAFT, null));
        revisions.record(ref(id), form.getLanguage(), Status.DRAFT, action, form.getTitle(), snapshot(form), by);
        return id;
    }

    private String snapshot(ArticleForm form) {
        Integer version = form.getVersion();
        form.setVersion(null);
        String snapshot = json.writeValueAsString(form);
        form.setVersion(version);
        return snapshot;
    }

    /** The slug as group key, with a number when another group has it already. */
    private String freeGroupKey(String slug) {
        String base = slug.length() > 70 ? slug.substring(0, 70).replaceAll("-+$", "") : slug;
        String key = base;
        for (int n = 2; taken(key); n++) {
            key = base + "-" + n;
        }
        return key.toLowerCase(Locale.ROOT);
    }

    private boolean taken(String key) {
        return articles.idOf(key, Lang.EN).isPresent()
                || articles.idOf(key, Lang.CS).isPresent();
    }
}
