package org.physioportal.shared;

/**
 * Content of {@code type} changed on another node (null: some change may have been missed), heard
 * through the cluster's notifications after its commit there: a node's own caches of published
 * content forget what they hold, as they do for a {@link ContentChanged} of their own node.
 */
public record ContentChangedElsewhere(ContentType type) {}
