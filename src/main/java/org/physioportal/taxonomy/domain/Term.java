package org.physioportal.taxonomy.domain;

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
import org.physioportal.taxonomy.TermKind;

@Entity
public class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private TermKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "term_text", joinColumns = @JoinColumn(name = "term_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, TermText> texts = new HashMap<>();

    protected Term() {}

    public Term(String key, TermKind kind, Long parentId, int position) {
        this.key = key;
        this.kind = kind;
        this.parentId = parentId;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public TermKind kind() {
        return kind;
    }

    public Long parentId() {
        return parentId;
    }

    public int position() {
        return position;
    }

    /** Exchanges places with another term in the vocabulary order. */
    public void swapPosition(Term other) {
        int mine = position;
        position = other.position;
        other.position = mine;
    }

    public void reparent(Long parentId) {
        this.parentId = parentId;
    }

    public Map<String, TermText> texts() {
        return texts;
    }
}
