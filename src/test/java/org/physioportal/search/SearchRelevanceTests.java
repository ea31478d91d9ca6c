package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search quality on the demo content: the judged queries in {@code search/relevance.tsv} (Czech and
 * English, with typos and without diacritics) are run as a reader would type them, and the mean
 * nDCG@5 over all of them must reach {@value #BAR}. Each query's score is printed, so a change that helps
 * one query and hurts another shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchRelevanceTests {

    static final int K = 5;
    static final double BAR = 0.85;

    @Autowired
    SearchApi search;

    record Judged(Lang lang, String query, Map<String, Integer> grades) {}

    @Test
    void meanNdcgAtFiveIsAtLeastTheBar() throws IOException {
        List<Judged> judged = judgements();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(50);
        assertThat(judged.stream().map(Judged::lang).distinct()).containsExactlyInAnyOrder(Lang.EN, Lang.CS);
        double sum = 0;
        StringBuilder report = new StringBuilder("nDCG@5 per query:\n");
        for (Judged j : judged) {
            List<String> top = search.search(SearchQueries.text(j.lang(), j.query())).hits().stream()
                    .limit(K)
                    .map(h -> h.url().substring(4))
                    .toList();
            double score = ndcg(top, j.grades());
            sum += score;
            report.append(String.format("%.2f  %s  %-28s %s%n", score, j.lang().code(), j.query(), top));
        }
        double mean = sum / judged.size();
        report.append(String.format("mean nDCG@5 = %.3f over %d queries%n", mean, judged.size()));
        System.out.print(report);
        assertThat(mean).as(report.toString()).isGreaterThanOrEqualTo(BAR);
    }

    /**
     * The bar can be missed: the same results read from the fifth upwards (the best ones last) score
     * far below it, so a ranking that only finds the right items, in a poor order, fails.
     */
    @Test
    void theSameResultsInAPoorOrderMissTheBar() throws IOException {
        double sum = 0;
        List<Judged> judged = judgements();
        for (Judged j : judged) {
            List<String> top = new ArrayList<>(search.search(SearchQueries.text(j.lang(), j.query())).hits().stream()
                    .map(h -> h.url().substring(4))
                    .toList());
            java.util.Collections.reverse(top);
            sum += ndcg(top, j.grades());
        }
        assertThat(sum / judged.size()).isLessThan(BAR);
    }

    /**
     * "Bolest zad" (back pain): every back-pain article comes before the knee article, the cycling
     * one too, whose text says "bedra" and "bederní páteř" (the lower back) rather than "záda": the
     * Czech search aliases make them one. Typed without diacritics and inflected the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bolest zad", "bolesti zad", "bolest zád"})
    void everyBackPainArticleComesBeforeTheKneeArticle(String query) {
        List<String> ranked = ranked(Lang.CS, query);
        assertThat(ranked).as(query).containsAll(BACK_PAIN_CS);
        // the knee article mentions back pain too; if it is not on the first page at all, so much the better
        int knee = ranked.contains(KNEE_CS) ? ranked.indexOf(KNEE_CS) : ranked.size();
        BACK_PAIN_CS.forEach(back -> assertThat(ranked.indexOf(back))
                .as("%s: %s before %s in %s", query, back, KNEE_CS, ranked)
                .isLessThan(knee));
    }

    /** The English aliases: "lumbar" finds the lower-back articles, "cervical" the neck article first. */
    @Test
    void englishAliasesFindTheLowerBackAndTheNeck() {
        assertThat(ranked(Lang.EN, "lumbar pain"))
                .startsWith("articles/running-and-lower-back-pain")
                .contains("articles/cycling-and-the-lower-back");
        assertThat(ranked(Lang.EN, "cervical pain")).first().isEqualTo("articles/office-work-and-neck-pain");
    }

    static final String KNEE_CS = "articles/bolest-kolene-u-bezcu";
    static final List<String> BACK_PAIN_CS = List.of(
            "articles/beh-a-bolest-bederni-patere",
            "articles/cyklistika-a-bolest-beder",
            "articles/golf-a-zada",
            "articles/fyzicky-narocna-prace");

    private List<String> ranked(Lang lang, String query) {
        return search.search(SearchQueries.text(lang, query)).hits().stream()
                .map(h -> h.url().substring(4))
                .toList();
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndLowerOtherwise() {
        Map<String, Integer> grades = Map.of("a", 2, "b", 1);
        assertThat(ndcg(List.of("a", "b", "x"), grades)).isEqualTo(1.0);
        assertThat(ndcg(List.of("b", "a"), grades)).isLessThan(1.0).isGreaterThan(0.5);
        assertThat(ndcg(List.of("x", "y"), grades)).isZero();
    }

    static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
        }
        List<Integer> ideal =
                grades.values().stream().sorted((a, b) -> b - a).limit(K).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int position) {
        return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
    }

    static List<Judged> judgements() throws IOException {
        String text = new ClassPathResource("search/relevance.tsv").getContentAsString(StandardCharsets.UTF_8);
        List<Judged> judged = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            Map<String, Integer> grades = new HashMap<>();
            add(grades, cols[2], 2);
            add(grades, cols.length > 3 ? cols[3] : "", 1);
            judged.add(new Judged(Lang.require(cols[0]), cols[1], grades));
        }
        return judged;
    }

    private static void add(Map<String, Integer> grades, String paths, int grade) {
        Arrays.stream(paths.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .filter(Objects::nonNull)
                .forEach(p -> grades.put(p, grade));
    }
}
