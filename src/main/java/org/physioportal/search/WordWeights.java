package org.physioportal.search;

import static org.physioportal.shared.SearchFields.body;
import static org.physioportal.shared.SearchFields.summary;
import static org.physioportal.shared.SearchFields.title;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.physioportal.shared.Lang;

/**
 * What each word of a query weighs: its inverse document frequency over all the items of the
 * language (BM25's idf, counted in the index), so that a word found in nearly every item weighs
 * little wherever it is found. "Pain" and "bolest" are on nearly every page of a physiotherapy
 * site, but in few titles: scored by the title field's own statistics, a title with "pain" looked
 * like a rare match and outweighed the words that name the body part.
 */
record WordWeights(Map<String, Float> byWord) {

    /** Words past this many are scored in the body only (each costs a count). */
    static final int MAX_WORDS = 8;

    static WordWeights of(SearchSession session, Lang lang, Instant now, List<String> words) {
        long items = count(session, lang, now, null);
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String word : words) {
            String key = word.toLowerCase(Locale.ROOT);
            if (weights.size() < MAX_WORDS && !weights.containsKey(key)) {
                weights.put(key, idf(items, count(session, lang, now, word)));
            }
        }
        return new WordWeights(weights);
    }

    /** BM25's idf: ln(1 + (N - n + 0.5) / (n + 0.5)), always above zero. */
    static float idf(long items, long withWord) {
        return (float) Math.log(1 + (items - withWord + 0.5) / (withWord + 0.5));
    }

    private static long count(SearchSession session, Lang lang, Instant now, String word) {
        return session.search(session.scope(Object.class, SearchApi.ENTITIES))
                .where(f -> {
                    var b = SearchApi.visible(f, lang, now);
                    if (word != null) {
                        b.must(f.match()
                                .field(title(lang))
                                .field(summary(lang))
                                .field(body(lang))
                                .matching(word));
                    }
                    return b;
                })
                .fetchTotalHitCount();
    }
}
