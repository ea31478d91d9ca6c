package org.physioportal.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** Look-ups every translated, publishable content type needs. */
@NoRepositoryBean
public interface PublishableRepository<T extends Publishable>
        extends JpaRepository<T, Long>, JpaSpecificationExecutor<T> {

    /** The condition of the queries below: item {@code x} is published by {@code :now}. */
    String X_VISIBLE = " x.status = org.physioportal.shared.Status.PUBLISHED and x.publishedAt <= :now ";

    Optional<T> findByGroupKeyAndLang(String groupKey, Lang lang);

    List<T> findByGroupKey(String groupKey);

    Optional<T> findByLangAndSlug(Lang lang, String slug);

    Page<T> findByStatus(Status status, Pageable pageable);

    long countByStatus(Status status);

    /** A page of the items published in the language by {@code now}, newest first. */
    @Query("select x from #{#entityName} x where x.lang = :lang and" + X_VISIBLE
            + "order by x.publishedAt desc, x.id desc")
    List<T> findVisible(Lang lang, Instant now, Pageable pageable);

    /** How many items are published in the language by {@code now}. */
    @Query("select count(x) from #{#entityName} x where x.lang = :lang and" + X_VISIBLE)
    long countVisible(Lang lang, Instant now);

    /** Translation groups with a version published by {@code now}, by group key. */
    @Query("select distinct x.groupKey from #{#entityName} x where" + X_VISIBLE + "order by x.groupKey")
    List<String> findVisibleGroupKeys(Instant now, Pageable pageable);

    @Query("select count(distinct x.groupKey) from #{#entityName} x where" + X_VISIBLE)
    long countVisibleGroups(Instant now);

    /**
     * Group key, language, slug, last change and publication of the versions published by {@code now}
     * in a key range.
     */
    @Query("select x.groupKey, x.lang, x.slug, x.updatedAt, x.publishedAt from #{#entityName} x"
            + " where x.groupKey between :first and :last and" + X_VISIBLE
            + "order by x.groupKey, x.lang")
    List<Object[]> findVisibleVersions(String first, String last, Instant now);

    /** See {@link ContentDirectory#publishedGroups}. */
    default List<ContentDirectory.PublishedVersion> publishedGroups(ContentType type, int part, int size) {
        Instant now = Instant.now();
        List<String> keys = findVisibleGroupKeys(now, org.springframework.data.domain.PageRequest.of(part, size));
        if (keys.isEmpty()) {
            return List.of();
        }
        return findVisibleVersions(keys.getFirst(), keys.getLast(), now).stream()
                .map(row -> {
                    Lang lang = (Lang) row[1];
                    Instant changed = (Instant) row[3];
                    Instant published = (Instant) row[4];
                    // an item scheduled ahead was last edited before it went public
                    Instant lastChange = changed.isAfter(published) ? changed : published;
                    return new ContentDirectory.PublishedVersion(
                            (String) row[0], lang, type.url(lang, (String) row[2]), lastChange);
                })
                .toList();
    }

    @Query("select x from #{#entityName} x join x.termIds t where t = :termId")
    List<T> findByTerm(long termId);

    /** Re-tags every item classified under {@code fromTermId} with {@code intoTermId}; returns those items. */
    default List<T> replaceTerm(long fromTermId, long intoTermId) {
        List<T> tagged = findByTerm(fromTermId);
        for (T item : tagged) {
            item.termIds().remove(fromTermId);
            item.termIds().add(intoTermId);
            saveAndFlush(item);
        }
        return tagged;
    }

    List<T> findByStatusAndPublishedAtGreaterThanAndPublishedAtLessThanEqual(
            Status status, Instant after, Instant until);

    Page<T> findByLangAndStatusNot(Lang lang, Status status, Pageable pageable);

    /** Items (not archived) whose translation group has no other live language version yet. */
    @Query("""
            select x from #{#entityName} x where x.status <> :archived and not exists (
                select y from #{#entityName} y
                where y.groupKey = x.groupKey and y.lang <> x.lang and y.status <> :archived)
            order by x.updatedAt desc, x.id desc""")
    List<T> findWithoutTranslation(Status archived, Pageable pageable);

    /** The existing language version of the group, or a new one; refuses a slug another group uses. */
    default T versionFor(String groupKey, Lang lang, String slug, java.util.function.Supplier<T> create) {
        findByLangAndSlug(lang, slug)
                .filter(other -> !other.groupKey().equals(groupKey))
                .ifPresent(other -> {
                    throw new SlugTakenException(slug, lang);
                });
        return findByGroupKeyAndLang(groupKey, lang).orElseGet(create);
    }

    /** Addresses of the published language versions of a translation group, for hreflang and the language switch. */
    default Map<Lang, String> publishedTranslations(String groupKey, ContentType type) {
        Instant now = Instant.now();
        return findByGroupKey(groupKey).stream()
                .filter(item -> item.isVisibleAt(now))
                .collect(Collectors.toMap(
                        Publishable::lang,
                        item -> type.url(item.lang(), item.slug()),
                        (a, b) -> a,
                        () -> new java.util.EnumMap<>(Lang.class)));
    }

    default Optional<T> findVisible(Lang lang, String slug) {
        return findByLangAndSlug(lang, slug).filter(item -> item.isVisibleAt(Instant.now()));
    }

    /** The item as a link, when it exists and is published now. */
    default Optional<ContentDirectory.ContentLink> findPublishedLink(long id) {
        return findById(id)
                .filter(item -> item.isVisibleAt(Instant.now()))
                .map(item -> new ContentDirectory.ContentLink(
                        new ContentRef(item.type(), item.id()),
                        item.lang(),
                        item.searchTitle(),
                        item.type().url(item.lang(), item.slug())));
    }

    /** The given ids that are visible in the language, in the given order. */
    default List<T> findVisibleInOrder(List<Long> ids, Lang lang) {
        Instant now = Instant.now();
        Map<Long, T> byId = findAllById(ids).stream()
                .filter(item -> item.isVisibleAt(now) && item.lang() == lang)
                .collect(Collectors.toMap(Publishable::id, item -> item));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** A page of the items published by {@code now} that the query asks for, newest first. */
    default Page<T> findPublished(PublishedQuery query, Instant now) {
        org.springframework.data.jpa.domain.Specification<T> spec = (root, criteria, cb) -> {
            var where = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            where.add(cb.equal(root.get("status"), Status.PUBLISHED));
            where.add(cb.lessThanOrEqualTo(root.get("publishedAt"), now));
            if (query.lang() != null) {
                where.add(cb.equal(root.get("lang"), query.lang()));
            }
            if (query.changedSince() != null) {
                where.add(cb.or(
                        cb.greaterThanOrEqualTo(root.get("updatedAt"), query.changedSince()),
                        cb.greaterThanOrEqualTo(root.get("publishedAt"), query.changedSince())));
            }
            if (!query.termIds().isEmpty()) {
                var tagged = criteria.subquery(Long.class);
                var item = tagged.from(root.getJavaType());
                tagged.select(item.get("id")).where(item.join("termIds").in(query.termIds()));
                where.add(root.get("id").in(tagged));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        var order = org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.desc("publishedAt"),
                org.springframework.data.domain.Sort.Order.desc("id"));
        return findAll(spec, org.springframework.data.domain.PageRequest.of(query.page() - 1, query.size(), order));
    }
}
