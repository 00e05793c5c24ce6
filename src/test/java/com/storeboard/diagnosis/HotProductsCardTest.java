package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.HotProducts;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotProductsCardTest {

    private static final LocalDate Y = LocalDate.of(2025, 12, 20);

    private static Card card(List<OrderLine> lines) {
        return Engines.diagnose(lines).card("hotProducts");
    }

    private static Card card(List<OrderLine> lines, Map<String, String> properties) {
        return Engines.diagnose(lines, DiagnosisProperties.of(properties), null).card("hotProducts");
    }

    private static HotProducts.Headline headline(Card card) {
        return (HotProducts.Headline) card.headline();
    }

    private static List<HotProducts.Row> rows(Card card) {
        return card.rows().stream().map(HotProducts.Row.class::cast).toList();
    }

    /**
     * Daily sales of product {code}, the last quantity on Y, the one before on D and so on (0 = no line). Each
     * unit sells at 2.00 with a profit of 0.50.
     */
    private static List<OrderLine> sales(String code, int... qtyUpToY) {
        return sales("示例便利店（滨江店）", code, qtyUpToY);
    }

    private static List<OrderLine> sales(String store, String code, int... qtyUpToY) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < qtyUpToY.length; i++) {
            int q = qtyUpToY[i];
            if (q == 0) {
                continue;
            }
            LocalDate date = Y.minusDays(qtyUpToY.length - 1 - i);
            lines.add(line().store(store).order(code + "-" + date).at(date.atTime(10, 0)).product("商品" + code, code).qty(q)
                    .prices("2.00", "2.00", "2.00").cost(new BigDecimal("1.50").multiply(BigDecimal.valueOf(q)).toPlainString(), null)
                    .build());
        }
        return lines;
    }

    private static List<OrderLine> all(List<List<OrderLine>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void the_worked_example_has_one_day_which_is_not_enough() {
        Card card = card(WorkedExample.lines());

        assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(card.message()).isEqualTo("数据不足：需要至少2天数据（当前1天）");
        assertThat(card.minSpanDays()).isEqualTo(2);
        assertThat(card.count()).isZero();
        assertThat(card.window()).isEqualTo(new Card.Window(Y.minusDays(1), Y, 2));
    }

    @Test
    void two_days_of_span_are_enough_even_when_the_earlier_day_is_only_stored_data() {
        // the store's data begin on D, but D has no sale of this product: a new burst
        Card card = Engines.diagnose(sales("A", 12), DiagnosisProperties.defaults(), Y.minusDays(1)).card("hotProducts");

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(rows(card)).singleElement().satisfies(r -> {
            assertThat(r.newBurst()).isTrue();
            assertThat(r.level()).isEqualTo("新爆发");
            assertThat(r.growthRatio()).isNull();
            assertThat(r.qtyD()).isZero();
            assertThat(r.consecutiveDays()).isZero();
        });
    }

    @Test
    void an_item_needs_the_minimum_quantity_on_y_and_growth_strictly_above_the_minimum() {
        List<OrderLine> lines = all(List.of(
                // growth 0.50 exactly: not above
                sales("at", 20, 30),
                // growth 11 ÷ 20 = 0.55
                sales("above", 20, 31),
                // growth 1.25 but only 9 units on Y
                sales("few", 4, 9),
                // 10 units, growth 1.50
                sales("ten", 4, 10),
                // new bursts: growth counts as 1.00; 9 units is not enough
                sales("burst9", 0, 9),
                sales("burst10", 0, 10)));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:burst10", "C:ten", "C:above");
    }

    @Test
    void a_new_burst_counts_as_growth_one_so_a_minimum_of_one_excludes_it() {
        List<OrderLine> lines = all(List.of(sales("burst", 0, 12), sales("base", 1, 1)));

        assertThat(card(lines, Map.of("hot-products.min-growth-ratio", "1.00")).count()).isZero();
        assertThat(card(lines, Map.of("hot-products.min-growth-ratio", "0.99")).count()).isEqualTo(1);
    }

    @Test
    void levels_follow_the_growth_thresholds_strictly() {
        List<OrderLine> lines = all(List.of(
                sales("g210", 10, 31),
                sales("g200", 10, 30),
                sales("g110", 10, 21),
                sales("g100", 10, 20),
                sales("g060", 10, 16)));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + ":" + r.level()).containsExactly("C:g210:超级爆款",
                "C:g200:热销", "C:g110:热销", "C:g100:增长", "C:g060:增长");
        assertThat(rows(card)).extracting(r -> r.growthRatio().json().toPlainString()).containsExactly("2.1000", "2.0000",
                "1.1000", "1.0000", "0.6000");
    }

    @Test
    void new_bursts_come_first_then_growth_then_quantity_then_store_and_product_key() {
        List<OrderLine> lines = all(List.of(
                sales("N1", 0, 12),
                sales("N2", 0, 15),
                sales("G1", 10, 31),
                sales("G2", 5, 16),
                sales("G3", 10, 20),
                sales("G4", 20, 40),
                sales("阿店", "G3", 10, 20)));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().storeName().substring(0, 1) + r.product().productKey())
                .containsExactly("示C:N2", "示C:N1", "示C:G2", "示C:G1", "示C:G4", "示C:G3", "阿C:G3");
        // the first three: two new bursts and a 超级爆款 (growth 11 ÷ 5 = 2.2)
        assertThat(card.badges()).containsExactly(new Card.Badge("商品N2 新爆发", "red"), new Card.Badge("商品N1 新爆发", "red"),
                new Card.Badge("商品G2 +220.0%", "red"));
    }

    @Test
    void consecutive_days_count_back_from_y_while_each_day_beats_a_selling_day_before() {
        List<OrderLine> lines = all(List.of(
                // Y−4 … Y: 2, 4, 6, 8, 13: 13 > 8 > 0, 8 > 6 > 0, 6 > 4 > 0, 4 > 2 > 0, then 2 > 0 (Y−5) fails → 4
                sales("run4", 2, 4, 6, 8, 13),
                // 10, 8, 13: 13 > 8 > 0, then 8 > 10 fails → 1
                sales("run1", 10, 8, 13),
                // nine rising days (growth 5 ÷ 8): capped at the look-back of 7
                sales("capped", 1, 2, 3, 4, 5, 6, 7, 8, 13),
                // 5, 5, 8, 13: 13 > 8, 8 > 5, then 5 > 5 fails → 2
                sales("flat", 5, 5, 8, 13)));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + ":" + r.consecutiveDays())
                .containsExactlyInAnyOrder("C:run4:4", "C:run1:1", "C:capped:7", "C:flat:2");
        assertThat(headline(card).sustainedCount()).isEqualTo(2);
        assertThat(card.extraInfo()).isEqualTo("🔥 2 个商品已连续增长≥3天");
    }

    @Test
    void the_lookback_and_the_sustained_days_are_configurable() {
        List<OrderLine> lines = sales("run4", 2, 4, 6, 8, 13);
        Card card = card(lines, Map.of("hot-products.consecutive-lookback-days", "3", "hot-products.sustained-days", "4"));

        assertThat(rows(card).get(0).consecutiveDays()).isEqualTo(3);
        assertThat(headline(card).sustainedCount()).isZero();
        assertThat(card.extraInfo()).isNull();
        // not sustained, not a new burst: growth 5 ÷ 8 = 62.5 %, level 增长 → orange
        assertThat(card.badges()).containsExactly(new Card.Badge("商品run4 +62.5%", "orange"));
    }

    @Test
    void the_headline_sums_every_item_and_the_lists_keep_their_sizes() {
        List<OrderLine> lines = new ArrayList<>();
        // six items; the sustained one (2, 4, 6, 8, 13: growth 5 ÷ 8 = 0.625, 4 rising days) is ranked last
        lines.addAll(sales("run", 2, 4, 6, 8, 13));
        // P1 … P5: 5 on D, 10 + i on Y: growth (5 + i) ÷ 5 = 1.2 … 2.0 (热销: 2.0 is not above 2.00)
        for (int i = 1; i <= 5; i++) {
            lines.addAll(sales("P" + i, 5, 10 + i));
        }
        Card card = card(lines);
        HotProducts.Headline h = headline(card);

        // qty 13 + 11 + 12 + 13 + 14 + 15 = 78; revenue 78 × 2.00; profit 78 × 0.50
        assertThat(h.count()).isEqualTo(6);
        assertThat(h.totalQty()).isEqualTo(78);
        assertThat(h.totalRevenue().json()).isEqualByComparingTo("156.00");
        assertThat(h.totalProfit().json()).isEqualByComparingTo("39.00");
        assertThat(h.sustainedCount()).as("counted over all items, not only the top ones").isEqualTo(1);
        assertThat(card.extraInfo()).isEqualTo("🔥 1 个商品已连续增长≥3天");
        assertThat(card.subInfo()).isEqualTo("昨日销量 78 件 · 利润 ¥39.00");
        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("6", "个商品销量爆发"));
        assertThat(card.action().label()).isEqualTo("查看爆款");
        assertThat(card.message()).isNull();
        assertThat(h.topProducts()).extracting(HotProducts.TopProduct::productKey).containsExactly("C:P5", "C:P4", "C:P3",
                "C:P2", "C:P1");
        HotProducts.TopProduct first = h.topProducts().get(0);
        assertThat(first.productName()).isEqualTo("商品P5");
        assertThat(first.qty()).isEqualTo(15);
        assertThat(first.growthRatio().json()).isEqualByComparingTo("2.0000");
        assertThat(first.newBurst()).isFalse();
        assertThat(first.consecutiveDays()).isEqualTo(1);
        assertThat(rows(card).get(0).level()).isEqualTo("热销");
        assertThat(card.badges()).extracting(Card.Badge::text).containsExactly("商品P5 +200.0%", "商品P4 +180.0%",
                "商品P3 +160.0%");
        assertThat(card.badges()).extracting(Card.Badge::color).containsExactly("orange", "orange", "orange");
    }

    @Test
    void a_sustained_item_shows_its_run_on_its_badge() {
        // 4, 6, 9, 14, 22: growth 8 ÷ 14 = 0.571…; run 4
        Card card = card(sales("run", 4, 6, 9, 14, 22));

        assertThat(card.badges()).containsExactly(new Card.Badge("商品run 🔥连涨4天", "orange"));
    }

    @Test
    void rows_carry_the_day_figures_and_the_main_channel_of_y() {
        List<OrderLine> lines = new ArrayList<>(sales("A", 5, 8));
        // 3 more units on Y on 饿了么 (profit 6.00 − 4.50 = 1.50)
        lines.add(line().order("x1").channel("饿了么").product("商品A", "A").qty(3).prices("2.00", "2.00", "2.00").cost("4.50", null)
                .build());
        HotProducts.Row row = rows(card(lines)).get(0);

        // Y: 8 (美团闪购) + 3 (饿了么) = 11; D: 5 → growth 6 ÷ 5 = 1.2 → 热销
        assertThat(row.qtyY()).isEqualTo(11);
        assertThat(row.qtyD()).isEqualTo(5);
        assertThat(row.growthRatio().json()).isEqualByComparingTo("1.2000");
        assertThat(row.newBurst()).isFalse();
        assertThat(row.level()).isEqualTo("热销");
        assertThat(row.revenueY().json()).isEqualByComparingTo("22.00");
        // 8 × 0.50 + 1.50
        assertThat(row.profitY().json()).isEqualByComparingTo("5.50");
        assertThat(row.mainChannel()).isEqualTo("美团闪购");
        // 11 > 5 > 0; then 5 > 0 (Y−2) > 0 fails
        assertThat(row.consecutiveDays()).isEqualTo(1);
        assertThat(SnapshotJson.write(Engines.diagnose(lines)))
                .contains("\"qtyY\":11,\"qtyD\":5,\"growthRatio\":1.2000,\"newBurst\":false,\"level\":\"热销\"");
    }

    @Test
    void consumables_and_invalid_orders_are_left_out() {
        List<OrderLine> lines = new ArrayList<>();
        lines.addAll(sales("A", 5, 8));
        // the bag bursts but is a consumable
        lines.add(line().order("bag").product("购物袋", "bag").category("耗材").qty(30).build());
        // an invalid order would lift A to 18 units
        lines.add(line().order("test").channel("饿了么").fee("0.00").product("商品A", "A").qty(10).build());
        Card card = card(lines);

        // A: 8 units on Y is below the minimum of 10
        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.message()).isEqualTo("ℹ️ 昨日没有销量爆发的商品");
        assertThat(card.action().label()).isEqualTo("查看说明");
        assertThat(card.badges()).isEmpty();
        assertThat(card.extraInfo()).isNull();
        assertThat(card.subInfo()).isEqualTo("昨日销量 0 件 · 利润 ¥0.00");
        assertThat(card.series()).isNull();
        assertThat(card.trend()).isNull();
        assertThat(card.export().sheets()).containsExactly("爆款商品");
    }
}
