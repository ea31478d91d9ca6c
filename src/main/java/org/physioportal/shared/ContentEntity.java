package org.physioportal.shared;

/** A stored content item that takes its fields from its module's record and gives them back. */
public interface ContentEntity<C extends ContentRecord> {

    /** Replaces every field with the record's, status and publication time included. */
    void apply(C content);

    /** The item's fields as a record, with its status and publication time. */
    C content();
}
