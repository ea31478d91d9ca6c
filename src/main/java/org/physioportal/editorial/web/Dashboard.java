package org.physioportal.editorial.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/**
 * What the back office's first page shows of one content type: how many items are in each status,
 * the person's own drafts, items whose next review date has passed, and items with one language only.
 */
record Dashboard(
        Map<Status, Long> counts,
        List<ContentListing> myDrafts,
        List<ContentListing> dueForReview,
        List<ContentListing> missingTranslations) {

    static Dashboard of(List<ContentListing> items, Set<Long> touchedByMe, LocalDate today) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, items.stream().filter(i -> i.status() == s).count());
        }
        List<ContentListing> live =
                items.stream().filter(i -> i.status() != Status.ARCHIVED).toList();
        List<ContentListing> mine = live.stream()
                .filter(i -> i.status() == Status.DRAFT
                        && touchedByMe.contains(i.ref().id()))
                .toList();
        List<ContentListing> due = live.stream()
                .filter(i -> i.nextReviewAt() != null && i.nextReviewAt().isBefore(today))
                .toList();
        Map<String, Set<Lang>> languages = live.stream()
                .collect(Collectors.groupingBy(
                        ContentListing::groupKey, Collectors.mapping(ContentListing::lang, Collectors.toSet())));
        List<ContentListing> lonely = live.stream()
                .filter(i ->
                        languages.getOrDefault(i.groupKey(), new HashSet<>()).size() < Lang.values().length)
                .toList();
        return new Dashboard(counts, mine, due, lonely);
    }
}
