package org.physioportal.authors.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;
import org.physioportal.authors.AuthorKind;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private AuthorKind kind;

    private String name;
    private String website;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "author_text", joinColumns = @JoinColumn(name = "author_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, AuthorText> texts = new HashMap<>();

    protected Author() {}

    public Author(String key, AuthorKind kind, String name) {
        this.key = key;
        this.kind = kind;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public AuthorKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** A new display name or kind; the key (the profile's address) stays. */
    public void rename(AuthorKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public Map<String, AuthorText> texts() {
        return texts;
    }
}
