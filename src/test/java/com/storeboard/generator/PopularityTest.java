package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The popularity law of DATA.md §5.3 with the default figures the spec states. */
class PopularityTest {

    @Test
    void the_defaults_give_the_figures_of_section_5_3() {
        assertThat(Popularity.regularUnits(300)).isEqualTo(1143);
        int[] b = Popularity.baseQuantities(300, 380);
        assertThat(Arrays.stream(b).sum()).isEqualTo(1143 - 71);
        assertThat(b[0]).isEqualTo(64);
        assertThat(b[19]).isEqualTo(8);
        assertThat(Arrays.stream(b).filter(q -> q >= 8).count()).isEqualTo(21);
        assertThat(Arrays.stream(b).filter(q -> q >= 5).count()).isEqualTo(44);
        assertThat(Arrays.stream(b).filter(q -> q >= 3).count()).isEqualTo(102);
        assertThat(Arrays.stream(b).filter(q -> q == 1).count()).isEqualTo(167);
    }

    @Test
    void quantities_never_increase_with_the_rank_and_are_at_least_one() {
        int[] b = Popularity.baseQuantities(1000, 1980);
        for (int k = 1; k < b.length; k++) {
            assertThat(b[k]).isLessThanOrEqualTo(b[k - 1]).isPositive();
        }
    }
}
