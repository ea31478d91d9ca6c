package org.physioportal.taxonomy;

/** The vocabularies content is classified by. */
public enum TermKind {
    REGION,
    ACTIVITY,
    TOPIC,
    EQUIPMENT
}
