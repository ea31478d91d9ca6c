package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageParamsTests {

    @Test
    void missingValuesGiveTheFirstPageOfDefaultSize() {
        assertThat(PageParams.of(null, null)).isEqualTo(new PageParams(1, PageParams.DEFAULT_SIZE));
    }

    @Test
    void outOfRangeValuesAreClamped() {
        assertThat(PageParams.of(-5, 0)).isEqualTo(new PageParams(1, 1));
        assertThat(PageParams.of(Integer.MAX_VALUE, 100_000))
                .isEqualTo(new PageParams(PageParams.MAX_PAGE, PageParams.MAX_SIZE));
        assertThat(PageParams.of(3, 10).offset()).isEqualTo(20);
    }

    @Test
    void pageResultKnowsItsNeighbours() {
        var result = new PageResult<>(java.util.List.of("a"), 2, 10, 25);
        assertThat(result.totalPages()).isEqualTo(3);
        assertThat(result.hasPrevious()).isTrue();
        assertThat(result.hasNext()).isTrue();
        assertThat(new PageResult<>(java.util.List.of(), 1, 10, 0).totalPages()).isEqualTo(1);
    }
}
