package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only this module checks: the application runs on the Elasticsearch backend without the Lucene
 * backend's classes, and OpenSearch's more-like-this finds similar text. (Same context configuration
 * as the root's search tests, so that all of them share one context and one set of indexes.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SimilarContentOnOpenSearchTests {

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    SimilarContent similar;

    @Test
    void theBackendIsOpenSearchAndTheLuceneBackendIsNotOnTheClasspath() {
        assertThat(Search.mapping(emf).backend()).isInstanceOf(ElasticsearchBackend.class);
        assertThatThrownBy(() -> Class.forName("org.hibernate.search.backend.lucene.LuceneBackend"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void moreLikeThisFindsItemsWithSimilarText() {
        var text = new SimilarContent.Text(
                "Running and lower back pain",
                "Why running can hurt the lower back and how to keep running",
                "Core stability, the plank, breathing with the diaphragm and a gradual return to running.");
        var byText = similar.candidates(ContentType.ARTICLE, Lang.EN, text, Set.of()).stream()
                .filter(c -> c.textScore() > 0)
                .toList();
        assertThat(byText).isNotEmpty();
        var exercises = similar.candidates(ContentType.EXERCISE, Lang.EN, text, Set.of());
        assertThat(exercises).anySatisfy(c -> assertThat(c.textScore()).isPositive());
    }

    @Test
    void czechTextFindsCzechItems() {
        var text = new SimilarContent.Text("Běh a bolest bederní páteře", "Bolest zad při běhu", "Záda, běh, core.");
        assertThat(similar.candidates(ContentType.ARTICLE, Lang.CS, text, Set.of()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.textScore()).isPositive());
    }
}
