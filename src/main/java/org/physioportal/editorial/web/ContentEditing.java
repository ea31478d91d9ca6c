package org.physioportal.editorial.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.EditorialProblem;
import org.physioportal.editorial.domain.Revision;
import org.physioportal.editorial.domain.RevisionAction;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.editorial.domain.Workflow;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.Status;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change made in the back office, for any content type: the save goes through the type's
 * module API (which announces it) and its revision is written in the same transaction, so a save
 * without its revision never commits.
 */
@Service
@Transactional
class ContentEditing {

    private final Revisions revisions;
    private final Workflow workflow;
    private final JsonMapper json;
    private final Clock clock;

    ContentEditing(Revisions revisions, Workflow workflow, JsonMapper json, Clock clock) {
        this.revisions = revisions;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
    }

    /** A new item in its own translation group, as a draft. */
    <F extends ContentForm> long create(ContentKind<F> kind, F form, Editor by) {
        workflow.requireEditor(by);
        form.setGroupKey(freeGroupKey(kind, form.getSlug()));
        return saveNew(kind, form, by, RevisionAction.CREATED);
    }

    /** The other language version of the source's group, as a draft. */
    <F extends ContentForm> long translate(ContentKind<F> kind, long sourceId, F form, Editor by) {
        workflow.requireEditor(by);
        var source = require(kind, sourceId);
        Lang target = source.form().getLanguage().other();
        form.setGroupKey(source.form().getGroupKey());
        form.setLanguage(target);
        return saveNew(kind, form, by, RevisionAction.TRANSLATED);
    }

    /** Saves an edit; the status and publication time stay as they are. */
    <F extends ContentForm> void update(ContentKind<F> kind, long id, F form, Editor by) {
        workflow.requireEditor(by);
        var current = require(kind, id);
        form.setGroupKey(current.form().getGroupKey());
        form.setLanguage(current.form().getLanguage());
        save(kind, current, form, current.status(), current.publishedAt(), RevisionAction.EDITED, by);
    }

    /** One workflow step; publishing takes an optional publish-at time (null: now). */
    <F extends ContentForm> void transition(
            ContentKind<F> kind, long id, int version, Transition step, Instant publishAt, Editor by) {
        var current = require(kind, id);
        workflow.check(step, current.status(), by, revisions.lastAuthorId(new ContentRef(kind.type(), id)));
        F form = current.form();
        form.setVersion(version);
        Instant when = current.publishedAt();
        RevisionAction action = step.action();
        if (step == Transition.PUBLISH) {
            Instant now = clock.instant();
            when = publishAt == null || !publishAt.isAfter(now) ? now : publishAt;
            action = when.isAfter(now) ? RevisionAction.SCHEDULED : RevisionAction.PUBLISHED;
        }
        save(kind, current, form, step.to(), when, action, by);
    }

    /** Brings back the content of an earlier revision as a new revision; the status stays. */
    <F extends ContentForm> void revert(ContentKind<F> kind, long id, int number, int version, Editor by) {
        workflow.requireEditor(by);
        var current = require(kind, id);
        F form = formOf(kind, revisions.require(new ContentRef(kind.type(), id), number));
        form.setVersion(version);
        form.setGroupKey(current.form().getGroupKey());
        form.setLanguage(current.form().getLanguage());
        save(kind, current, form, current.status(), current.publishedAt(), RevisionAction.REVERTED, by);
    }

    <F extends ContentForm> F formOf(ContentKind<F> kind, Revision revision) {
        return json.readValue(revision.snapshot(), kind.formClass());
    }

    <F extends ContentForm> ContentKind.Stored<F> require(ContentKind<F> kind, long id) {
        return kind.load(id).orElseThrow(() -> new NotFoundException(kind.type() + " " + id));
    }

    private <F extends ContentForm> void save(
            ContentKind<F> kind,
            ContentKind.Stored<F> current,
            F form,
            Status status,
            Instant when,
            RevisionAction action,
            Editor by) {
        if (form.getVersion() == null || form.getVersion() != current.version()) {
            throw new ObjectOptimisticLockingFailureException(kind.formClass(), current.id());
        }
        var ref = new ContentRef(kind.type(), current.id());
        if (revisions.latest(ref).isEmpty()) {
            // saved before the back office existed (the demo, an import): its first change keeps the
            // original as revision 1, so that it can be compared with and brought back
            revisions.record(
                    ref,
                    current.form().getLanguage(),
                    current.status(),
                    RevisionAction.IMPORTED,
                    current.title(),
                    snapshot(current.form()),
                    null);
        }
        kind.update(current.id(), form.getVersion(), form, status, when);
        revisions.record(ref, form.getLanguage(), status, action, form.displayTitle(), snapshot(form), by);
    }

    private <F extends ContentForm> long saveNew(ContentKind<F> kind, F form, Editor by, RevisionAction action) {
        if (kind.idOf(form.getGroupKey(), form.getLanguage()).isPresent()) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.translation.exists");
        }
        long id = kind.create(form);
        revisions.record(
                new ContentRef(kind.type(), id),
                form.getLanguage(),
                Status.DRAFT,
                action,
                form.displayTitle(),
                snapshot(form),
                by);
        return id;
    }

    private String snapshot(ContentForm form) {
        Integer version = form.getVersion();
        form.setVersion(null);
        try {
            return json.writeValueAsString(form);
        } finally {
            form.setVersion(version);
        }
    }

    /** The slug as group key, with a number when another group of the type has it already. */
    private String freeGroupKey(ContentKind<?> kind, String slug) {
        String base = slug.length() > 70 ? slug.substring(0, 70).replaceAll("-+$", "") : slug;
        String key = base;
        for (int n = 2;
                kind.idOf(key, Lang.EN).isPresent() || kind.idOf(key, Lang.CS).isPresent();
                n++) {
            key = base + "-" + n;
        }
        return key.toLowerCase(Locale.ROOT);
    }
}
