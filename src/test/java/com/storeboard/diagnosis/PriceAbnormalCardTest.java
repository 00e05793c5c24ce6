package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.PriceAbnormal;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceAbnormalCardTest {

    private static Card card(List<OrderLine> lines) {
        return Engines.diagnose(lines).card("priceAbnormal");
    }

    private static PriceAbnormal.Headline headline(Card card) {
        return (PriceAbnormal.Headline) card.headline();
    }

    private static List<PriceAbnormal.Row> rows(Card card) {
        return card.rows().stream().map(PriceAbnormal.Row.class::cast).toList();
    }

    /** A one-line order of product {code} on Y: quantity, 实收价格 (= 售价 = 原价), line cost. */
    private static LineBuilder sale(String order, String code, int qty, String received, String lineCost) {
        return line().order(order).product("商品" + code, code).qty(qty).prices(received, received, received).cost(lineCost, null);
    }

    @Test
    void the_worked_example_flags_the_chips_as_a_mild_loss_of_0_30() {
        Card card = card(WorkedExample.lines());
        PriceAbnormal.Headline h = headline(card);

        // 乐事: 实收 3.90 < unit cost 4.20 ÷ 1; 3.90 ≥ 0.80 × 4.20 = 3.36 → 轻度亏损. 购物袋 is a consumable
        // (0.50 > 0.20 anyway); lines 7–8 have no cost (unit cost 0); every other line is above cost.
        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(1);
        PriceAbnormal.Row row = rows(card).get(0);
        assertThat(row.product().productName()).isEqualTo("乐事薯片原味70g");
        assertThat(row.product().productKey()).isEqualTo("C:100205");
        assertThat(row.level()).isEqualTo("轻度亏损");
        assertThat(row.unitCost().json()).isEqualByComparingTo("4.20");
        assertThat(row.avgReceivedPrice().json()).isEqualByComparingTo("3.90");
        assertThat(row.lossAmount().json()).isEqualByComparingTo("0.30");
        assertThat(row.unitLoss().json()).isEqualByComparingTo("0.30");
        assertThat(row.maxOriginalPrice().json()).isEqualByComparingTo("7.90");
        // (7.90 − 4.20) ÷ 7.90 = 0.46835…; (3.90 − 4.20) ÷ 3.90 = −0.07692…
        assertThat(row.pricingMarginRatio().json()).isEqualByComparingTo("0.4684");
        assertThat(row.receivedMarginRatio().json()).isEqualByComparingTo("-0.0769");
        assertThat(row.quantity()).isEqualTo(1);
        assertThat(row.lineCount()).isEqualTo(1);
        assertThat(row.mainChannel()).isEqualTo("饿了么");
        assertThat(h.count()).isEqualTo(1);
        assertThat(h.severeCount()).isZero();
        assertThat(h.mildCount()).isEqualTo(1);
        assertThat(h.lossTotal().json()).isEqualByComparingTo("0.30");
        assertThat(h.topProducts()).containsExactly("乐事薯片原味70g");
    }

    @Test
    void the_worked_example_face_series_and_export() {
        Card card = card(WorkedExample.lines());

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("1", "个商品成交价低于成本"));
        assertThat(card.subInfo()).isEqualTo("预估损失 ¥0.30");
        assertThat(card.badges()).containsExactly(new Card.Badge("轻度 1", "orange"));
        assertThat(card.extraInfo()).isEqualTo("损失最大：乐事薯片原味70g（¥0.30）");
        assertThat(card.action().label()).isEqualTo("立即处理");
        assertThat(card.trend()).isNull();
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 20), 1));
        assertThat(card.series()).singleElement().satisfies(p -> {
            assertThat(p.count()).isEqualTo(1);
            assertThat(p.amount().json()).isEqualByComparingTo("0.30");
        });
        assertThat(card.export().fileName()).isEqualTo("价格异常商品清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("价格异常");
        assertThat(SnapshotJson.write(Engines.diagnose(WorkedExample.lines())))
                .contains("\"pricingMarginRatio\":0.4684,\"receivedMarginRatio\":-0.0769,\"unitLoss\":0.30,\"lossAmount\":0.30");
    }

    @Test
    void variants_d_and_d_prime_leave_the_card_unchanged() {
        for (String channel : List.of("京东到家", "闪购小程序")) {
            List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
            lines.add(WorkedExample.order3004(channel));
            Card card = card(lines);

            // 3004's 可乐 line: 实收 3.00 ≥ unit cost 1.80
            assertThat(card.count()).as(channel).isEqualTo(1);
            assertThat(headline(card).lossTotal().json()).isEqualByComparingTo("0.30");
        }
    }

    @Test
    void a_line_is_abnormal_only_with_quantity_price_and_cost_above_zero_and_the_price_strictly_below_unit_cost() {
        List<OrderLine> lines = List.of(
                sale("1", "zeroQty", 0, "3.00", "8.00").build(),
                sale("2", "zeroPrice", 2, "0.00", "8.00").build(),
                sale("3", "zeroCost", 2, "3.00", "0.00").build(),
                sale("4", "noCost", 2, "3.00", null).build(),
                // unit cost 6.00 ÷ 2 = 3.00 = price
                sale("5", "atCost", 2, "3.00", "6.00").build(),
                // 2.9999 × 2 = 5.9998 < 6.00
                sale("6", "below", 2, "2.9999", "6.00").build());
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:below");
        assertThat(rows(card).get(0).lossAmount().value()).isEqualByComparingTo("0.0002");
        assertThat(rows(card).get(0).unitLoss().value()).isEqualByComparingTo("0.0001");
    }

    @Test
    void the_level_is_severe_only_when_the_price_is_strictly_below_the_severe_ratio_of_unit_cost() {
        List<OrderLine> lines = List.of(
                // unit cost 5.00; 0.80 × 5.00 = 4.00
                sale("1", "at", 1, "4.00", "5.00").build(),
                sale("2", "below", 1, "3.9999", "5.00").build());
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + ":" + r.level()).containsExactly("C:below:严重亏损",
                "C:at:轻度亏损");
        assertThat(card.badges()).containsExactly(new Card.Badge("严重 1", "red"), new Card.Badge("轻度 1", "orange"));
        assertThat(headline(card).severeCount()).isEqualTo(1);
        assertThat(headline(card).mildCount()).isEqualTo(1);

        Card configured = Engines.diagnose(lines, DiagnosisProperties.of(Map.of("price-abnormal.severe-price-ratio", "0.50")),
                null).card("priceAbnormal");
        assertThat(rows(configured)).extracting(PriceAbnormal.Row::level).containsOnly("轻度亏损");
        assertThat(configured.badges()).containsExactly(new Card.Badge("轻度 2", "orange"));
    }

    @Test
    void a_product_counts_once_and_its_values_run_over_its_abnormal_lines_only() {
        List<OrderLine> lines = List.of(
                // abnormal: 2 × 3.00 = 6.00 < 8.00 (unit cost 4.00), 原价 5.00
                line().order("1").channel("饿了么").product("可乐", "P").qty(2).prices("5.00", "3.00", "3.00").cost("8.00", null)
                        .build(),
                // abnormal: 3.50 < 4.00, 原价 5.50
                line().order("2").channel("美团闪购").product("可乐", "P").qty(1).prices("5.50", "3.50", "3.50").cost("4.00", null)
                        .build(),
                // normal: 6.00 > 4.00, 原价 9.00: left out of every value
                line().order("3").channel("美团闪购").product("可乐", "P").qty(1).prices("9.00", "6.00", "6.00").cost("4.00", null)
                        .build());
        Card card = card(lines);
        PriceAbnormal.Row row = rows(card).get(0);

        assertThat(card.count()).isEqualTo(1);
        assertThat(row.lineCount()).isEqualTo(2);
        assertThat(row.quantity()).isEqualTo(3);
        // loss (8.00 − 6.00) + (4.00 − 3.50) = 2.50; mean received 9.50 ÷ 3 = 3.1666…; unit cost 12.00 ÷ 3 = 4.00
        assertThat(row.lossAmount().json()).isEqualByComparingTo("2.50");
        assertThat(row.avgReceivedPrice().json()).isEqualByComparingTo("3.17");
        assertThat(row.unitCost().json()).isEqualByComparingTo("4.00");
        // 4.00 − 3.1666666667 = 0.8333333333
        assertThat(row.unitLoss().value()).isEqualByComparingTo("0.8333333333");
        assertThat(row.unitLoss().json()).isEqualByComparingTo("0.83");
        assertThat(row.maxOriginalPrice().json()).isEqualByComparingTo("5.50");
        // 3.1666… < 0.80 × 4.00 = 3.20
        assertThat(row.level()).isEqualTo("严重亏损");
        // (5.50 − 4.00) ÷ 5.50 = 0.2727…; (3.1666666667 − 4.00) ÷ 3.1666666667 = −0.26315…
        assertThat(row.pricingMarginRatio().json()).isEqualByComparingTo("0.2727");
        assertThat(row.receivedMarginRatio().json()).isEqualByComparingTo("-0.2632");
        // abnormal quantity: 饿了么 2, 美团闪购 1
        assertThat(row.mainChannel()).isEqualTo("饿了么");
    }

    @Test
    void the_main_channel_ties_go_to_more_lines_then_to_the_smaller_name() {
        List<OrderLine> byLines = List.of(
                sale("1", "P", 2, "1.00", "5.00").channel("饿了么").build(),
                sale("2", "P", 1, "1.00", "5.00").channel("美团闪购").build(),
                sale("3", "P", 1, "1.00", "5.00").channel("美团闪购").build());
        assertThat(rows(card(byLines)).get(0).mainChannel()).isEqualTo("美团闪购");

        List<OrderLine> byName = List.of(
                sale("1", "P", 1, "1.00", "5.00").channel("饿了么").build(),
                sale("2", "P", 1, "1.00", "5.00").channel("美团闪购").build());
        // 美 U+7F8E before 饿 U+997F
        assertThat(rows(card(byName)).get(0).mainChannel()).isEqualTo("美团闪购");
    }

    @Test
    void rows_are_sorted_by_loss_descending_then_store_and_product_key_and_the_headline_names_the_first_five() {
        List<OrderLine> lines = List.of(
                sale("1", "B", 1, "1.00", "2.00").build(),
                sale("2", "A", 1, "1.00", "2.00").build(),
                sale("3", "C", 1, "1.00", "5.00").build(),
                sale("4", "D", 1, "1.00", "1.50").build(),
                sale("5", "E", 1, "1.00", "1.20").build(),
                sale("6", "F", 1, "1.00", "1.10").build(),
                sale("7", "A", 1, "1.00", "2.00").store("阿店").build());
        Card card = card(lines);

        // losses: C 4.00; A, B, 阿店/A 1.00; D 0.50; E 0.20; F 0.10
        assertThat(rows(card)).extracting(r -> r.product().storeName().substring(0, 1) + r.product().productKey())
                .containsExactly("示C:C", "示C:A", "示C:B", "阿C:A", "示C:D", "示C:E", "示C:F");
        assertThat(headline(card).topProducts()).containsExactly("商品C", "商品A", "商品B", "商品A", "商品D");
        assertThat(headline(card).lossTotal().json()).isEqualByComparingTo("7.80");
        assertThat(card.extraInfo()).isEqualTo("损失最大：商品C（¥4.00）");
    }

    @Test
    void the_number_of_names_in_the_headline_is_configurable() {
        List<OrderLine> lines = List.of(sale("1", "A", 1, "1.00", "3.00").build(), sale("2", "B", 1, "1.00", "2.00").build());
        Card card = Engines.diagnose(lines, DiagnosisProperties.of(Map.of("price-abnormal.top-products", "1")), null)
                .card("priceAbnormal");

        assertThat(headline(card).topProducts()).containsExactly("商品A");
        assertThat(card.count()).isEqualTo(2);
    }

    @Test
    void consumables_invalid_orders_and_other_days_are_left_out() {
        List<OrderLine> lines = List.of(
                sale("1", "bag", 1, "0.05", "0.08").category("耗材").build(),
                sale("2", "test", 1, "1.00", "5.00").channel("饿了么").fee("0.00").build(),
                sale("3", "yesterday", 1, "1.00", "5.00").at("2025-12-19 10:00:00").build(),
                sale("4", "ok", 1, "1.00", "5.00").build());
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:ok");
        // the day before: only "yesterday" (the bag is a consumable, the test order is invalid)
        assertThat(card.series()).extracting(Card.SeriesPoint::count).containsExactly(1, 1);
        assertThat(card.series()).extracting(p -> p.amount().json().toPlainString()).containsExactly("4.00", "4.00");
    }

    @Test
    void the_series_counts_distinct_products_per_day_and_sums_their_losses() {
        List<OrderLine> lines = List.of(
                sale("1", "A", 1, "1.00", "2.00").at("2025-12-18 10:00:00").build(),
                sale("2", "A", 1, "1.00", "3.00").at("2025-12-18 11:00:00").build(),
                sale("3", "B", 1, "1.00", "1.50").at("2025-12-18 12:00:00").build(),
                sale("4", "A", 1, "2.00", "1.00").at("2025-12-19 12:00:00").build(),
                sale("5", "C", 2, "1.00", "2.50").build());
        Card card = card(lines);

        assertThat(card.series()).extracting(Card.SeriesPoint::date).containsExactly(LocalDate.of(2025, 12, 18),
                LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 20));
        // 12-18: A twice (1.00 + 2.00) and B 0.50 → 2 products, 3.50; 12-19: none; 12-20: C 0.50
        assertThat(card.series()).extracting(Card.SeriesPoint::count).containsExactly(2, 0, 1);
        assertThat(card.series()).extracting(p -> p.amount().json().toPlainString()).containsExactly("3.50", "0.00", "0.50");
    }

    @Test
    void rows_show_the_product_latest_name() {
        List<OrderLine> lines = List.of(
                sale("1", "A", 1, "1.00", "2.00").product("旧名", "A").at("2025-12-20 09:00:00").build(),
                sale("2", "A", 1, "3.00", "2.00").product("新名", "A").at("2025-12-20 10:00:00").build());

        assertThat(rows(card(lines)).get(0).product().productName()).isEqualTo("新名");
    }

    @Test
    void without_items_the_card_is_all_good_with_its_message_and_action() {
        Card card = card(List.of(sale("1", "A", 1, "3.00", "2.00").build()));

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.count()).isZero();
        assertThat(card.message()).isEqualTo("✅ 昨日没有低于成本的成交价");
        assertThat(card.action().label()).isEqualTo("查看趋势");
        assertThat(card.subInfo()).isEqualTo("预估损失 ¥0.00");
        assertThat(card.badges()).isEmpty();
        assertThat(card.extraInfo()).isNull();
        assertThat(headline(card).topProducts()).isEmpty();
        assertThat(card.series()).singleElement().satisfies(p -> assertThat(p.count()).isZero());
    }
}
