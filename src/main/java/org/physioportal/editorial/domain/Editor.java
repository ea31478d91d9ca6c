package org.physioportal.editorial.domain;

/**
 * The person at the back office: editors write, moderators only look, admins may do everything.
 *
 * @param canEdit an editor or an admin
 */
public record Editor(long id, String name, boolean canEdit, boolean admin) {}
