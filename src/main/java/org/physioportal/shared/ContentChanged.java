package org.physioportal.shared;

/**
 * Published after every save of an article, exercise or video, whatever its status now is (created,
 * edited, published, unpublished, archived). Search, recommendations and the page cache listen.
 */
public record ContentChanged(ContentRef ref, Lang lang, Status status) {

    /** The change of an item as it is now. */
    public static ContentChanged of(Publishable item) {
        return new ContentChanged(new ContentRef(item.type(), item.id()), item.lang(), item.status());
    }
}
