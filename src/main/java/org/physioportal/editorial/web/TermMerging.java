package org.physioportal.editorial.web;

import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one term into another in one transaction: every article, exercise and video is re-tagged
 * through its module's API (which announces each change), then the old term goes away.
 */
@Service
class TermMerging {

    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final TaxonomyApi taxonomy;

    TermMerging(ArticlesApi articles, ExercisesApi exercises, VideosApi videos, TaxonomyApi taxonomy) {
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
        this.taxonomy = taxonomy;
    }

    /** How many items were re-tagged. */
    @Transactional
    int merge(long fromId, long intoId) {
        if (fromId == intoId
                || taxonomy.kindOf(fromId).isEmpty()
                || !taxonomy.kindOf(fromId).equals(taxonomy.kindOf(intoId))) {
            throw new IllegalArgumentException("A term merges only into another term of its kind");
        }
        int moved = articles.replaceTerm(fromId, intoId)
                + exercises.replaceTerm(fromId, intoId)
                + videos.replaceTerm(fromId, intoId);
        taxonomy.retire(fromId, intoId);
        return moved;
    }
}
