package org.physioportal.videos;

import java.time.Instant;
import org.physioportal.shared.Status;

/** A video in any status, as the back office edits it: what was saved and the version it has. */
public record VideoDraft(long id, int version, Status status, Instant updatedAt, NewVideo content) {}
