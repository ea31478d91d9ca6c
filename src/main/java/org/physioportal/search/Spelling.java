package org.physioportal.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a search with near misses was taken to mean: each word typed that the index does not have is
 * replaced by the word the results matched in its place (one letter away, the same first letter,
 * the one the results show most often), so the page can say "Showing results for knee" and offer
 * the words as typed.
 */
final class Spelling {

    private Spelling() {}

    /**
     * The text with each of {@code unknown} (words as typed that no item has) replaced by the word
     * the hits show in its place; empty when no word was replaced.
     */
    static Optional<String> corrected(String text, List<String> unknown, List<SearchResults.Hit> hits) {
        Map<String, Integer> seen = new HashMap<>();
        for (SearchResults.Hit hit : hits) {
            SearchApi.words(hit.title()).forEach(w -> seen.merge(w, 1, Integer::sum));
            marked(hit.snippetHtml()).forEach(w -> seen.merge(w, 1, Integer::sum));
        }
        String result = text;
        boolean changed = false;
        for (String word : unknown) {
            Optional<String> better = closest(word, seen);
            if (better.isPresent()) {
                result = result.replace(word, better.get());
                changed = true;
            }
        }
        return changed ? Optional.of(result) : Optional.empty();
    }

    /** The most frequent word one edit from {@code typed} (not in its first letter), in lower case. */
    private static Optional<String> closest(String typed, Map<String, Integer> seen) {
        String want = fold(typed);
        String best = null;
        int bestCount = 0;
        for (var entry : seen.entrySet()) {
            String candidate = fold(entry.getKey());
            boolean near =
                    !candidate.equals(want) && candidate.charAt(0) == want.charAt(0) && distance(want, candidate) == 1;
            if (near && entry.getValue() > bestCount) {
                best = entry.getKey().toLowerCase(Locale.ROOT);
                bestCount = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The words a snippet marks ({@code <mark>word</mark>}). */
    static List<String> marked(String snippetHtml) {
        List<String> words = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int start = snippetHtml.indexOf("<mark>", from);
            int end = start < 0 ? -1 : snippetHtml.indexOf("</mark>", start);
            if (end < 0) {
                return words;
            }
            words.addAll(SearchApi.words(snippetHtml.substring(start + "<mark>".length(), end)));
            from = end;
        }
    }

    static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** Edits between two words, a swap of neighbouring letters counting as one (as Lucene's fuzzy). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
