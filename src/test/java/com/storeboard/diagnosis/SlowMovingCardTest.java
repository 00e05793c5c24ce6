package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.SlowMoving;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlowMovingCardTest {

    private static final String ID = "slowMoving";

    private static List<SlowMoving.Row> rows(Card card) {
        return card.rows().stream().map(SlowMoving.Row.class::cast).toList();
    }

    private static SlowMoving.Headline headline(Card card) {
        return (SlowMoving.Headline) card.headline();
    }

    /** Last sales 3, 7 and 15 days before Y with stock left, and every near miss. */
    private static Sales scope() {
        Sales sales = new Sales()
                // unit cost (4.00 + 2.50) ÷ 3 = 2.1666666667; 积压成本 10 × that = 21.666666667
                .sell(10, "新增", "1", b -> b.qty(2).cost("4.00", "-2.00").stock("12"))
                .sell(3, "新增", "1", b -> b.qty(1).cost("2.50", "-1.50").stock("10"))
                // 30 × 1.00 = 30.00
                .sell(3, "新增二", "4", b -> b.qty(1).cost("1.00", "0.00").stock("30"))
                // 4 × 3.00 = 12.00
                .sell(7, "持续", "2", b -> b.qty(1).cost("3.00", "-2.00").stock("4"))
                // 2.5 × 8.00 = 20.00
                .sell(15, "严重", "3", b -> b.qty(1).cost("8.00", "-7.00").stock("2.5"))
                // stock zero, negative or unknown
                .sell(3, "无库存", "20", b -> b.qty(1).stock("0"))
                .sell(3, "负库存", "21", b -> b.qty(1).stock("-1"))
                .sell(3, "未知库存", "22", 1)
                .sell(0, "昨日售", "23", b -> b.qty(1).stock("9"));
        int[] nearMisses = {2, 4, 6, 8, 14, 16};
        for (int days : nearMisses) {
            sales.sell(days, days + "天", "1" + days, b -> b.qty(1).stock("5"));
        }
        return sales;
    }

    @Test
    void the_worked_example_is_all_good_because_everything_sold_on_y() {
        Snapshot snapshot = Engines.diagnose(WorkedExample.lines());
        Card card = snapshot.card(ID);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.count()).isZero();
        assertThat(card.message()).isEqualTo("✅ 今天没有新进入滞销状态的商品");
        assertThat(card.action().label()).isEqualTo("查看说明");
        assertThat(card.minSpanDays()).isEqualTo(1);
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 10, 22), Sales.Y, 60));
        assertThat(snapshot.flags().hasWatch()).isFalse();
    }

    @Test
    void the_worked_example_variants_with_order_3004_stay_all_good() {
        for (String channel : List.of("京东到家", "闪购小程序")) {
            List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
            lines.add(WorkedExample.order3004(channel));

            Snapshot snapshot = Engines.diagnose(lines);

            assertThat(snapshot.card(ID).state()).isEqualTo(Card.State.ALL_GOOD);
            assertThat(snapshot.flags().hasWatch()).isFalse();
        }
    }

    @Test
    void a_product_with_stock_whose_last_sale_was_exactly_3_7_or_15_days_ago_is_an_item() {
        Card card = scope().card(ID, 20);

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(4);
        // 严重 → 持续 → 新增, then 积压成本 descending (30.00 before 21.67)
        assertThat(rows(card)).extracting(r -> r.product().productName() + " " + r.level())
                .containsExactly("严重 🔴严重滞销", "持续 ⚠️持续滞销", "新增二 🆕新增风险", "新增 🆕新增风险");
    }

    @Test
    void the_rows_carry_the_last_sale_the_stock_and_its_cost() {
        List<SlowMoving.Row> rows = rows(scope().card(ID, 20));
        SlowMoving.Row fresh = rows.get(3);
        SlowMoving.Row severe = rows.get(0);

        assertThat(fresh.product().productKey()).isEqualTo("C:1");
        assertThat(fresh.lastSaleDate()).isEqualTo(LocalDate.of(2025, 12, 17));
        assertThat(fresh.daysWithoutSale()).isEqualTo(3);
        assertThat(fresh.stock().json()).isEqualByComparingTo("10");
        assertThat(fresh.unitCost().value()).isEqualByComparingTo("2.1666666667");
        assertThat(fresh.unitCost().json()).isEqualByComparingTo("2.17");
        assertThat(fresh.stockCost().json()).isEqualByComparingTo("21.67");
        assertThat(severe.lastSaleDate()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(severe.daysWithoutSale()).isEqualTo(15);
        assertThat(severe.stock().json()).isEqualByComparingTo("2.5");
        assertThat(severe.stockCost().json()).isEqualByComparingTo("20.00");
    }

    @Test
    void the_headline_counts_and_costs_each_level() {
        SlowMoving.Headline h = headline(scope().card(ID, 20));

        assertThat(h.count()).isEqualTo(4);
        assertThat(h.newCount()).isEqualTo(2);
        assertThat(h.ongoingCount()).isEqualTo(1);
        assertThat(h.severeCount()).isEqualTo(1);
        // 30.00 + 21.666666667 + 12.00 + 20.00
        assertThat(h.costTotal().json()).isEqualByComparingTo("83.67");
        assertThat(h.newCost().json()).isEqualByComparingTo("51.67");
        assertThat(h.ongoingCost().json()).isEqualByComparingTo("12.00");
        assertThat(h.severeCost().json()).isEqualByComparingTo("20.00");
        assertThat(h.newProducts()).containsExactly("新增二", "新增");
    }

    @Test
    void the_face_shows_the_stock_cost_and_a_badge_per_non_empty_level() {
        Card card = scope().card(ID, 20);

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("4", "个商品进入滞销"));
        assertThat(card.subInfo()).isEqualTo("积压成本 ¥83.67");
        assertThat(card.badges()).containsExactly(new Card.Badge("新增 2", "yellow"), new Card.Badge("持续 1", "orange"),
                new Card.Badge("严重 1", "red"));
        assertThat(card.action().label()).isEqualTo("导出清单");
        assertThat(card.export().fileName()).isEqualTo("滞销商品清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("滞销清单");
    }

    @Test
    void empty_levels_have_no_badge() {
        Sales sales = new Sales().sell(7, "持续", "2", b -> b.qty(1).stock("4")).sell(0, "昨日售", "23", 1);

        assertThat(sales.card(ID, 8).badges()).containsExactly(new Card.Badge("持续 1", "orange"));
    }

    @Test
    void the_stock_is_the_latest_known_stock_in_the_horizon_not_that_of_the_last_sale() {
        Sales sales = new Sales()
                // last sale Y−3 without stock; the known stock 6 is on Y−5
                .sell(5, "旧库存", "1", b -> b.qty(1).stock("6"))
                .sell(3, "旧库存", "1", 1)
                // last sale Y−7; a later line without sale shows stock 0 → out of stock, not slow
                .sell(7, "已清空", "2", b -> b.qty(1).stock("5"))
                .sell(1, "已清空", "2", b -> b.qty(0).stock("0"))
                // last sale Y−7 left 0; a later line without sale shows a restock of 5
                .sell(7, "补货后", "3", b -> b.qty(1).stock("0"))
                .sell(1, "补货后", "3", b -> b.qty(0).stock("5"))
                .sell(0, "昨日售", "23", 1);

        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().productName() + " " + r.daysWithoutSale() + " "
                + r.stock().json().toPlainString()).containsExactly("补货后 7 5", "旧库存 3 6");
    }

    @Test
    void the_day_counts_follow_the_configuration() {
        Card card = scope().card(ID, 20, Map.of("slow-moving.new-days", "2", "slow-moving.card-product-names", "1"));

        // Y−2 now enters 新增; Y−3 no longer does
        assertThat(rows(card)).extracting(r -> r.product().productName())
                .containsExactly("严重", "持续", "2天");
        assertThat(headline(card).newProducts()).containsExactly("2天");
    }

    @Test
    void the_names_of_new_products_stop_at_the_configured_number() {
        Card card = scope().card(ID, 20, Map.of("slow-moving.card-product-names", "1"));

        assertThat(headline(card).newProducts()).containsExactly("新增二");
        assertThat(headline(card).newCount()).isEqualTo(2);
    }

    @Test
    void consumables_and_invalid_orders_are_invisible() {
        Sales sales = new Sales()
                .sell(3, "袋", "1", b -> b.category("耗材").qty(1).stock("10"))
                .sell(3, "测试单", "2", b -> b.qty(1).stock("8"))
                .sell(1, "测试单", "2", b -> b.channel("京东到家").fee("0.00").qty(1).stock("7"))
                .sell(0, "昨日售", "23", 1);

        // 测试单's sale on Y−1 is a test order: its last sale stays Y−3 with stock 8
        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().productName() + " " + r.stock().json())
                .containsExactly("测试单 8");
    }

    @Test
    void ties_in_level_and_cost_go_to_the_store_then_the_product_key() {
        Sales sales = new Sales()
                .sell(3, "乙", "2", b -> b.store("B店").qty(1).cost("1.00", "0.00").stock("5"))
                .sell(3, "甲", "1", b -> b.store("B店").qty(1).cost("1.00", "0.00").stock("5"))
                .sell(3, "甲", "1", b -> b.store("A店").qty(1).cost("1.00", "0.00").stock("5"))
                .sell(0, "昨日售", "23", b -> b.store("A店").qty(1));

        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().storeName() + " " + r.product().productKey())
                .containsExactly("A店 C:1", "B店 C:1", "B店 C:2");
    }

    @Test
    void the_json_writes_dates_stock_and_money() {
        String json = SnapshotJson.write(Engines.diagnose(scope().lines(), DiagnosisProperties.defaults(), Sales.Y.minusDays(19)));

        assertThat(json).contains("\"level\":\"🔴严重滞销\",\"lastSaleDate\":\"2025-12-05\",\"daysWithoutSale\":15,\"stock\":2.5,"
                + "\"unitCost\":8.00,\"stockCost\":20.00");
    }
}
