/**
 * The anonymous page cache: pages as an anonymous reader gets them, kept in memory with their
 * validators (ETag, Last-Modified) and served without running the application again until content,
 * a comment or an account's public name changes. A module of its own because it listens to the
 * events of several others (content, comments, accounts) that themselves depend on the platform.
 */
package org.physioportal.pagecache;
