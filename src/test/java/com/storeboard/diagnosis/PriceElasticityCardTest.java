package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.PriceElasticity;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceElasticityCardTest {

    private static final LocalDate Y = LocalDate.of(2025, 12, 20);
    private static final String STORE = "示例便利店（滨江店）";
    private static final DiagnosisProperties.PriceElasticity DEFAULTS = DiagnosisProperties.defaults().priceElasticity();

    private static Card card(List<OrderLine> lines) {
        return Engines.diagnose(lines).card("priceElasticity");
    }

    private static PriceElasticity.Headline headline(Card card) {
        return (PriceElasticity.Headline) card.headline();
    }

    private static List<PriceElasticity.Row> rows(Card card) {
        return card.rows().stream().map(PriceElasticity.Row.class::cast).toList();
    }

    /** A series' day: one line on Y − offset with 原价, 售价 and 实收 prices and a unit cost. */
    private static LineBuilder day(String code, String channel, int offset, int qty, String original, String sale,
            String received, String unitCost) {
        LocalDate date = Y.minusDays(offset);
        return line().store(STORE).order(code + "/" + channel + "/" + offset).channel(channel).at(date.atTime(10, 0))
                .product("商品" + code, code).qty(qty).prices(original, sale, received)
                .cost(new BigDecimal(unitCost).multiply(BigDecimal.valueOf(qty)).toPlainString(), null);
    }

    /** Days Y − from … Y − to of a series on 饿了么 with one price (原价 = 售价 = 实收) and a unit cost of 1.00. */
    private static List<OrderLine> days(String code, int from, int to, int qty, String price) {
        return days(code, "饿了么", from, to, qty, price);
    }

    private static List<OrderLine> days(String code, String channel, int from, int to, int qty, String price) {
        List<OrderLine> lines = new ArrayList<>();
        for (int offset = from; offset >= to; offset--) {
            lines.add(day(code, channel, offset, qty, price, price, price, "1.00").build());
        }
        return lines;
    }

    @SafeVarargs
    private static List<OrderLine> all(List<OrderLine>... parts) {
        List<OrderLine> lines = new ArrayList<>();
        for (List<OrderLine> part : parts) {
            lines.addAll(part);
        }
        return lines;
    }

    /**
     * The two price changes of the demo data (DATA.md §5.5 G11), 30 days on 饿了么 at 2.50 with 10 units a day and a
     * unit cost of 1.50: A rises to 3.00 (原价 too) from Y−5 on and sells 8; B's 售价 and 实收 drop to 2.25 from Y−20
     * on (原价 unchanged) and it sells 13.
     */
    private static List<OrderLine> demo() {
        List<OrderLine> lines = new ArrayList<>();
        for (int offset = 29; offset >= 0; offset--) {
            lines.add(offset >= 6 ? day("A", "饿了么", offset, 10, "2.50", "2.50", "2.50", "1.50").build()
                    : day("A", "饿了么", offset, 8, "3.00", "3.00", "3.00", "1.50").build());
            lines.add(offset >= 21 ? day("B", "饿了么", offset, 10, "2.50", "2.50", "2.50", "1.50").build()
                    : day("B", "饿了么", offset, 13, "2.50", "2.25", "2.25", "1.50").build());
        }
        return lines;
    }

    @Test
    void the_worked_example_has_one_day_which_is_not_enough() {
        Card card = card(WorkedExample.lines());

        assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(card.message()).isEqualTo("数据不足：需要至少6天数据（当前1天）");
        assertThat(card.minSpanDays()).isEqualTo(6);
        assertThat(card.window()).isEqualTo(new Card.Window(Y.minusDays(29), Y, 30));
    }

    @Test
    void the_minimum_span_is_twice_the_minimum_side() {
        List<OrderLine> five = days("P", 4, 0, 10, "2.00");
        assertThat(card(five).message()).isEqualTo("数据不足：需要至少6天数据（当前5天）");

        Card six = card(days("P", 5, 0, 10, "2.00"));
        assertThat(six.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(six.message()).isEqualTo("ℹ️ 近30天没有可评估的调价");
        assertThat(six.action().label()).isEqualTo("查看说明");
        assertThat(six.badges()).isEmpty();
        assertThat(six.extraInfo()).isNull();
        assertThat(six.trend()).isNull();
        assertThat(six.series()).isNull();

        Card configured = Engines.diagnose(five, DiagnosisProperties.of(Map.of("price-elasticity.min-side-days", "2")), null)
                .card("priceElasticity");
        assertThat(configured.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(configured.minSpanDays()).isEqualTo(4);
    }

    @Test
    void the_demo_price_rise_is_an_active_change_with_elasticity_minus_one() {
        Card card = card(demo());
        PriceElasticity.Row a = rows(card).get(0);

        assertThat(a.product().productKey()).isEqualTo("C:A");
        assertThat(a.channel()).isEqualTo("饿了么");
        assertThat(a.changeDate()).isEqualTo(Y.minusDays(5));
        // both 原价 and 售价 moved +20 %
        assertThat(a.changeType()).isEqualTo("主动调价");
        assertThat(a.direction()).isEqualTo("UP");
        assertThat(a.originalPriceBefore().json()).isEqualByComparingTo("2.50");
        assertThat(a.originalPriceAfter().json()).isEqualByComparingTo("3.00");
        assertThat(a.salePriceBefore().json()).isEqualByComparingTo("2.50");
        assertThat(a.salePriceAfter().json()).isEqualByComparingTo("3.00");
        assertThat(a.priceChangeRatio().json()).isEqualByComparingTo("0.2000");
        // before: Y−12 … Y−6 (the latest 7); after: Y−5 … Y (6)
        assertThat(a.beforeDays()).isEqualTo(7);
        assertThat(a.afterDays()).isEqualTo(6);
        assertThat(a.avgDailyQtyBefore().json()).isEqualByComparingTo("10.00");
        assertThat(a.avgDailyQtyAfter().json()).isEqualByComparingTo("8.00");
        assertThat(a.qtyChangeRatio().json()).isEqualByComparingTo("-0.2000");
        // −0.20 ÷ 0.20; |E| = 1.00 > 0.5 → 中
        assertThat(a.elasticity().json()).isEqualByComparingTo("-1.00");
        assertThat(a.sensitivity()).isEqualTo("🟡中");
        // revenue 7 × 25.00 ÷ 7 × 7 = 175.00 → 6 × 24.00 ÷ 6 × 7 = 168.00: −4 %
        assertThat(a.revenue7Before().json()).isEqualByComparingTo("175.00");
        assertThat(a.revenue7After().json()).isEqualByComparingTo("168.00");
        assertThat(a.revenueChangeRatio().json()).isEqualByComparingTo("-0.0400");
        // profit 10 × 1.00 a day → 8 × 1.50 a day: 70.00 → 84.00, +20 %
        assertThat(a.profit7Before().json()).isEqualByComparingTo("70.00");
        assertThat(a.profit7After().json()).isEqualByComparingTo("84.00");
        assertThat(a.profitChangeRatio().json()).isEqualByComparingTo("0.2000");
        // margin 10 ÷ 25 = 0.40 → 12 ÷ 24 = 0.50: +10.0 pp
        assertThat(a.marginBeforeRatio().json()).isEqualByComparingTo("0.4000");
        assertThat(a.marginAfterRatio().json()).isEqualByComparingTo("0.5000");
        assertThat(a.marginChangePp().json()).isEqualByComparingTo("10.0");
        assertThat(a.marginTrend()).isEqualTo("上升");
        assertThat(a.latestStock()).isNull();
        assertThat(a.soldOut()).isFalse();
        // UP, profit up → 成功; unknown stock counts as plenty
        assertThat(a.effect()).isEqualTo("✅成功");
        assertThat(a.advice()).isEqualTo("提价有效：维持新价，可小步继续试探");
    }

    @Test
    void the_demo_promotion_is_highly_sensitive_with_elasticity_minus_three() {
        PriceElasticity.Row b = rows(card(demo())).get(1);

        assertThat(b.product().productKey()).isEqualTo("C:B");
        assertThat(b.changeDate()).isEqualTo(Y.minusDays(20));
        // only 售价 moved (−10 %)
        assertThat(b.changeType()).isEqualTo("促销/活动");
        assertThat(b.direction()).isEqualTo("DOWN");
        assertThat(b.originalPriceBefore().json()).isEqualByComparingTo("2.50");
        assertThat(b.originalPriceAfter().json()).isEqualByComparingTo("2.50");
        assertThat(b.salePriceAfter().json()).isEqualByComparingTo("2.25");
        assertThat(b.priceChangeRatio().json()).isEqualByComparingTo("-0.1000");
        // before: Y−27 … Y−21; after: Y−20 … Y−14
        assertThat(b.beforeDays()).isEqualTo(7);
        assertThat(b.afterDays()).isEqualTo(7);
        assertThat(b.qtyChangeRatio().json()).isEqualByComparingTo("0.3000");
        assertThat(b.elasticity().json()).isEqualByComparingTo("-3.00");
        assertThat(b.sensitivity()).isEqualTo("🔴高");
        // revenue 175.00 → 7 × 29.25 = 204.75 (+17 %); profit 70.00 → 7 × 9.75 = 68.25 (−2.5 %)
        assertThat(b.revenue7After().json()).isEqualByComparingTo("204.75");
        assertThat(b.revenueChangeRatio().json()).isEqualByComparingTo("0.1700");
        assertThat(b.profit7After().json()).isEqualByComparingTo("68.25");
        assertThat(b.profitChangeRatio().json()).isEqualByComparingTo("-0.0250");
        // margin 0.40 → 9.75 ÷ 29.25 = 0.3333: −6.7 pp
        assertThat(b.marginAfterRatio().json()).isEqualByComparingTo("0.3333");
        assertThat(b.marginChangePp().json()).isEqualByComparingTo("-6.7");
        assertThat(b.marginTrend()).isEqualTo("下降");
        // DOWN, profit flat, revenue up → 成功
        assertThat(b.effect()).isEqualTo("✅成功");
        assertThat(b.advice()).isEqualTo("降价有效：保持活动价，关注毛利");
    }

    @Test
    void the_demo_headline_face_extras_and_export() {
        Card card = card(demo());
        PriceElasticity.Headline h = headline(card);

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(2);
        assertThat(h).isEqualTo(new PriceElasticity.Headline(2, 1, 1, 0, 0, 2, 0, 0, 1, 1));
        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("2", "次调价待复盘"));
        assertThat(card.subInfo()).isEqualTo("近30天 · 调价前后各取最多7个有销量日");
        assertThat(card.badges()).containsExactly(new Card.Badge("🔴高敏感 1", "red"), new Card.Badge("🟡中敏感 1", "yellow"));
        assertThat(card.extraInfo()).isEqualTo("建议关注：1 次高敏感调价");
        assertThat(card.action().label()).isEqualTo("查看复盘");
        PriceElasticity.Extras extras = (PriceElasticity.Extras) card.extras();
        assertThat(extras.sensitivityDistribution()).containsExactly(entry("高", 1), entry("中", 1), entry("低", 0),
                entry("异常", 0));
        assertThat(extras.effectDistribution()).containsExactly(entry("成功", 2), entry("中性", 0), entry("失败", 0));
        assertThat(card.export().fileName()).isEqualTo("价格弹性分析_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("调价复盘");
        assertThat(SnapshotJson.write(Engines.diagnose(demo())))
                .contains("\"sensitivityDistribution\":{\"高\":1,\"中\":1,\"低\":0,\"异常\":0}")
                .contains("\"elasticity\":-1.00,\"sensitivity\":\"🟡中\"")
                .contains("\"marginChangePp\":10.0,\"marginTrend\":\"上升\",\"latestStock\":null,\"soldOut\":false");
    }

    @Test
    void a_price_move_must_be_strictly_above_the_change_ratio() {
        List<OrderLine> lines = all(
                // +5 % exactly: no change point
                days("at", 9, 5, 10, "2.00"), days("at", 4, 0, 10, "2.10"),
                // +5.5 %
                days("above", 9, 5, 10, "2.00"), days("above", 4, 0, 10, "2.11"),
                // −5 % exactly
                days("down", 9, 5, 10, "2.00"), days("down", 4, 0, 10, "1.90"));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey()).containsExactly("C:above");
        assertThat(rows(card).get(0).priceChangeRatio().json()).isEqualByComparingTo("0.0550");
    }

    @Test
    void a_move_of_the_list_price_alone_is_a_label_change_and_drives_the_ratio() {
        List<OrderLine> lines = new ArrayList<>();
        for (int offset = 5; offset >= 0; offset--) {
            String original = offset >= 3 ? "3.00" : "3.60";
            lines.add(day("L", "饿了么", offset, 10, original, "2.00", "2.00", "1.00").build());
        }
        PriceElasticity.Row row = rows(card(lines)).get(0);

        assertThat(row.changeType()).isEqualTo("标价调整");
        assertThat(row.priceChangeRatio().json()).isEqualByComparingTo("0.2000");
        assertThat(row.direction()).isEqualTo("UP");
        // quantity unchanged while the price rose: wrong sign
        assertThat(row.qtyChangeRatio().json()).isEqualByComparingTo("0.0000");
        assertThat(row.elasticity().json()).isEqualByComparingTo("0.00");
        assertThat(row.sensitivity()).isEqualTo("🟣异常");
    }

    @Test
    void a_price_of_zero_on_the_previous_day_counts_as_no_change() {
        List<OrderLine> lines = all(days("free", 5, 3, 10, "0.00"), days("free", 2, 0, 10, "2.00"));

        assertThat(card(lines).count()).isZero();
    }

    @Test
    void prices_are_quantity_weighted_means_of_the_day() {
        List<OrderLine> lines = new ArrayList<>(days("W", 5, 3, 4, "2.00"));
        // Y−2 … Y: 1 unit at 3.00 and 3 units at 2.00 each day: (3.00 + 6.00) ÷ 4 = 2.25, +12.5 %
        for (int offset = 2; offset >= 0; offset--) {
            lines.add(day("W", "饿了么", offset, 1, "3.00", "3.00", "3.00", "1.00").order("W1/" + offset).build());
            lines.add(day("W", "饿了么", offset, 3, "2.00", "2.00", "2.00", "1.00").order("W2/" + offset).build());
        }
        PriceElasticity.Row row = rows(card(lines)).get(0);

        assertThat(row.salePriceAfter().json()).isEqualByComparingTo("2.25");
        assertThat(row.priceChangeRatio().json()).isEqualByComparingTo("0.1250");
        // 4 units a day on both sides
        assertThat(row.avgDailyQtyAfter().json()).isEqualByComparingTo("4.00");
    }

    @Test
    void an_event_needs_the_minimum_number_of_observed_days_on_each_side() {
        List<OrderLine> lines = all(
                // 3 before (Y−6 … Y−4), 3 after (Y−3 … Y−1)
                days("ok", 6, 4, 10, "2.00"), days("ok", 3, 1, 10, "2.50"),
                // 2 before
                days("fewBefore", 5, 4, 10, "2.00"), days("fewBefore", 3, 1, 10, "2.50"),
                // 2 after
                days("fewAfter", 6, 2, 10, "2.00"), days("fewAfter", 1, 0, 10, "2.50"));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + " " + r.beforeDays() + "/" + r.afterDays())
                .containsExactly("C:ok 3/3");
    }

    @Test
    void days_without_sales_are_no_observed_days_and_the_before_side_may_reach_back_before_the_lookback() {
        List<OrderLine> lines = all(
                // sold on Y−20, Y−15, Y−12, then at a new price on Y−2, Y−1, Y
                days("gaps", 20, 20, 10, "2.00"), days("gaps", 15, 15, 10, "2.00"), days("gaps", 12, 12, 10, "2.00"),
                days("gaps", 2, 0, 10, "2.50"),
                // a change on Y−29, the first day of Lk, with its before side in Y−32 … Y−30
                days("first", 32, 30, 10, "2.00"), days("first", 29, 27, 10, "2.50"),
                // a change on Y−30, just before Lk
                days("outside", 33, 31, 10, "2.00"), days("outside", 30, 28, 10, "2.50"));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + " " + r.changeDate() + " " + r.beforeDays() + "/"
                + r.afterDays()).containsExactly("C:gaps 2025-12-18 3/3", "C:first 2025-11-21 3/3");
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 11, 21), Y, 30));
    }

    @Test
    void each_side_uses_at_most_the_maximum_number_of_observed_days() {
        List<OrderLine> lines = all(
                days("M", 19, 17, 100, "2.00"), days("M", 16, 10, 10, "2.00"),
                days("M", 9, 3, 8, "2.50"), days("M", 2, 0, 100, "2.50"));
        PriceElasticity.Row row = rows(card(lines)).get(0);

        // before: the latest 7 (Y−16 … Y−10, 10 a day); after: Y−9 … Y−3 (8 a day)
        assertThat(row.changeDate()).isEqualTo(Y.minusDays(9));
        assertThat(row.beforeDays()).isEqualTo(7);
        assertThat(row.afterDays()).isEqualTo(7);
        assertThat(row.avgDailyQtyBefore().json()).isEqualByComparingTo("10.00");
        assertThat(row.avgDailyQtyAfter().json()).isEqualByComparingTo("8.00");
        assertThat(rows(card(lines))).hasSize(1);
    }

    @Test
    void every_change_point_with_enough_days_is_its_own_event_even_when_windows_overlap() {
        List<OrderLine> lines = all(days("O", 20, 11, 10, "2.00"), days("O", 10, 7, 8, "2.50"), days("O", 6, 0, 10, "2.00"));
        Card card = card(lines);

        // Y−6: 2.50 → 2.00 (−20 %), before Y−13 … Y−7; Y−10: 2.00 → 2.50 (+25 %), after Y−10 … Y−4
        assertThat(rows(card)).extracting(r -> r.changeDate() + " " + r.direction() + " " + r.priceChangeRatio().json())
                .containsExactly("2025-12-14 DOWN -0.2000", "2025-12-10 UP 0.2500");
        PriceElasticity.Row down = rows(card).get(0);
        // before: 3 days at 10 (Y−13 … Y−11) and 4 at 8 → 62 ÷ 7
        assertThat(down.avgDailyQtyBefore().value()).isEqualByComparingTo("8.8571428571");
        assertThat(rows(card).get(1).afterDays()).isEqualTo(7);
    }

    @Test
    void a_series_is_one_channel_of_a_product() {
        List<OrderLine> lines = all(
                // the same product sells at different prices on two channels: no change within either
                days("X", "饿了么", 9, 0, 10, "2.00"), days("X", "美团闪购", 9, 0, 2, "3.00"),
                // a change on 美团闪购 only
                days("Z", "饿了么", 9, 0, 10, "2.00"), days("Z", "美团闪购", 9, 5, 10, "2.00"), days("Z", "美团闪购", 4, 0, 10, "2.40"));
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + "@" + r.channel()).containsExactly("C:Z@美团闪购");
    }

    @Test
    void rows_are_sorted_by_change_date_then_absolute_elasticity_then_store_product_and_channel() {
        List<OrderLine> lines = all(
                // R changes on Y−2 (E = −1)
                days("R", 5, 3, 10, "2.00"), days("R", 2, 0, 8, "2.40"),
                // the others change on Y−3: Q with E = −2.5, P (two channels) and 阿店's S with E = −1
                days("Q", 6, 4, 10, "2.00"), days("Q", 3, 0, 5, "2.40"),
                days("P", "饿了么", 6, 4, 10, "2.00"), days("P", "饿了么", 3, 0, 8, "2.40"),
                days("P", "美团闪购", 6, 4, 10, "2.00"), days("P", "美团闪购", 3, 0, 8, "2.40"));
        for (OrderLine l : all(days("S", 6, 4, 10, "2.00"), days("S", 3, 0, 8, "2.40"))) {
            lines.add(line().store("阿店").order(l.orderId()).channel(l.channel()).at(l.orderTime()).product("商品S", "S").qty(l.quantity())
                    .prices(l.originalPrice().toPlainString(), l.salePrice().toPlainString(), l.receivedPrice().toPlainString())
                    .cost(l.lineCost().toPlainString(), null).build());
        }
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().storeName().substring(0, 1) + r.product().productKey() + "@"
                + r.channel() + " " + r.elasticity().json())
                .containsExactly("示C:R@饿了么 -1.00", "示C:Q@饿了么 -2.50", "示C:P@美团闪购 -1.00", "示C:P@饿了么 -1.00",
                        "阿C:S@饿了么 -1.00");
    }

    @Test
    void sensitivity_has_a_wrong_sign_class_and_strict_elasticity_thresholds() {
        // prices +10 % (2.00 → 2.20) or −10 % (2.00 → 1.80); before 3 days at 100
        List<OrderLine> lines = all(
                days("e16", 5, 3, 100, "2.00"), days("e16", 2, 0, 84, "2.20"),
                days("e15", 5, 3, 100, "2.00"), days("e15", 2, 0, 85, "2.20"),
                days("e06", 5, 3, 100, "2.00"), days("e06", 2, 0, 94, "2.20"),
                days("e05", 5, 3, 100, "2.00"), days("e05", 2, 0, 95, "2.20"),
                days("upFlat", 5, 3, 100, "2.00"), days("upFlat", 2, 0, 100, "2.20"),
                days("downLess", 5, 3, 100, "2.00"), days("downLess", 2, 0, 99, "1.80"),
                days("downFlat", 5, 3, 100, "2.00"), days("downFlat", 2, 0, 100, "1.80"));
        Card card = card(lines);

        // E: −1.6, −1.5, −0.6, −0.5, 0 (UP, qty ≥ 0), +0.1 (DOWN, qty < 0), 0 (DOWN, qty not < 0 → |E| 0 → 低)
        assertThat(rows(card)).extracting(r -> r.product().productKey() + ":" + r.sensitivity()).containsExactlyInAnyOrder(
                "C:e16:🔴高", "C:e15:🟡中", "C:e06:🟡中", "C:e05:🟢低", "C:upFlat:🟣异常", "C:downLess:🟣异常", "C:downFlat:🟢低");
        PriceElasticity.Headline h = headline(card);
        assertThat(h.highCount()).isEqualTo(1);
        assertThat(h.mediumCount()).isEqualTo(2);
        assertThat(h.lowCount()).isEqualTo(2);
        assertThat(h.abnormalCount()).isEqualTo(2);
        assertThat(h.upCount()).isEqualTo(5);
        assertThat(h.downCount()).isEqualTo(2);
        assertThat(card.badges()).containsExactly(new Card.Badge("🔴高敏感 1", "red"), new Card.Badge("🟡中敏感 2", "yellow"),
                new Card.Badge("🟢低敏感 2", "green"), new Card.Badge("🟣异常 2", "gray"));
    }

    @Test
    void the_effect_follows_the_table_for_price_rises() {
        BigDecimal up = new BigDecimal("0.1001");
        BigDecimal down = new BigDecimal("-0.1001");
        BigDecimal flatHigh = new BigDecimal("0.10");
        BigDecimal flatLow = new BigDecimal("-0.10");
        // profit up
        assertThat(PriceElasticityCard.effect(true, up, down, DEFAULTS)).isEqualTo("✅成功");
        // profit down: 失败 if revenue down, else 中性
        assertThat(PriceElasticityCard.effect(true, down, down, DEFAULTS)).isEqualTo("❌失败");
        assertThat(PriceElasticityCard.effect(true, down, flatLow, DEFAULTS)).isEqualTo("⚠️中性");
        assertThat(PriceElasticityCard.effect(true, down, up, DEFAULTS)).isEqualTo("⚠️中性");
        // profit flat (±0.10 is still flat): 中性 if revenue down, else 成功
        assertThat(PriceElasticityCard.effect(true, flatHigh, down, DEFAULTS)).isEqualTo("⚠️中性");
        assertThat(PriceElasticityCard.effect(true, flatLow, flatHigh, DEFAULTS)).isEqualTo("✅成功");
        assertThat(PriceElasticityCard.effect(true, BigDecimal.ZERO, up, DEFAULTS)).isEqualTo("✅成功");
    }

    @Test
    void the_effect_follows_the_table_for_price_cuts() {
        BigDecimal up = new BigDecimal("0.1001");
        BigDecimal down = new BigDecimal("-0.1001");
        BigDecimal flatHigh = new BigDecimal("0.10");
        // profit up
        assertThat(PriceElasticityCard.effect(false, up, down, DEFAULTS)).isEqualTo("✅成功");
        // profit down: 中性 if revenue up, else 失败
        assertThat(PriceElasticityCard.effect(false, down, up, DEFAULTS)).isEqualTo("⚠️中性");
        assertThat(PriceElasticityCard.effect(false, down, flatHigh, DEFAULTS)).isEqualTo("❌失败");
        assertThat(PriceElasticityCard.effect(false, down, down, DEFAULTS)).isEqualTo("❌失败");
        // profit flat: 成功 if revenue up, else 中性
        assertThat(PriceElasticityCard.effect(false, flatHigh, up, DEFAULTS)).isEqualTo("✅成功");
        assertThat(PriceElasticityCard.effect(false, BigDecimal.ZERO, flatHigh, DEFAULTS)).isEqualTo("⚠️中性");
        assertThat(PriceElasticityCard.effect(false, BigDecimal.ZERO, down, DEFAULTS)).isEqualTo("⚠️中性");
    }

    @Test
    void the_advice_takes_the_first_matching_row_with_stock_thresholds_rendered_from_the_properties() {
        long none = Money.NULL;
        long four = Money.units(new BigDecimal("4.999"));
        long five = Money.units(new BigDecimal("5"));
        long nine = Money.units(new BigDecimal("9.999"));
        long ten = Money.units(new BigDecimal("10"));
        String s = "✅成功";
        assertThat(PriceElasticityCard.advice(true, true, 0, "❌失败", "🔴高", DEFAULTS)).isEqualTo("调价后已售罄：优先补货，补货前不要再调价");
        assertThat(PriceElasticityCard.advice(true, false, four, s, "🟢低", DEFAULTS)).isEqualTo("提价有效但库存不足5件：立即补货，维持新价");
        assertThat(PriceElasticityCard.advice(true, false, five, s, "🟢低", DEFAULTS)).isEqualTo("提价有效，库存不足10件：尽快补货，维持新价");
        assertThat(PriceElasticityCard.advice(true, false, nine, s, "🟢低", DEFAULTS)).isEqualTo("提价有效，库存不足10件：尽快补货，维持新价");
        assertThat(PriceElasticityCard.advice(true, false, ten, s, "🟢低", DEFAULTS)).isEqualTo("提价有效：维持新价，可小步继续试探");
        assertThat(PriceElasticityCard.advice(true, false, none, s, "🟢低", DEFAULTS)).isEqualTo("提价有效：维持新价，可小步继续试探");
        assertThat(PriceElasticityCard.advice(true, false, four, "❌失败", "🟢低", DEFAULTS)).isEqualTo("提价后量利双降：建议回调到原价");
        assertThat(PriceElasticityCard.advice(false, false, four, s, "🟢低", DEFAULTS)).isEqualTo("降价带动利润但库存不足5件：立即补货");
        assertThat(PriceElasticityCard.advice(false, false, nine, s, "🟢低", DEFAULTS)).isEqualTo("降价带动利润，库存不足10件：尽快补货");
        assertThat(PriceElasticityCard.advice(false, false, none, s, "🟢低", DEFAULTS)).isEqualTo("降价有效：保持活动价，关注毛利");
        assertThat(PriceElasticityCard.advice(false, false, ten, "❌失败", "🔴高", DEFAULTS)).isEqualTo("降价未换来利润：建议恢复原价或缩小让利");
        String n = "⚠️中性";
        assertThat(PriceElasticityCard.advice(false, false, four, n, "🔴高", DEFAULTS)).isEqualTo("销量对价格高度敏感：谨慎调价，宜小幅多次");
        assertThat(PriceElasticityCard.advice(true, false, four, n, "🟡中", DEFAULTS)).isEqualTo("价格敏感度中等：再观察一周再决定");
        assertThat(PriceElasticityCard.advice(true, false, four, n, "🟢低", DEFAULTS)).isEqualTo("价格敏感度低：可考虑适度提价");
        assertThat(PriceElasticityCard.advice(true, false, four, n, "🟣异常", DEFAULTS)).isEqualTo("量价变化方向异常：排查缺货、活动或陈列等其他因素");

        DiagnosisProperties.PriceElasticity other = DiagnosisProperties.of(Map.of("price-elasticity.very-low-stock", "3",
                "price-elasticity.low-stock", "20")).priceElasticity();
        assertThat(PriceElasticityCard.advice(true, false, four, s, "🟢低", other)).isEqualTo("提价有效，库存不足20件：尽快补货，维持新价");
        assertThat(PriceElasticityCard.advice(true, false, Money.units(new BigDecimal("2")), s, "🟢低", other))
                .isEqualTo("提价有效但库存不足3件：立即补货，维持新价");
    }

    @Test
    void the_latest_known_stock_of_the_after_days_decides_sold_out_and_the_advice() {
        List<OrderLine> lines = new ArrayList<>();
        for (String[] product : new String[][] {{"soldOut", "0"}, {"low", "4"}, {"some", "7"}, {"plenty", "12"}}) {
            // before: 10 a day at 2.00 with a stock of 100; after: 10 a day at 2.40 (profit 1.00 → 1.40 a unit: 成功)
            for (int offset = 5; offset >= 3; offset--) {
                lines.add(day(product[0], "饿了么", offset, 10, "2.00", "2.00", "2.00", "1.00").stock("100").build());
            }
            lines.add(day(product[0], "饿了么", 2, 10, "2.40", "2.40", "2.40", "1.00").stock("30").build());
            lines.add(day(product[0], "饿了么", 1, 10, "2.40", "2.40", "2.40", "1.00").stock(product[1]).build());
            // Y: no stock on the line; the latest known one is Y−1's
            lines.add(day(product[0], "饿了么", 0, 10, "2.40", "2.40", "2.40", "1.00").stock(null).build());
        }
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + " " + r.latestStock().json().toPlainString() + " "
                + r.soldOut() + " " + r.advice()).containsExactlyInAnyOrder(
                        "C:soldOut 0 true 调价后已售罄：优先补货，补货前不要再调价",
                        "C:low 4 false 提价有效但库存不足5件：立即补货，维持新价",
                        "C:some 7 false 提价有效，库存不足10件：尽快补货，维持新价",
                        "C:plenty 12 false 提价有效：维持新价，可小步继续试探");
        // qty unchanged on a price rise: wrong sign, yet profit rose 40 % → 成功
        assertThat(rows(card)).extracting(PriceElasticity.Row::effect).containsOnly("✅成功");
        assertThat(rows(card)).extracting(PriceElasticity.Row::sensitivity).containsOnly("🟣异常");
    }

    @Test
    void margins_are_null_without_revenue_and_the_trend_is_then_flat() {
        // 原价 and 售价 rise, 实收 is 0 on every line (no revenue)
        List<OrderLine> lines = new ArrayList<>();
        for (int offset = 5; offset >= 0; offset--) {
            String price = offset >= 3 ? "2.00" : "2.50";
            lines.add(day("G", "饿了么", offset, 10, price, price, "0.00", "0.00").build());
        }
        PriceElasticity.Row row = rows(card(lines)).get(0);

        assertThat(row.marginBeforeRatio()).isNull();
        assertThat(row.marginAfterRatio()).isNull();
        assertThat(row.marginChangePp()).isNull();
        assertThat(row.marginTrend()).isEqualTo("持平");
        assertThat(row.revenue7Before().json()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_margin_move_of_exactly_three_points_is_flat() {
        // before: price 2.00, cost 1.00 → margin 0.50; after: price 2.50, cost 1.175 → 1.325 ÷ 2.50 = 0.53 (+3.0 pp)
        List<OrderLine> lines = new ArrayList<>();
        for (int offset = 5; offset >= 0; offset--) {
            lines.add(offset >= 3 ? day("F", "饿了么", offset, 10, "2.00", "2.00", "2.00", "1.00").build()
                    : day("F", "饿了么", offset, 10, "2.50", "2.50", "2.50", "1.175").build());
            lines.add(offset >= 3 ? day("H", "饿了么", offset, 10, "2.00", "2.00", "2.00", "1.00").build()
                    : day("H", "饿了么", offset, 10, "2.50", "2.50", "2.50", "1.174").build());
        }
        Card card = card(lines);

        assertThat(rows(card)).extracting(r -> r.product().productKey() + " " + r.marginChangePp().json() + " " + r.marginTrend())
                .containsExactlyInAnyOrder("C:F 3.0 持平", "C:H 3.0 上升");
    }

    @Test
    void consumables_and_invalid_orders_are_left_out() {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine l : all(days("bag", 5, 3, 10, "0.20"), days("bag", 2, 0, 10, "0.30"))) {
            lines.add(line().order(l.orderId()).channel(l.channel()).at(l.orderTime()).product("购物袋", "bag").category("耗材")
                    .qty(l.quantity()).prices("0.20", l.salePrice().toPlainString(), l.receivedPrice().toPlainString()).build());
        }
        // a series whose new price only shows in invalid orders (饿了么 with a zero fee)
        lines.addAll(days("T", 5, 0, 10, "2.00"));
        for (int offset = 2; offset >= 0; offset--) {
            lines.add(day("T", "饿了么", offset, 10, "3.00", "3.00", "3.00", "1.00").order("test/" + offset).fee("0.00").build());
        }
        Card card = card(lines);

        assertThat(card.count()).isZero();
        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
    }
}
