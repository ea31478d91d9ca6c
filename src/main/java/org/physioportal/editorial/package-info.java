/**
 * The editorial back office under {@code /admin}: dashboards, editing articles with live preview,
 * the workflow from draft to published, revisions with diff and revert, and translations. It saves
 * content only through the content modules' APIs, which announce every save.
 */
package org.physioportal.editorial;
