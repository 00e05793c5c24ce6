package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * QUIET generation with other parameters: every store still evaluates to the planted results (the generator
 * checks every card against the plants before it returns), and the rows stay in canonical order.
 */
class OtherParametersTest {

    @Test
    void a_small_catalogue_with_150_orders_a_day_meets_every_planted_result() {
        assertPlanted(GeneratorParameters.defaults().withSeed(7).withStores(2).withOrdersPerStoreDay(150)
                .withSkusPerStore(150));
    }

    @Test
    void a_large_catalogue_over_180_days_ending_on_a_leap_day_meets_every_planted_result() {
        assertPlanted(GeneratorParameters.defaults().withSeed(42).withStores(1).withOrdersPerStoreDay(400)
                .withSkusPerStore(800).withDays(180).withEndDate(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void without_decoys_no_order_is_excluded() {
        GenerationResult result = new DatasetGenerator(GeneratorParameters.defaults().withStores(1)
                .withOrdersPerStoreDay(150).withSkusPerStore(250).withDecoys(0, 0, 0)).generate(new NullSink());
        assertThat(expected(result, "星河便利（滨江店）").get("excludedOrders")).isEqualTo(0);
        assertThat((List<?>) result.manifest().get("decoys")).isEmpty();
    }

    private static void assertPlanted(GeneratorParameters parameters) {
        NullSink sink = new NullSink(true);
        GenerationResult result = new DatasetGenerator(parameters).generate(sink);
        @SuppressWarnings("unchecked")
        List<String> stores = (List<String>) result.manifest().get("stores");
        for (String store : stores) {
            Map<String, Object> expected = expected(result, store);
            Map<String, Object> constants = PlantCheck.constants(2);
            for (String card : List.of("overflow", "delivery", "aov", "trafficDrop", "marginDrop", "newProducts",
                    "priceElasticity", "hotProducts", "highProfit")) {
                assertThat(expected.get(card)).as(card).isEqualTo(constants.get(card));
            }
        }
        // Each store's rows (its files, in order) are in canonical line order (DATA.md §1.6).
        Comparator<OrderLine> canonical = Comparator.comparing(OrderLine::orderTime)
                .thenComparing(OrderLine::orderId).thenComparing(OrderLine::productKey);
        for (String store : stores) {
            assertThat(sink.rows.stream().filter(l -> l.storeName().equals(store)).toList())
                    .isSortedAccordingTo(canonical);
        }
        assertThat(sink.files).allSatisfy(f -> assertThat(f.lastDate()).isEqualTo(parameters.endDate()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expected(GenerationResult result, String store) {
        return (Map<String, Object>) ((Map<String, Object>) result.manifest().get("expected")).get(store);
    }
}
