package org.physioportal.shared;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Parser post-processor that replaces every image with its description (the "alt" text), so
 * {@code ![a cat](https://example.org/cat.png)} becomes the plain words "a cat". Used where images
 * are not allowed, such as reader comments. Stateless and therefore safe to share between threads.
 */
final class ImagesToAltText extends AbstractVisitor implements PostProcessor {

    /** Rewrites the document in place and returns it. */
    @Override
    public Node process(Node document) {
        document.accept(this);
        return document;
    }

    /** Moves the image's description nodes in front of it, then drops the image itself. */
    @Override
    public void visit(Image image) {
        // Handle images nested inside this image's description first.
        visitChildren(image);
        Node child = image.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            image.insertBefore(child);
            child = next;
        }
        image.unlink();
    }
}
