package org.physioportal.authors;

/** Who wrote or reviewed something: a person, or the clinic as a whole. */
public enum AuthorKind {
    PERSON,
    ORGANIZATION
}
