package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DATA.md §5.1: changing a decoy parameter does not reshuffle the background. With the decoys switched off, the
 * rows are the same except the two test orders, the order of the below-cost bag (its bag line and the delivery fee
 * repair of that order) and the 库存 of the large bag's last line on Y.
 */
class DecoyIndependenceTest {

    @Test
    void switching_the_decoys_off_changes_only_the_decoy_rows() {
        GeneratorParameters base = GeneratorParameters.defaults().withStores(1).withOrdersPerStoreDay(150)
                .withSkusPerStore(300);
        NullSink with = new NullSink(true);
        NullSink without = new NullSink(true);
        GenerationResult result = new DatasetGenerator(base).generate(with);
        new DatasetGenerator(base.withDecoys(0, 0, 0)).generate(without);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> decoys = (List<Map<String, Object>>) result.manifest().get("decoys");
        List<String> testOrders = new ArrayList<>();
        String bagOrder = null;
        String stockoutOrder = null;
        String largeBag = null;
        for (Map<String, Object> decoy : decoys) {
            switch ((String) decoy.get("decoy")) {
                case "testOrder" -> testOrders.add((String) decoy.get("orderId"));
                case "consumableBelowCost" -> bagOrder = (String) decoy.get("orderId");
                default -> {
                    stockoutOrder = (String) decoy.get("orderId");
                    largeBag = (String) decoy.get("productKey");
                }
            }
        }
        assertThat(testOrders).hasSize(2);
        List<OrderLine> background = new ArrayList<>();
        for (OrderLine line : with.rows) {
            if (!testOrders.contains(line.orderId())) {
                background.add(line);
            }
        }
        assertThat(background).hasSameSizeAs(without.rows);
        int differing = 0;
        for (int i = 0; i < background.size(); i++) {
            OrderLine a = background.get(i);
            OrderLine b = without.rows.get(i);
            if (a.equals(b)) {
                continue;
            }
            differing++;
            boolean bag = a.orderId().equals(bagOrder);
            boolean stock = a.orderId().equals(stockoutOrder) && a.productKey().equals(largeBag)
                    && a.stock().signum() == 0;
            assertThat(bag || stock).as("row %d of order %s differs", i, a.orderId()).isTrue();
        }
        assertThat(differing).isPositive();
    }
}
