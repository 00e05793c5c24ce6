package com.storeboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosisPropertiesTest {

    @Test
    void the_defaults_are_those_of_the_specification_table() {
        DiagnosisProperties p = DiagnosisProperties.defaults();

        assertThat(p.horizonDays()).isEqualTo(60);
        assertThat(p.maxDetailRows()).isEqualTo(500);
        assertThat(p.consumableCategories()).containsExactly("耗材");
        assertThat(p.validOrder().feeChannels()).hasSize(10).startsWith("饿了么", "京东到家").endsWith("饿了么咖啡店");
        assertThat(p.delivery().netCostThreshold()).isEqualByComparingTo("6.00");
        assertThat(p.delivery().distanceBucketBoundsM()).containsExactly(3000, 5000, 8000);
        assertThat(p.delivery().heavyKeywords()).hasSize(37).contains("5L", "/箱", "×24", "x6");
        assertThat(p.churn().recallP1MinLtv()).isEqualByComparingTo("500.00");
        assertThat(p.aov().bandBounds()).extracting(BigDecimal::intValue).containsExactly(10, 20, 30, 40, 50, 100, 200);
        assertThat(p.trafficDrop().minDropRatio()).isEqualByComparingTo("0.30");
        assertThat(p.marginDrop().bucketBoundsPp()).extracting(BigDecimal::intValue).containsExactly(10, 15, 20);
        assertThat(p.hotProducts().superGrowthRatio()).isEqualByComparingTo("2.00");
        assertThat(p.highProfit().topN()).isEqualTo(10);
    }

    @Test
    void the_fingerprint_ignores_how_a_number_is_written_but_not_its_value() {
        String defaults = DiagnosisProperties.defaults().fingerprint();

        assertThat(defaults).hasSize(64).matches("[0-9a-f]+");
        assertThat(DiagnosisProperties.of(Map.of("delivery.net-cost-threshold", "6")).fingerprint()).isEqualTo(defaults);
        assertThat(DiagnosisProperties.of(Map.of("delivery.net-cost-threshold", "6.50")).fingerprint()).isNotEqualTo(defaults);
        assertThat(DiagnosisProperties.of(Map.of("consumable-categories", "耗材,包装")).fingerprint()).isNotEqualTo(defaults);
    }

    @Test
    void the_fingerprint_covers_every_property_of_sections_7_1_to_7_4_by_its_spec_name() {
        Map<String, Object> values = DiagnosisPropertiesCheck.values(DiagnosisProperties.defaults());

        assertThat(values.keySet()).contains("horizon-days", "valid-order.fee-channels", "trend.change-ratio",
                "churn.recall-p1-days", "delivery.distance-bucket-bounds-m", "aov.drag-promo-sales-rise-ratio",
                "price-elasticity.very-low-stock", "high-profit.top-n");
        assertThat(values.keySet()).noneMatch(k -> k.startsWith("import."));
        assertThat(values).hasSize(5 + 1 + 2 + 5 + 9 + 8 + 12 + 40 + 2 + 7 + 5 + 4 + 4 + 11 + 8 + 5);
    }

    @Test
    void a_horizon_shorter_than_the_longest_look_back_stops_the_start_naming_the_property() {
        assertThatThrownBy(() -> DiagnosisProperties.of(Map.of("horizon-days", "59")))
                .rootCause().hasMessageContaining("storeboard.diagnosis.horizon-days").hasMessageContaining("60");
        assertThatThrownBy(() -> DiagnosisProperties.of(Map.of("churn.recent-days", "31")))
                .rootCause().hasMessageContaining("storeboard.diagnosis.churn.recent-days");
    }

    @Test
    void ratios_must_lie_in_zero_to_one_unless_the_spec_lets_them_exceed_one() {
        assertThatThrownBy(() -> DiagnosisProperties.of(Map.of("traffic-drop.min-drop-ratio", "1.2")))
                .rootCause().hasMessageContaining("storeboard.diagnosis.traffic-drop.min-drop-ratio");
        assertThatThrownBy(() -> DiagnosisProperties.of(Map.of("churn.price-rise-ratio", "-0.1")))
                .rootCause().hasMessageContaining("churn.price-rise-ratio");
        assertThat(DiagnosisProperties.of(Map.of("hot-products.super-growth-ratio", "3.5")).hotProducts().superGrowthRatio())
                .isEqualByComparingTo("3.5");
        assertThat(List.of(DiagnosisPropertiesCheck.kebab("recallP1Days"), DiagnosisPropertiesCheck.kebab("distanceBucketBoundsM")))
                .containsExactly("recall-p1-days", "distance-bucket-bounds-m");
    }
}
