package org.physioportal.authors;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.physioportal.authors.domain.Author;
import org.physioportal.authors.domain.AuthorRepository;
import org.physioportal.authors.domain.AuthorText;
import org.physioportal.shared.Lang;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Author and reviewer profiles. */
@Service
@Validated
public class AuthorsApi {

    private final AuthorRepository authors;

    AuthorsApi(AuthorRepository authors) {
        this.authors = authors;
    }

    @Transactional
    public long create(@Valid NewAuthor author) {
        if (authors.findByKey(author.key()).isPresent()) {
            throw new IllegalArgumentException("Author key already exists: " + author.key());
        }
        var entity = new Author(author.key(), author.kind(), author.name());
        author.texts()
                .forEach((lang, text) -> entity.texts().put(lang.code(), new AuthorText(text.role(), text.bio())));
        return authors.save(entity).id();
    }

    /** Edits a profile: name, kind, role and bio per language; the key stays. */
    @Transactional
    public void update(long id, @Valid NewAuthor author) {
        Author entity = authors.findById(id)
                .filter(a -> a.key().equals(author.key()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown author: " + id + " " + author.key()));
        entity.rename(author.kind(), author.name());
        author.texts()
                .forEach((lang, text) -> entity.texts().put(lang.code(), new AuthorText(text.role(), text.bio())));
        authors.saveAndFlush(entity);
    }

    @Transactional(readOnly = true)
    public long requireId(String key) {
        return authors.findByKey(key)
                .map(Author::id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown author: " + key));
    }

    @Transactional(readOnly = true)
    public Optional<AuthorView> find(Long id, Lang lang) {
        return id == null ? Optional.empty() : authors.findById(id).map(a -> view(a, lang));
    }

    @Transactional(readOnly = true)
    public Optional<AuthorView> findByKey(String key, Lang lang) {
        return authors.findByKey(key).map(a -> view(a, lang));
    }

    /** Every author, by name, for the back office's pickers. */
    @Transactional(readOnly = true)
    public List<AuthorView> all(Lang lang) {
        return authors.findAll(Sort.by("name")).stream().map(a -> view(a, lang)).toList();
    }

    private static AuthorView view(Author a, Lang lang) {
        AuthorText text =
                a.texts().getOrDefault(lang.code(), a.texts().get(lang.other().code()));
        return new AuthorView(
                a.id(),
                a.key(),
                a.kind(),
                a.name(),
                text == null ? null : text.role(),
                text == null ? null : text.bio(),
                lang);
    }
}
