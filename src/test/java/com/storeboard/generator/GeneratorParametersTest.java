package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorParametersTest {

    @Test
    void the_defaults_are_those_of_section_5_2() {
        GeneratorParameters p = GeneratorParameters.defaults();
        assertThat(p.seed()).isEqualTo(20251220L);
        assertThat(p.stores()).isEqualTo(3);
        assertThat(p.days()).isEqualTo(60);
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(p.skusPerStore()).isEqualTo(400);
        assertThat(p.ordersPerStoreDay()).isEqualTo(300);
        assertThat(p.mode()).isEqualTo(GeneratorParameters.Mode.QUIET);
        assertThat(p.format()).isEqualTo(GeneratorParameters.Format.CSV);
        assertThat(p.testOrders()).isEqualTo(2);
        assertThat(p.consumableStockout()).isEqualTo(1);
        assertThat(p.consumableBelowCost()).isEqualTo(1);
        assertThat(p.firstDate()).isEqualTo(LocalDate.of(2025, 10, 22));
    }

    @Test
    void a_value_outside_its_range_is_refused_with_the_parameter_name_and_range() {
        GeneratorParameters p = GeneratorParameters.defaults();
        assertThatThrownBy(() -> p.withStores(0)).hasMessage("stores must be between 1 and 50, was 0");
        assertThatThrownBy(() -> p.withStores(51)).hasMessage("stores must be between 1 and 50, was 51");
        assertThatThrownBy(() -> p.withDays(59)).hasMessage("days must be between 60 and 180, was 59");
        assertThatThrownBy(() -> p.withDays(181)).hasMessage("days must be between 60 and 180, was 181");
        assertThatThrownBy(() -> p.withSkusPerStore(149))
                .hasMessage("skusPerStore must be between 150 and 5000, was 149");
        assertThatThrownBy(() -> p.withOrdersPerStoreDay(3001))
                .hasMessage("ordersPerStoreDay must be between 100 and 3000, was 3001");
    }

    @Test
    void decoy_parameters_are_zero_or_their_default() {
        GeneratorParameters p = GeneratorParameters.defaults();
        assertThat(p.withDecoys(0, 0, 0).testOrders()).isZero();
        assertThatThrownBy(() -> p.withDecoys(1, 1, 1)).hasMessage("plants.testOrders must be 0 or 2, was 1");
        assertThatThrownBy(() -> p.withDecoys(2, 2, 1))
                .hasMessage("plants.consumableStockout must be 0 or 1, was 2");
        assertThatThrownBy(() -> p.withDecoys(2, 1, 3))
                .hasMessage("plants.consumableBelowCost must be 0 or 1, was 3");
    }

    @Test
    void an_end_date_whose_days_leave_the_importers_years_is_refused() {
        assertThatThrownBy(() -> GeneratorParameters.defaults().withEndDate(LocalDate.of(2000, 1, 31)))
                .hasMessageContaining("2000–2099");
    }

    @Test
    void too_many_skus_for_the_orders_fail_generation_with_an_explanation() {
        GeneratorParameters p = GeneratorParameters.defaults().withSkusPerStore(5000).withStores(1);
        assertThatThrownBy(() -> new DatasetGenerator(p).generate(new NullSink()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("U − 71 = 1072 units per day, fewer than the 4980 ranked SKUs");
    }
}
