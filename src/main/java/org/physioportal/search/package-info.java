/**
 * Search: keeping the full-text index whole (a missing or corrupt index is rebuilt while pages are
 * served); the search pages themselves come with the search issue.
 */
package org.physioportal.search;
