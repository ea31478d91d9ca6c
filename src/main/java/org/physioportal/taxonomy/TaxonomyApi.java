package org.physioportal.taxonomy;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.taxonomy.domain.Term;
import org.physioportal.taxonomy.domain.TermRepository;
import org.physioportal.taxonomy.domain.TermText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Body regions, activities, topics and equipment. The vocabulary is small and read on every page, so
 * it is held in memory and reloaded after each change.
 */
@Service
@Validated
public class TaxonomyApi {

    private final TermRepository terms;
    private volatile Snapshot snapshot;

    TaxonomyApi(TermRepository terms) {
        this.terms = terms;
    }

    @Transactional
    public long create(@Valid NewTerm term) {
        if (terms.findByKey(term.key()).isPresent()) {
            throw new IllegalArgumentException("Term key already exists: " + term.key());
        }
        Long parentId = term.parentKey() == null ? null : requireId(term.parentKey());
        var entity = new Term(term.key(), term.kind(), parentId, terms.maxPosition() + 1);
        term.texts()
                .forEach((lang, text) ->
                        entity.texts().put(lang.code(), new TermText(text.slug(), text.name(), text.description())));
        long id = terms.saveAndFlush(entity).id();
        snapshot = null;
        return id;
    }

    /** Every term with its texts in both languages, in vocabulary order, for the back office. */
    public List<TermTexts> editable() {
        return terms.findAllOrdered().stream()
                .map(t -> {
                    Map<Lang, NewTerm.Text> texts = new java.util.EnumMap<>(Lang.class);
                    t.texts()
                            .forEach((code, text) -> Lang.fromCode(code)
                                    .ifPresent(lang -> texts.put(
                                            lang, new NewTerm.Text(text.slug(), text.name(), text.description()))));
                    return new TermTexts(t.id(), t.key(), t.kind(), t.parentId(), t.position(), texts);
                })
                .toList();
    }

    /** Renames or translates a term: its slug, name and description per language. */
    @Transactional
    public void rename(long id, @Valid Map<Lang, NewTerm.@Valid Text> texts) {
        Term term = terms.findById(id).orElseThrow(() -> new NotFoundException("term " + id));
        for (var entry : texts.entrySet()) {
            String code = entry.getKey().code();
            boolean taken = terms.findAll().stream()
                    .filter(other -> !other.id().equals(id))
                    .map(other -> other.texts().get(code))
                    .anyMatch(text ->
                            text != null && text.slug().equals(entry.getValue().slug()));
            if (taken) {
                throw new IllegalArgumentException(
                        "Term slug taken: " + entry.getValue().slug());
            }
            var text = entry.getValue();
            term.texts().put(code, new TermText(text.slug(), text.name(), text.description()));
        }
        terms.saveAndFlush(term);
        snapshot = null;
    }

    /** Moves a term one place up ({@code -1}) or down ({@code +1}) among the terms of its kind. */
    @Transactional
    public void move(long id, int direction) {
        List<Term> ordered = terms.findAllOrdered();
        Term term = ordered.stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("term " + id));
        List<Term> sameKind =
                ordered.stream().filter(t -> t.kind() == term.kind()).toList();
        int at = sameKind.indexOf(term);
        int to = at + Integer.signum(direction);
        if (to >= 0 && to < sameKind.size()) {
            sameKind.get(to).swapPosition(term);
        }
        snapshot = null;
    }

    /**
     * Removes a term that content no longer uses (the caller re-tags content first); its child terms
     * move under {@code heirId}.
     */
    @Transactional
    public void retire(long id, long heirId) {
        Term term = terms.findById(id).orElseThrow(() -> new NotFoundException("term " + id));
        Term heir = terms.findById(heirId).orElseThrow(() -> new NotFoundException("term " + heirId));
        if (term.kind() != heir.kind() || term.id().equals(heir.id())) {
            throw new IllegalArgumentException("A term merges only into another term of its kind");
        }
        terms.findAll().stream()
                .filter(t -> id == (t.parentId() == null ? -1 : t.parentId()))
                .forEach(child -> child.reparent(heir.id().equals(child.id()) ? null : heir.id()));
        if (heir.parentId() != null && heir.parentId() == id) {
            heir.reparent(term.parentId());
        }
        terms.delete(term);
        terms.flush();
        snapshot = null;
    }

    public boolean isEmpty() {
        return terms.count() == 0;
    }

    public long requireId(String key) {
        return snapshot().byKey.getOrDefault(key, List.of()).stream()
                .findFirst()
                .map(Term::id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown term: " + key));
    }

    public Optional<TermView> findBySlug(Lang lang, String slug) {
        return snapshot().all.stream()
                .filter(t -> t.texts().containsKey(lang.code())
                        && t.texts().get(lang.code()).slug().equals(slug))
                .findFirst()
                .map(t -> view(t, lang));
    }

    public TermView requireBySlug(Lang lang, String slug) {
        return findBySlug(lang, slug).orElseThrow(() -> new NotFoundException("topic " + slug));
    }

    public Optional<TermView> find(long id, Lang lang) {
        return Optional.ofNullable(snapshot().byId.get(id)).map(t -> view(t, lang));
    }

    /** The given terms in vocabulary order. */
    public List<TermView> views(Collection<Long> ids, Lang lang) {
        return snapshot().all.stream()
                .filter(t -> ids.contains(t.id()))
                .map(t -> view(t, lang))
                .toList();
    }

    /** Every term in the language, grouped by kind in the kinds' order, for pickers and the topics page. */
    public java.util.Map<TermKind, List<TermView>> byKind(Lang lang) {
        var groups = new java.util.EnumMap<TermKind, List<TermView>>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            groups.put(kind, all(kind, lang));
        }
        return groups;
    }

    public List<TermView> all(TermKind kind, Lang lang) {
        return snapshot().all.stream()
                .filter(t -> t.kind() == kind)
                .map(t -> view(t, lang))
                .toList();
    }

    /** The term and all terms below it, so that "spine" also finds content about the lumbar spine. */
    public Set<Long> withDescendants(long id) {
        Set<Long> result = new HashSet<>(Set.of(id));
        // terms are few and the tree is shallow: add children until nothing new appears
        int before;
        do {
            before = result.size();
            for (Term t : snapshot().all) {
                if (t.parentId() != null && result.contains(t.parentId())) {
                    result.add(t.id());
                }
            }
        } while (result.size() > before);
        return result;
    }

    public Optional<TermKind> kindOf(long id) {
        return Optional.ofNullable(snapshot().byId.get(id)).map(Term::kind);
    }

    private TermView view(Term t, Lang lang) {
        TermText text =
                t.texts().getOrDefault(lang.code(), t.texts().get(lang.other().code()));
        return new TermView(
                t.id(), t.key(), t.kind(), t.parentId(), lang, text.slug(), text.name(), text.description());
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            List<Term> all = new ArrayList<>(terms.findAllOrdered());
            all.sort(Comparator.comparingInt(Term::position));
            s = new Snapshot(
                    List.copyOf(all),
                    all.stream().collect(Collectors.toMap(Term::id, Function.identity())),
                    all.stream().collect(Collectors.groupingBy(Term::key)));
            snapshot = s;
        }
        return s;
    }

    private record Snapshot(List<Term> all, Map<Long, Term> byId, Map<String, List<Term>> byKey) {}
}
