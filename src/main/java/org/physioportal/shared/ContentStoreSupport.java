package org.physioportal.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ContentStore} written once for every content type: a module's API extends it with its
 * repository and the constructor of its entity, and adds only its own reads. Every write announces
 * {@link ContentChanged}.
 */
@Transactional(readOnly = true)
public abstract class ContentStoreSupport<E extends Publishable & ContentEntity<C>, C extends ContentRecord>
        implements ContentStore<C> {

    private final ContentType type;
    private final Class<C> recordType;
    private final PublishableRepository<E> repository;
    private final BiFunction<String, Lang, E> create;
    private final ApplicationEventPublisher events;

    protected ContentStoreSupport(
            ContentType type,
            Class<C> recordType,
            PublishableRepository<E> repository,
            BiFunction<String, Lang, E> create,
            ApplicationEventPublisher events) {
        this.type = type;
        this.recordType = recordType;
        this.repository = repository;
        this.create = create;
        this.events = events;
    }

    @Override
    public ContentType type() {
        return type;
    }

    @Override
    public Class<C> recordType() {
        return recordType;
    }

    @Override
    @Transactional
    public long save(C content) {
        E item = repository.versionFor(
                content.groupKey(),
                content.lang(),
                content.slug(),
                () -> create.apply(content.groupKey(), content.lang()));
        item.apply(content);
        long id = repository.save(item).id();
        events.publishEvent(new ContentChanged(new ContentRef(type, id), content.lang(), content.status()));
        return id;
    }

    @Override
    @Transactional
    public long update(long id, int expectedVersion, C content, Status status, Instant publishedAt) {
        E item = current(id, expectedVersion);
        if (!item.groupKey().equals(content.groupKey()) || item.lang() != content.lang()) {
            throw new IllegalArgumentException("An edit cannot move a " + type + " to another group or language");
        }
        repository
                .findByLangAndSlug(content.lang(), content.slug())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new SlugTakenException(content.slug(), content.lang());
                });
        item.apply(content);
        item.setPublication(content.slug(), status, publishedAt);
        repository.saveAndFlush(item);
        events.publishEvent(new ContentChanged(new ContentRef(type, id), content.lang(), status));
        return id;
    }

    @Override
    @Transactional
    public void touch(long id, int expectedVersion) {
        E item = current(id, expectedVersion);
        item.touched();
        repository.saveAndFlush(item);
    }

    private E current(long id, int expectedVersion) {
        E item = repository.findById(id).orElseThrow(() -> new NotFoundException(type + " " + id));
        if (item.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(item.getClass(), id);
        }
        return item;
    }

    @Override
    public Optional<StoredContent<C>> draft(long id) {
        return repository
                .findById(id)
                .map(item -> new StoredContent<>(
                        item.id(), item.version(), item.status(), item.updatedAt(), item.content()));
    }

    @Override
    public Optional<Long> idOf(String groupKey, Lang lang) {
        return repository.findByGroupKeyAndLang(groupKey, lang).map(Publishable::id);
    }

    @Override
    public ContentListings<?> listings() {
        return new ContentListings<>(repository);
    }

    @Override
    @Transactional
    public int replaceTerm(long fromTermId, long intoTermId) {
        List<E> changed = repository.replaceTerm(fromTermId, intoTermId);
        changed.forEach(item -> events.publishEvent(ContentChanged.of(item)));
        return changed.size();
    }

    @Override
    public List<ContentListing> usingMedia(long mediaId) {
        return findUsingMedia(mediaId).stream().map(ContentListing::of).toList();
    }

    /** The type's items that show a media file; none unless the type overrides it. */
    protected List<E> findUsingMedia(long mediaId) {
        return List.of();
    }

    @Override
    public Optional<ContentLink> findPublished(long id) {
        return repository.findPublishedLink(id);
    }

    @Override
    public long countPublishedGroups() {
        return repository.countVisibleGroups(Instant.now());
    }

    @Override
    public List<PublishedVersion> publishedGroups(int part, int size) {
        return repository.publishedGroups(type, part, size);
    }

    /** Addresses of the published language versions of the translation group. */
    public Map<Lang, String> translations(String groupKey) {
        return repository.publishedTranslations(groupKey, type);
    }
}
