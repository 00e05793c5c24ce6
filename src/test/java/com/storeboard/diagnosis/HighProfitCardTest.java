package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.HighProfit;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HighProfitCardTest {

    private static Card card(List<OrderLine> lines) {
        return Engines.diagnose(lines).card("highProfit");
    }

    private static Card card(List<OrderLine> lines, Map<String, String> properties) {
        return Engines.diagnose(lines, DiagnosisProperties.of(properties), null).card("highProfit");
    }

    private static HighProfit.Headline headline(Card card) {
        return (HighProfit.Headline) card.headline();
    }

    private static List<HighProfit.Row> rows(Card card) {
        return card.rows().stream().map(HighProfit.Row.class::cast).toList();
    }

    /** One line of product {code}: quantity, 实收价格 per unit and 利润额 of the line. */
    private static LineBuilder sale(String order, String code, int qty, String price, String profit) {
        return line().order(order).product("商品" + code, code).qty(qty).prices(price, price, price)
                .cost(new BigDecimal(price).multiply(BigDecimal.valueOf(qty))
                        .subtract(new BigDecimal(profit)).toPlainString(), profit);
    }

    @Test
    void the_worked_example_is_all_good_because_no_product_sold_three_units() {
        Card card = card(WorkedExample.lines());

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.count()).isZero();
        assertThat(card.message()).isEqualTo("ℹ️ 昨日没有利润>0且销量≥3的商品");
        assertThat(card.action().label()).isEqualTo("查看趋势");
        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("¥0.00", "TOP 0 贡献利润"));
        assertThat(card.subInfo()).isEqualTo("0 个商品利润>0且销量≥3");
        assertThat(card.badges()).isEmpty();
        assertThat(headline(card).eligibleCount()).isZero();
        assertThat(headline(card).topProducts()).isEmpty();
        assertThat(card.series()).singleElement().satisfies(p -> {
            assertThat(p.count()).isZero();
            assertThat(p.amount().json()).isEqualByComparingTo("0.00");
        });
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 20), 1));
        assertThat(card.export().fileName()).isEqualTo("高利润商品清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("高利润商品");
    }

    @Test
    void variant_d_keeps_the_card_all_good() {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(WorkedExample.order3004("京东到家"));
        Snapshot snapshot = Engines.diagnose(lines);

        assertThat(snapshot.card("highProfit").count()).isZero();
        assertThat(snapshot.flags().hasHighlights()).isFalse();
    }

    @Test
    void variant_d_prime_ranks_the_cola_with_three_units_and_a_profit_of_2_60() {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(WorkedExample.order3004("闪购小程序"));
        Snapshot snapshot = Engines.diagnose(lines);
        Card card = snapshot.card("highProfit");
        HighProfit.Headline h = headline(card);

        // 可口可乐330ml: qty 2 + 1 = 3; revenue 2 × 2.50 + 3.00 = 8.00; profit 1.40 + 1.20 = 2.60; margin 2.60 ÷ 8.00 = 0.325
        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(1);
        HighProfit.Row row = rows(card).get(0);
        assertThat(row.rank()).isEqualTo(1);
        assertThat(row.rankIcon()).isEqualTo("🥇");
        assertThat(row.product().productName()).isEqualTo("可口可乐330ml");
        assertThat(row.qty()).isEqualTo(3);
        assertThat(row.revenue().json()).isEqualByComparingTo("8.00");
        assertThat(row.profit().json()).isEqualByComparingTo("2.60");
        assertThat(row.marginRatio().json()).isEqualByComparingTo("0.3250");
        // 饿了么 2 units, 闪购小程序 1
        assertThat(row.mainChannel()).isEqualTo("饿了么");
        assertThat(h.count()).isEqualTo(1);
        assertThat(h.eligibleCount()).isEqualTo(1);
        assertThat(h.totalProfit().json()).isEqualByComparingTo("2.60");
        assertThat(h.totalRevenue().json()).isEqualByComparingTo("8.00");
        assertThat(h.topProducts()).singleElement().satisfies(t -> {
            assertThat(t.productKey()).isEqualTo("C:100101");
            assertThat(t.productName()).isEqualTo("可口可乐330ml");
            assertThat(t.profit().json()).isEqualByComparingTo("2.60");
            assertThat(t.marginRatio().json()).isEqualByComparingTo("0.3250");
            assertThat(t.qty()).isEqualTo(3);
        });
        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("¥2.60", "TOP 1 贡献利润"));
        assertThat(card.subInfo()).isEqualTo("1 个商品利润>0且销量≥3");
        assertThat(card.badges()).containsExactly(new Card.Badge("🥇 可口可乐330ml ¥2.60", "green"));
        assertThat(card.action().label()).isEqualTo("查看榜单");
        assertThat(card.message()).isNull();
        assertThat(card.series()).singleElement().satisfies(p -> {
            assertThat(p.count()).isEqualTo(1);
            assertThat(p.amount().json()).isEqualByComparingTo("2.60");
        });
        assertThat(snapshot.flags()).isEqualTo(new Snapshot.Flags(true, false, true, false));
        assertThat(SnapshotJson.write(snapshot)).contains("{\"rank\":1,\"rankIcon\":\"🥇\",\"storeName\":\"示例便利店（滨江店）\","
                + "\"productKey\":\"C:100101\",\"productName\":\"可口可乐330ml\"");
    }

    @Test
    void a_product_is_eligible_only_with_profit_strictly_above_the_minimum_and_at_least_the_minimum_quantity() {
        List<OrderLine> lines = List.of(
                sale("1", "zeroProfit", 3, "2.00", "0.00").build(),
                sale("2", "tinyProfit", 3, "2.00", "0.0001").build(),
                sale("3", "loss", 3, "2.00", "-1.00").build(),
                sale("4", "twoUnits", 2, "2.00", "1.00").build(),
                sale("5", "threeUnits", 3, "2.00", "1.00").build());
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:threeUnits", "C:tinyProfit");
        assertThat(headline(card).eligibleCount()).isEqualTo(2);
    }

    @Test
    void the_minimums_are_configurable_and_the_texts_render_the_minimum_quantity() {
        List<OrderLine> lines = List.of(
                sale("1", "atMin", 5, "2.00", "1.00").build(),
                sale("2", "aboveMin", 5, "2.00", "1.0001").build(),
                sale("3", "fewUnits", 4, "2.00", "5.00").build());
        Card card = card(lines, Map.of("high-profit.min-profit", "1.00", "high-profit.min-qty", "5"));

        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:aboveMin");
        assertThat(card.subInfo()).isEqualTo("1 个商品利润>0且销量≥5");
        Card none = card(List.of(sale("1", "A", 4, "2.00", "1.00").build()), Map.of("high-profit.min-qty", "5"));
        assertThat(none.message()).isEqualTo("ℹ️ 昨日没有利润>0且销量≥5的商品");
    }

    @Test
    void the_items_are_the_top_ten_by_profit_then_quantity_then_store_and_product_key() {
        List<OrderLine> lines = new ArrayList<>();
        // P01 … P12 with profits 12.00 … 1.00 and 3 units each
        for (int i = 1; i <= 12; i++) {
            String code = String.format("P%02d", i);
            lines.add(sale("o" + i, code, 3, "10.00", (13 - i) + ".00").build());
        }
        // ties with P02 (11.00): more units first, then store and key
        lines.add(sale("t1", "Q", 4, "10.00", "11.00").build());
        lines.add(sale("t2", "A", 3, "10.00", "11.00").store("阿店").build());
        Card card = card(lines);
        HighProfit.Headline h = headline(card);

        assertThat(card.count()).isEqualTo(10);
        assertThat(h.count()).isEqualTo(10);
        assertThat(h.eligibleCount()).isEqualTo(14);
        assertThat(card.rows()).hasSize(10);
        assertThat(card.totalRows()).isEqualTo(10);
        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:P01", "C:Q", "C:P02", "C:A",
                "C:P03", "C:P04", "C:P05", "C:P06", "C:P07", "C:P08");
        assertThat(rows(card)).extracting(HighProfit.Row::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rows(card)).extracting(HighProfit.Row::rankIcon).containsExactly("🥇", "🥈", "🥉", "⭐", "⭐", "⭐", "⭐", "⭐",
                "⭐", "⭐");
        // 12 + 11 + 11 + 11 + 10 + 9 + 8 + 7 + 6 + 5 = 90.00 over the items only
        assertThat(h.totalProfit().json()).isEqualByComparingTo("90.00");
        // 3 × 10.00 × 9 + 4 × 10.00
        assertThat(h.totalRevenue().json()).isEqualByComparingTo("310.00");
        assertThat(h.topProducts()).extracting(HighProfit.TopProduct::productKey).containsExactly("C:P01", "C:Q", "C:P02", "C:A",
                "C:P03");
        assertThat(card.badges()).containsExactly(new Card.Badge("🥇 商品P01 ¥12.00", "green"),
                new Card.Badge("🥈 商品Q ¥11.00", "green"));
        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("¥90.00", "TOP 10 贡献利润"));
        assertThat(card.subInfo()).isEqualTo("14 个商品利润>0且销量≥3");
        // the series counts every eligible product, uncapped: 14 with Σ profit 78 + 22 = 100.00
        assertThat(card.series()).singleElement().satisfies(p -> {
            assertThat(p.count()).isEqualTo(14);
            assertThat(p.amount().json()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void the_list_sizes_are_configurable() {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add(sale("o" + i, "P" + i, 3, "10.00", (10 - i) + ".00").build());
        }
        Card card = card(lines, Map.of("high-profit.top-n", "4", "high-profit.top-products", "2", "high-profit.badges", "3"));

        assertThat(card.count()).isEqualTo(4);
        assertThat(headline(card).topProducts()).hasSize(2);
        assertThat(card.badges()).extracting(Card.Badge::text).containsExactly("🥇 商品P1 ¥9.00", "🥈 商品P2 ¥8.00",
                "🥉 商品P3 ¥7.00");
    }

    @Test
    void profit_and_quantity_add_up_over_the_day_lines_of_valid_orders_and_consumables_never_rank() {
        List<OrderLine> lines = List.of(
                sale("1", "A", 2, "3.00", "1.00").build(),
                sale("2", "A", 1, "3.00", "0.50").build(),
                // an invalid order: would give A a fourth unit
                sale("3", "A", 1, "3.00", "0.50").channel("饿了么").fee("0.00").build(),
                // the day before: not on Y
                sale("4", "A", 5, "3.00", "9.00").at("2025-12-19 10:00:00").build(),
                sale("5", "bag", 10, "0.50", "2.00").category("耗材").build());
        Card card = card(lines);

        assertThat(rows(card)).singleElement().satisfies(r -> {
            assertThat(r.qty()).isEqualTo(3);
            assertThat(r.profit().json()).isEqualByComparingTo("1.50");
            assertThat(r.revenue().json()).isEqualByComparingTo("9.00");
        });
        // 12-19: A (5 units, 9.00); 12-20: A
        assertThat(card.series()).extracting(Card.SeriesPoint::count).containsExactly(1, 1);
        assertThat(card.series()).extracting(p -> p.amount().json().toPlainString()).containsExactly("9.00", "1.50");
    }

    @Test
    void a_product_with_profit_but_no_revenue_has_no_margin() {
        List<OrderLine> lines = List.of(line().order("1").product("赠品", "G").qty(3).prices("0.00", "0.00", "0.00")
                .cost("0.00", "1.00").build());
        HighProfit.Row row = rows(card(lines)).get(0);

        assertThat(row.marginRatio()).isNull();
        assertThat(row.revenue().json()).isEqualByComparingTo("0.00");
    }
}
