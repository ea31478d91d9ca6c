package org.physioportal.recommendations;

/** The three "might interest you" blocks under an article. */
enum Block {
    EXERCISES,
    VIDEOS,
    ARTICLES
}
