package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Aov;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AovCardTest {

    private static final LocalDate Y = LocalDate.of(2025, 12, 20);
    private static final String STORE = "示例便利店（滨江店）";

    private final List<OrderLine> lines = new ArrayList<>();
    private int seq;

    // --- fixtures ------------------------------------------------------------------------------------

    /** A line of a new order placed daysAgo days before Y at 12:00. */
    private LineBuilder at(int daysAgo) {
        return line().order("O" + ++seq).store(STORE).at(Y.minusDays(daysAgo).atTime(12, 0));
    }

    /** n orders, daysAgo days before Y, each of one line of 1 × the product "P" at this price (= order revenue). */
    private void orders(int daysAgo, int n, String revenue) {
        for (int i = 0; i < n; i++) {
            lines.add(at(daysAgo).product("P", "P").prices(revenue, revenue, revenue).build());
        }
    }

    /** n orders of one line of 1 × product code at price, daysAgo days before Y. */
    private void sell(String code, int daysAgo, int n, String price) {
        for (int i = 0; i < n; i++) {
            lines.add(at(daysAgo).product("商品" + code, code).prices(price, price, price).build());
        }
    }

    /** An order on Y of consumables only (a bag at 0.50 and a box): it moves the AOV, never a product list. */
    private void filler(String boxPrice) {
        String id = "F" + ++seq;
        lines.add(line().order(id).store(STORE).at(Y.atTime(20, 0)).product("购物袋", "BAG").category("耗材")
                .prices("0.50", "0.50", "0.50").build());
        lines.add(line().order(id).store(STORE).at(Y.atTime(20, 0)).product("纸箱", "BOX").category("耗材")
                .prices(boxPrice, boxPrice, boxPrice).build());
    }

    /** The card with the span set by the earliest stored date (no line may be older). */
    private Card aov(int spanDays) {
        return aov(spanDays, Map.of());
    }

    private Card aov(int spanDays, Map<String, String> config) {
        return Engines.diagnose(lines, DiagnosisProperties.of(config), Y.minusDays(spanDays - 1L)).card("aov");
    }

    private static Aov.Headline headline(Card card) {
        return (Aov.Headline) card.headline();
    }

    private static Aov.Extras extras(Card card) {
        return (Aov.Extras) card.extras();
    }

    @SuppressWarnings("unchecked")
    private static List<Aov.BandRow> rows(Card card) {
        return (List<Aov.BandRow>) card.rows();
    }

    // --- period and minimum span ---------------------------------------------------------------------

    @Test
    void the_worked_example_of_one_day_is_insufficient_data_without_a_window_also_in_variants_d_and_d_prime() {
        for (String channel : new String[] {null, "京东到家", "闪购小程序"}) {
            List<OrderLine> example = new ArrayList<>(WorkedExample.lines());
            if (channel != null) {
                example.add(WorkedExample.order3004(channel));
            }
            Card card = Engines.diagnose(example).card("aov");

            assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
            assertThat(card.message()).isEqualTo("数据不足：需要至少14天数据（当前1天）");
            assertThat(card.window()).as("P is undefined").isNull();
            assertThat(card.minSpanDays()).isEqualTo(14);
            assertThat(card.count()).isZero();
            assertThat(card.export().fileName()).isEqualTo("客单价异常分析_示例便利店（滨江店）_20251220.xlsx");
        }
    }

    @Test
    void thirteen_days_are_insufficient_and_fourteen_compare_seven_days_with_the_seven_before() {
        orders(0, 1, "10.00");
        orders(10, 1, "10.00");

        Card tooShort = aov(13);
        assertThat(tooShort.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(tooShort.message()).isEqualTo("数据不足：需要至少14天数据（当前13天）");
        assertThat(tooShort.window()).isNull();

        Card card = aov(14);
        Aov.Headline h = headline(card);
        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.window()).isEqualTo(new Card.Window(Y.minusDays(13), Y, 14));
        assertThat(h.periodDays()).isEqualTo(7);
        assertThat(h.fallbackPeriod()).isTrue();
        // R = [Y−6, Y] holds the order of Y, Hh = [Y−13, Y−7] the one of Y−10
        assertThat(h.recentOrders()).isEqualTo(1);
        assertThat(h.historyOrders()).isEqualTo(1);
        assertThat(h.warnings()).containsExactly("SHORT_PERIOD");
        assertThat(h.warningTexts()).containsExactly("数据不足60天，改为近7天对比前7天");
        assertThat(card.badges()).containsExactly(new Card.Badge("⚠️ 按7天对比", "gray"));
        assertThat(card.subInfo()).isEqualTo("近7天 vs 前7天 · 客单价 ¥10.00");
        assertThat(card.extraInfo()).isEqualTo("客单价变化 ¥0.00（0.0%）");
        assertThat(card.message()).isEqualTo("✅ 客单价结构稳定（当前客单价 ¥10.00）");
        assertThat(card.action().label()).isEqualTo("查看分析");
    }

    @Test
    void fifty_nine_days_still_use_the_fallback_and_sixty_compare_thirty_days_with_the_thirty_before() {
        orders(0, 1, "10.00");
        orders(10, 1, "10.00");
        orders(40, 1, "10.00");

        Aov.Headline short59 = headline(aov(59));
        assertThat(short59.periodDays()).isEqualTo(7);
        assertThat(short59.fallbackPeriod()).isTrue();

        Card card = aov(60);
        Aov.Headline h = headline(card);
        assertThat(card.window()).isEqualTo(new Card.Window(Y.minusDays(59), Y, 60));
        assertThat(h.periodDays()).isEqualTo(30);
        assertThat(h.fallbackPeriod()).isFalse();
        // R = [Y−29, Y]: Y and Y−10; Hh = [Y−59, Y−30]: Y−40; 1 ≥ 0.30 × 2 → no LOW_HISTORY
        assertThat(h.recentOrders()).isEqualTo(2);
        assertThat(h.historyOrders()).isEqualTo(1);
        assertThat(h.warnings()).isEmpty();
        assertThat(card.badges()).isEmpty();
        assertThat(card.subInfo()).isEqualTo("近30天 vs 前30天 · 客单价 ¥10.00");
    }

    // --- bands, severity, headline, face -------------------------------------------------------------

    /**
     * Hh (Y−10) and R (Y) orders per band: 0-10 @5: 10 → 7 (−30 % 中度); 10-20 @15: 10 → 6 (−40 % 重度);
     * 20-30 @25: 20 → 17 (−15 % 轻度); 30-40 @35: 20 → 16 (−20 % 中度); 40-50 @45: 10 → 10; 50-100 @75: 0 → 5;
     * 100-200 @150: 10 → 8 (−20 % 中度); 200+ @250: 1 → 2. History 81 orders, 3,600.00; recent 71 orders, 3,635.00.
     */
    private void eightBands() {
        int[][] counts = {{10, 7}, {10, 6}, {20, 17}, {20, 16}, {10, 10}, {0, 5}, {10, 8}, {1, 2}};
        String[] prices = {"5.00", "15.00", "25.00", "35.00", "45.00", "75.00", "150.00", "250.00"};
        for (int b = 0; b < prices.length; b++) {
            orders(10, counts[b][0], prices[b]);
            orders(0, counts[b][1], prices[b]);
        }
        // a test order (fee channel, fee 0): invisible
        lines.add(at(0).product("P", "P").prices("999.00", "999.00", "999.00").fee("0.00").build());
    }

    @Test
    void declining_bands_are_items_graded_by_severity_and_sorted_worst_first_then_by_lower_bound() {
        eightBands();
        Card card = aov(14);

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(5);
        // −0.30 is not below −0.30 (中度), −0.15 not below −0.15 (轻度); 30-40 and 100-200 tie at −0.20
        assertThat(rows(card)).extracting(r -> r.band() + " " + r.severity()).containsExactly("10-20 重度", "0-10 中度",
                "30-40 中度", "100-200 中度", "20-30 轻度");
        Aov.BandRow worst = rows(card).get(0);
        assertThat(worst.lower().json()).isEqualByComparingTo("10.00");
        assertThat(worst.upper().json()).isEqualByComparingTo("20.00");
        assertThat(worst.historyOrders()).isEqualTo(10);
        assertThat(worst.recentOrders()).isEqualTo(6);
        assertThat(worst.changeRatio().json()).isEqualByComparingTo("-0.4000");
        // 10 ÷ 81 = 0.123456… ; 6 ÷ 71 = 0.084507… ; (0.0845070423 − 0.1234567901) × 100 = −3.89…
        assertThat(worst.historyShareRatio().json()).isEqualByComparingTo("0.1235");
        assertThat(worst.recentShareRatio().json()).isEqualByComparingTo("0.0845");
        assertThat(worst.shareChangePp().json()).isEqualByComparingTo("-3.9");
        assertThat(worst.historyRevenue().json()).isEqualByComparingTo("150.00");
        assertThat(worst.recentRevenue().json()).isEqualByComparingTo("90.00");
    }

    @Test
    void the_headline_compares_the_aov_of_both_periods_over_valid_orders_only() {
        eightBands();
        Card card = aov(14);
        Aov.Headline h = headline(card);

        assertThat(h.count()).isEqualTo(5);
        assertThat(h.severeCount()).isEqualTo(1);
        assertThat(h.moderateCount()).isEqualTo(3);
        assertThat(h.mildCount()).isEqualTo(1);
        assertThat(h.recentOrders()).isEqualTo(71);
        assertThat(h.historyOrders()).isEqualTo(81);
        // 3,635.00 ÷ 71 = 51.1971830986; 3,600.00 ÷ 81 = 44.4444444444; change 6.7527386542; ratio 0.1519366197
        assertThat(h.recentAov().json()).isEqualByComparingTo("51.20");
        assertThat(h.historyAov().json()).isEqualByComparingTo("44.44");
        assertThat(h.aovChange().json()).isEqualByComparingTo("6.75");
        assertThat(h.aovChangeRatio().json()).isEqualByComparingTo("0.1519");
        assertThat(h.warnings()).containsExactly("SHORT_PERIOD");
        // small orders (< 20.00): 20/81 = 24.7 % before, 13/71 = 18.3 % now → no small-order suggestion
        assertThat(h.suggestions()).containsExactly("【¥10-20】订单减少最多（-40.0%），检查该价位商品的供货、促销和竞品价格");

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("5", "个价格带订单下滑"));
        assertThat(card.subInfo()).isEqualTo("近7天 vs 前7天 · 客单价 ¥51.20");
        assertThat(card.extraInfo()).isEqualTo("客单价变化 +¥6.75（+15.2%）");
        assertThat(card.badges()).containsExactly(new Card.Badge("🔴重度 1", "red"), new Card.Badge("🟡中度 3", "yellow"),
                new Card.Badge("🟢轻度 1", "green"), new Card.Badge("⚠️ 按7天对比", "gray"));
        assertThat(card.action().label()).isEqualTo("查看分析");
        assertThat(card.message()).isNull();
        assertThat(card.export().sheets()).containsExactly("价格带", "渠道对比", "分类维度", "商品维度", "每日客单价");
    }

    @Test
    void all_bands_lists_every_band_in_band_order_with_severity_only_on_declining_ones() {
        eightBands();
        Aov.Extras x = extras(aov(14));

        assertThat(x.allBands().totalRows()).isEqualTo(8);
        assertThat(x.allBands().truncated()).isFalse();
        assertThat(x.allBands().rows()).extracting(r -> r.band() + " " + r.severity()).containsExactly("0-10 中度",
                "10-20 重度", "20-30 轻度", "30-40 中度", "40-50 null", "50-100 null", "100-200 中度", "200+ null");
        Aov.BandRow fresh = x.allBands().rows().get(5);
        assertThat(fresh.changeRatio()).as("no history orders").isNull();
        Aov.BandRow top = x.allBands().rows().get(7);
        assertThat(top.lower().json()).isEqualByComparingTo("200.00");
        assertThat(top.upper()).isNull();
        assertThat(top.changeRatio().json()).isEqualByComparingTo("1.0000");
    }

    @Test
    void bands_are_left_closed() {
        for (String revenue : new String[] {"0.00", "9.9999", "10.00", "19.99", "20.00", "199.99", "200.00"}) {
            orders(0, 1, revenue);
        }
        orders(10, 1, "45.00");
        List<Aov.BandRow> bands = extras(aov(14)).allBands().rows();

        assertThat(bands).extracting(Aov.BandRow::recentOrders).containsExactly(2, 2, 1, 0, 0, 0, 1, 1);
    }

    @Test
    void band_names_follow_the_configured_bounds() {
        orders(0, 1, "15.00");
        orders(10, 1, "15.00");
        List<Aov.BandRow> bands = extras(aov(14, Map.of("aov.band-bounds", "15,30.5"))).allBands().rows();

        assertThat(bands).extracting(Aov.BandRow::band).containsExactly("0-15", "15-30.5", "30.5+");
        assertThat(bands.get(1).recentOrders()).as("15.00 opens 15-30.5").isEqualTo(1);
    }

    // --- warnings and suggestions --------------------------------------------------------------------

    @Test
    void a_small_order_share_rise_of_exactly_five_points_gives_no_suggestion_and_above_it_does() {
        // Hh: 2 of 20 orders below 20.00 (10 %); R: 3 of 20 (15 %) → +5.0 pp, not above 5.0
        orders(10, 2, "19.99");
        orders(10, 18, "20.00");
        orders(0, 3, "19.99");
        orders(0, 17, "20.00");
        // 20-30: 18 → 17 (−5.6 %)
        assertThat(headline(aov(14)).suggestions())
                .containsExactly("【¥20-30】订单减少最多（-5.6%），检查该价位商品的供货、促销和竞品价格");
    }

    @Test
    void a_small_order_share_rise_above_five_points_suggests_pushing_higher_priced_products() {
        // Hh: 2 of 20 below 20.00 (10 %); R: 8 of 53 (15.094 %) → +5.094 pp
        orders(10, 2, "19.99");
        orders(10, 18, "20.00");
        orders(0, 8, "19.99");
        orders(0, 45, "20.00");

        assertThat(headline(aov(14)).suggestions()).containsExactly("¥0-20 小额订单占比上升 5.1pp：主推高单价商品，并设置满减门槛拉高客单价");
    }

    @Test
    void low_history_warns_when_history_orders_are_below_thirty_percent_of_recent_ones() {
        orders(0, 10, "10.00");
        orders(40, 3, "10.00");
        // 3 < 0.30 × 10 is false
        assertThat(headline(aov(60)).warnings()).isEmpty();

        lines.remove(lines.size() - 1);
        // 2 < 3
        Aov.Headline h = headline(aov(60));
        assertThat(h.warnings()).containsExactly("LOW_HISTORY");
        assertThat(h.warningTexts()).containsExactly("历史期订单量不足近期的30%，对比仅供参考");
    }

    // --- order dimension extras ----------------------------------------------------------------------

    @Test
    void the_channel_comparison_marks_aov_changes_above_ten_percent_and_sorts_by_recent_orders_then_name() {
        channel("美团闪购", 10, 4, "20.00");
        channel("美团闪购", 0, 4, "23.00"); // +15 %
        channel("饿了么", 10, 2, "30.00");
        channel("饿了么", 0, 4, "33.00"); // +10 %: not above
        channel("京东到家", 0, 1, "10.00"); // no history
        channel("收银机订单", 10, 1, "10.00"); // no recent order
        channel("抖音", 10, 1, "10.00");
        channel("抖音", 0, 1, "9.00"); // −10 %: not above
        channel("淘鲜达", 10, 1, "10.00");
        channel("淘鲜达", 0, 1, "8.99"); // −10.1 %
        List<Aov.ChannelRow> rows = extras(aov(14)).channelComparison();

        assertThat(rows).extracting(r -> r.channel() + " " + r.recentOrders() + "/" + r.historyOrders() + " " + r.abnormal())
                .containsExactly("美团闪购 4/4 true", "饿了么 4/2 false", "京东到家 1/0 false", "抖音 1/1 false", "淘鲜达 1/1 true",
                        "收银机订单 0/1 false");
        assertThat(rows.get(0).aovChangeRatio().json()).isEqualByComparingTo("0.1500");
        assertThat(rows.get(0).recentAov().json()).isEqualByComparingTo("23.00");
        assertThat(rows.get(2).aovChangeRatio()).isNull();
        assertThat(rows.get(2).historyAov()).isNull();
        assertThat(rows.get(5).recentAov()).isNull();
        assertThat(rows.get(4).aovChangeRatio().json()).isEqualByComparingTo("-0.1010");
    }

    private void channel(String channel, int daysAgo, int n, String revenue) {
        for (int i = 0; i < n; i++) {
            lines.add(at(daysAgo).channel(channel).product("P", "P").prices(revenue, revenue, revenue).build());
        }
    }

    @Test
    void daily_hourly_and_low_price_series_cover_every_day_of_their_period() {
        lines.add(at(0).at(Y.atTime(12, 30)).prices("24.99", "24.99", "24.99").build());
        lines.add(at(0).at(Y.atTime(12, 59)).prices("25.00", "25.00", "25.00").build());
        lines.add(at(0).at(Y.atTime(8, 0)).prices("30.00", "30.00", "30.00").build());
        lines.add(at(3).at(Y.minusDays(3).atTime(23, 10)).prices("10.00", "10.00", "10.00").build());
        lines.add(at(10).at(Y.minusDays(10).atTime(9, 0)).prices("40.00", "40.00", "40.00").build());
        Aov.Extras x = extras(aov(14));

        // dailyAov: [Y−13, Y]
        assertThat(x.dailyAov()).hasSize(14);
        assertThat(x.dailyAov().get(0).date()).isEqualTo(Y.minusDays(13));
        Aov.DailyAov y = x.dailyAov().get(13);
        assertThat(y.date()).isEqualTo(Y);
        assertThat(y.orders()).isEqualTo(3);
        assertThat(y.revenue().json()).isEqualByComparingTo("79.99");
        assertThat(y.aov().json()).as("79.99 ÷ 3 = 26.6633…").isEqualByComparingTo("26.66");
        assertThat(x.dailyAov().get(3).orders()).as("Y−10").isEqualTo(1);
        Aov.DailyAov empty = x.dailyAov().get(1);
        assertThat(empty.orders()).isZero();
        assertThat(empty.revenue().json()).isEqualByComparingTo("0.00");
        assertThat(empty.aov()).isNull();

        // hourlyAov: the days of R = [Y−6, Y], 24 hours each
        assertThat(x.hourlyAov().keySet()).containsExactly("2025-12-14", "2025-12-15", "2025-12-16", "2025-12-17",
                "2025-12-18", "2025-12-19", "2025-12-20");
        assertThat(x.hourlyAov().values()).allSatisfy(hours -> assertThat(hours).extracting(Aov.HourlyAov::hour)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23));
        Aov.HourlyAov noon = x.hourlyAov().get("2025-12-20").get(12);
        assertThat(noon.orders()).isEqualTo(2);
        assertThat(noon.revenue().json()).isEqualByComparingTo("49.99");
        assertThat(noon.aov().json()).as("24.995 → 25.00").isEqualByComparingTo("25.00");
        assertThat(x.hourlyAov().get("2025-12-20").get(8).orders()).isEqualTo(1);
        assertThat(x.hourlyAov().get("2025-12-17").get(23).revenue().json()).isEqualByComparingTo("10.00");
        assertThat(x.hourlyAov().get("2025-12-20").get(13).aov()).isNull();

        // low-price orders (< 25.00) on the days of R
        assertThat(x.lowPriceShareDaily()).extracting(Aov.LowPriceShare::date).containsExactly(Y.minusDays(6), Y.minusDays(5),
                Y.minusDays(4), Y.minusDays(3), Y.minusDays(2), Y.minusDays(1), Y);
        Aov.LowPriceShare last = x.lowPriceShareDaily().get(6);
        assertThat(last.orders()).isEqualTo(3);
        assertThat(last.lowPriceOrders()).as("24.99 only").isEqualTo(1);
        assertThat(last.shareRatio().json()).isEqualByComparingTo("0.3333");
        assertThat(x.lowPriceShareDaily().get(3).shareRatio().json()).isEqualByComparingTo("1.0000");
        assertThat(x.lowPriceShareDaily().get(0).shareRatio()).isNull();
    }

    @Test
    void the_order_structure_compares_the_last_seven_days_with_the_seven_before_whatever_the_period() {
        orders(0, 1, "24.99"); // low
        orders(0, 1, "25.00"); // mid
        orders(6, 1, "49.99"); // mid
        orders(7, 1, "50.00"); // high, previous week
        orders(13, 1, "10.00"); // low, previous week
        orders(14, 1, "100.00"); // outside both weeks
        Aov.Structure s = extras(aov(60)).structure();

        assertThat(s.recent().orders()).isEqualTo(3);
        assertThat(s.recent().lowRatio().json()).isEqualByComparingTo("0.3333");
        assertThat(s.recent().midRatio().json()).isEqualByComparingTo("0.6667");
        assertThat(s.recent().highRatio().json()).isEqualByComparingTo("0.0000");
        assertThat(s.previous().orders()).isEqualTo(2);
        assertThat(s.previous().lowRatio().json()).isEqualByComparingTo("0.5000");
        assertThat(s.previous().midRatio().json()).isEqualByComparingTo("0.0000");
        assertThat(s.previous().highRatio().json()).isEqualByComparingTo("0.5000");
    }

    // --- category dimension --------------------------------------------------------------------------

    /**
     * Hh (4 orders): 可乐 2 × 3.00 (its old category 旧饮料; displayed as 饮料); 雪碧 1 × 4.00 + 薯片 1 × 10.00;
     * 饼干 1 × 8.00; a bag alone. R (5 orders): 可乐 1 × 3.00 three times; 可乐 1 × 3.00 + 薯片 1 × 5.00; 纸巾 1 × 20.00.
     */
    private void categories() {
        lines.add(at(10).product("可乐", "KL").category("旧饮料").qty(2).prices("3.00", "3.00", "3.00").build());
        String h2 = "H2";
        lines.add(line().order(h2).store(STORE).at(Y.minusDays(10).atTime(13, 0)).product("雪碧", "XB").category("饮料")
                .prices("4.00", "4.00", "4.00").build());
        lines.add(line().order(h2).store(STORE).at(Y.minusDays(10).atTime(13, 0)).product("薯片", "SP").category("零食")
                .prices("10.00", "10.00", "10.00").build());
        lines.add(at(10).product("饼干", "BG").category("零食").prices("8.00", "8.00", "8.00").build());
        lines.add(at(10).product("购物袋", "BAG").category("耗材").prices("0.50", "0.50", "0.50").build());
        for (int i = 0; i < 3; i++) {
            lines.add(at(0).product("可乐", "KL").category("饮料").prices("3.00", "3.00", "3.00").build());
        }
        String r4 = "R4";
        lines.add(line().order(r4).store(STORE).at(Y.atTime(13, 0)).product("可乐", "KL").category("饮料")
                .prices("3.00", "3.00", "3.00").build());
        lines.add(line().order(r4).store(STORE).at(Y.atTime(13, 0)).product("薯片", "SP").category("零食")
                .prices("5.00", "5.00", "5.00").build());
        lines.add(at(0).product("纸巾", "ZJ").category("日用品").prices("20.00", "20.00", "20.00").build());
    }

    @Test
    void category_contributions_compare_order_share_times_mean_price_of_both_periods() {
        categories();
        Aov.Extras x = extras(aov(14));

        // 零食: Hh 2/4 × (18.00 ÷ 2) = 4.50; R 1/5 × 5.00 = 1.00 → −3.50
        assertThat(x.categoryDecliners()).singleElement().satisfies(r -> {
            assertThat(r.categoryL1()).isEqualTo("零食");
            assertThat(r.historyOrders()).isEqualTo(2);
            assertThat(r.recentOrders()).isEqualTo(1);
            assertThat(r.historyAvgPrice().json()).isEqualByComparingTo("9.00");
            assertThat(r.recentAvgPrice().json()).isEqualByComparingTo("5.00");
            assertThat(r.historyContribution().json()).isEqualByComparingTo("4.50");
            assertThat(r.recentContribution().json()).isEqualByComparingTo("1.00");
            assertThat(r.contributionChange().json()).isEqualByComparingTo("-3.50");
        });
        // 日用品: R 1/5 × 20.00 = 4.00, no history (null counts as 0) → +4.00;
        // 饮料: Hh 2/4 × (10.00 ÷ 3) = 1.6666…; R 4/5 × 3.00 = 2.40 → +0.7333…
        assertThat(x.categoryGrowers()).extracting(r -> r.categoryL1() + " " + r.contributionChange().json())
                .containsExactly("日用品 4.00", "饮料 0.73");
        Aov.CategoryRow daily = x.categoryGrowers().get(0);
        assertThat(daily.historyOrders()).isZero();
        assertThat(daily.historyAvgPrice()).isNull();
        assertThat(daily.historyContribution()).isNull();
        Aov.CategoryRow drinks = x.categoryGrowers().get(1);
        assertThat(drinks.historyOrders()).isEqualTo(2);
        assertThat(drinks.recentOrders()).isEqualTo(4);
        assertThat(drinks.historyAvgPrice().json()).isEqualByComparingTo("3.33");
        assertThat(drinks.historyContribution().json()).isEqualByComparingTo("1.67");
        assertThat(drinks.recentContribution().json()).isEqualByComparingTo("2.40");
    }

    @Test
    void the_category_lists_keep_their_configured_size() {
        categories();
        Aov.Extras x = extras(aov(14, Map.of("aov.category-top", "1")));

        assertThat(x.categoryGrowers()).extracting(Aov.CategoryRow::categoryL1).containsExactly("日用品");
    }

    // --- product dimension ---------------------------------------------------------------------------

    /**
     * Products sold in Hh (Y−10) and R (Y−3), one unit per order; a consumable order on Y brings R to 22 orders
     * and 440.00, so recentAov = 20.00 and the drag limit is 0.85 × 20.00 = 17.00.
     */
    private void dragProducts() {
        sell("D1", 10, 2, "4.99");
        sell("D1", 3, 4, "4.99"); // +100 %, 4.99 < 5.00 → 促销引流品; drag 15.01 × 4 = 60.04
        sell("D2", 10, 2, "5.00");
        sell("D2", 3, 4, "5.00"); // 5.00 is not below 5.00 → 低价拖累; drag 60.00
        sell("D3", 10, 10, "10.00");
        for (int i = 0; i < 3; i++) { // −70 %, stock 0 → 售罄缺货; drag 30.00
            lines.add(at(3).product("商品D3", "D3").prices("10.00", "10.00", "10.00").stock("0").build());
        }
        sell("D4", 10, 2, "12.00");
        sell("D4", 3, 2, "10.00"); // price −16.7 % → 降价促销; drag 20.00
        sell("D5", 10, 10, "10.00");
        for (int i = 0; i < 4; i++) { // −60 % is not below −60 %: not 售罄 despite stock 0; price flat → 滞销风险; drag 40.00
            lines.add(at(3).product("商品D5", "D5").prices("10.00", "10.00", "10.00").stock("0").build());
        }
        sell("D6", 3, 1, "17.00"); // not below 17.00
        sell("D7", 3, 1, "16.99"); // drag 3.01; no history → 低价拖累
        sell("D8", 10, 2, "10.00");
        sell("D8", 3, 2, "9.00"); // −10 % is not below −10 %, nor within ±5 % → 低价拖累; drag 22.00
        // R: 19.96 + 20 + 30 + 20 + 40 + 17 + 16.99 + 18 = 181.95 in 21 orders; + 258.05 → 440.00 in 22
        filler("257.55");
    }

    @Test
    void core_drag_lists_products_priced_below_85_percent_of_the_aov_by_drag_with_their_labels() {
        dragProducts();
        Card card = aov(14);
        Aov.Extras x = extras(card);

        assertThat(headline(card).recentAov().value()).isEqualByComparingTo("20.00");
        assertThat(x.coreDrag().rows()).extracting(r -> r.row().product().productKey() + " " + r.drag().json() + " " + r.label())
                .containsExactly("C:D1 60.04 🔥促销引流品", "C:D2 60.00 💰低价拖累", "C:D5 40.00 📦滞销风险", "C:D3 30.00 🚫售罄缺货",
                        "C:D8 22.00 💰低价拖累", "C:D4 20.00 📉降价促销", "C:D7 3.01 💰低价拖累");
        assertThat(x.coreDrag().totalRows()).isEqualTo(7);
        Aov.ProductRow d1 = x.coreDrag().rows().get(0).row();
        assertThat(d1.recentPrice().json()).isEqualByComparingTo("4.99");
        assertThat(d1.historyPrice().json()).isEqualByComparingTo("4.99");
        assertThat(d1.priceChangeRatio().json()).isEqualByComparingTo("0.0000");
        assertThat(d1.recentQty()).isEqualTo(4);
        assertThat(d1.historyQty()).isEqualTo(2);
        assertThat(d1.salesChangeRatio().json()).isEqualByComparingTo("1.0000");
        assertThat(d1.recentOrders()).isEqualTo(4);
        assertThat(d1.historyOrders()).isEqualTo(2);
        assertThat(d1.latestStock()).isNull();
        Aov.ProductRow d3 = x.coreDrag().rows().get(3).row();
        assertThat(d3.latestStock().json()).isEqualByComparingTo("0");
        assertThat(d3.salesChangeRatio().json()).isEqualByComparingTo("-0.7000");
        Aov.ProductRow d7 = x.coreDrag().rows().get(6).row();
        assertThat(d7.historyPrice()).isNull();
        assertThat(d7.priceChangeRatio()).isNull();
        assertThat(x.coreDrag().rows().get(5).row().priceChangeRatio().json()).isEqualByComparingTo("-0.1667");
    }

    @Test
    void consumables_never_appear_in_the_product_lists_but_count_in_the_aov() {
        dragProducts();
        Aov.Extras x = extras(aov(14));

        List<String> keys = new ArrayList<>();
        x.coreDrag().rows().forEach(r -> keys.add(r.row().product().productKey()));
        for (Card.Capped<Aov.ProductRow> list : List.of(x.abnormal(), x.newLowPrice(), x.highPriceStar(), x.highPriceStable(),
                x.highPriceDeclining(), x.opportunity())) {
            list.rows().forEach(r -> keys.add(r.product().productKey()));
        }
        assertThat(keys).doesNotContain("C:BAG", "C:BOX");
    }

    @Test
    void the_core_drag_list_is_cut_to_its_size_and_then_capped_by_max_detail_rows() {
        dragProducts();

        Card.Capped<Aov.DragRow> top2 = extras(aov(14, Map.of("aov.drag-top", "2"))).coreDrag();
        assertThat(top2.rows()).extracting(r -> r.row().product().productKey()).containsExactly("C:D1", "C:D2");
        assertThat(top2.totalRows()).isEqualTo(2);
        assertThat(top2.truncated()).isFalse();

        Card.Capped<Aov.DragRow> capped = extras(aov(14, Map.of("max-detail-rows", "1"))).coreDrag();
        assertThat(capped.rows()).hasSize(1);
        assertThat(capped.totalRows()).isEqualTo(7);
        assertThat(capped.truncated()).isTrue();
    }

    @Test
    void abnormal_products_have_five_history_orders_a_sales_swing_beyond_the_limits_and_a_price_below_the_aov() {
        // R (Y): 110 + 100 + 100 + 70 + 60 + 450 + 10 + 165 = 1,065.00 in 71 orders → recentAov 15.00
        sell("A1", 10, 5, "10.00");
        sell("A1", 0, 11, "10.00"); // +120 %
        sell("A2", 10, 5, "10.00");
        sell("A2", 0, 10, "10.00"); // +100 %: not above
        sell("A3", 10, 4, "10.00");
        sell("A3", 0, 10, "10.00"); // 4 history orders
        sell("A4", 10, 10, "10.00");
        sell("A4", 0, 7, "10.00"); // −30 %: not below
        sell("A5", 10, 10, "10.00");
        sell("A5", 0, 6, "10.00"); // −40 %
        sell("A6", 10, 5, "10.00"); // −100 %, but no recent price
        sell("A7", 10, 5, "30.00");
        sell("A7", 0, 15, "30.00"); // price above the aov
        sell("A8", 10, 10, "10.00");
        sell("A8", 0, 1, "10.00"); // −90 %
        sell("A9", 10, 5, "15.00");
        sell("A9", 0, 11, "15.00"); // price equal to the aov
        Card card = aov(14);

        assertThat(headline(card).recentAov().value()).isEqualByComparingTo("15.00");
        assertThat(extras(card).abnormal().rows()).extracting(r -> r.product().productKey() + " " + r.salesChangeRatio().json())
                .containsExactly("C:A1 1.2000", "C:A8 -0.9000", "C:A5 -0.4000");
    }

    @Test
    void new_low_price_products_are_new_in_the_recent_period_with_three_orders_below_70_percent_of_the_aov() {
        sell("N1", 3, 3, "13.99");
        sell("N2", 3, 4, "14.00"); // not below 0.70 × 20.00
        sell("N3", 3, 2, "10.00"); // 2 orders
        sell("N4", 10, 1, "10.00");
        sell("N4", 3, 5, "10.00"); // not new
        sell("N5", 3, 5, "10.00");
        sell("N6", 3, 3, "10.00");
        // R: 41.97 + 56 + 20 + 50 + 50 + 30 = 247.97 in 22 orders; + 212.03 → 460.00 in 23 → 20.00
        filler("211.53");

        assertThat(extras(aov(14)).newLowPrice().rows()).extracting(r -> r.product().productKey())
                .containsExactly("C:N5", "C:N1", "C:N6");
        assertThat(extras(aov(14, Map.of("aov.new-low-price-top", "2"))).newLowPrice().rows())
                .extracting(r -> r.product().productKey()).containsExactly("C:N5", "C:N1");
    }

    @Test
    void high_priced_products_split_into_stars_stable_and_declining_and_opportunities_follow_their_own_test() {
        sell("H1", 10, 2, "30.01");
        sell("H1", 0, 4, "30.01"); // +100 % star
        sell("H2", 10, 2, "30.00");
        sell("H2", 0, 4, "30.00"); // not above 30.00
        sell("H3", 10, 2, "40.00");
        sell("H3", 0, 3, "40.00"); // +50 %: stable
        sell("H4", 10, 5, "40.00");
        sell("H4", 0, 4, "40.00"); // −20 %: stable
        sell("H5", 10, 5, "40.00");
        sell("H5", 0, 3, "40.00"); // −40 %: declining; 40.00 is no opportunity
        sell("H6", 10, 10, "40.00");
        sell("H6", 0, 2, "40.00"); // 2 recent orders
        sell("H7", 10, 2, "50.00");
        sell("H7", 0, 5, "50.00"); // +150 % star
        sell("H8", 10, 10, "35.00");
        sell("H8", 0, 3, "35.00"); // −70 % declining
        sell("O1", 10, 10, "40.01");
        sell("O1", 0, 8, "40.01"); // −20 %: stable and an opportunity
        sell("O2", 10, 10, "45.00");
        sell("O2", 0, 9, "45.00"); // −10 %: stable, not below −10 %
        sell("O3", 10, 2, "45.00");
        sell("O3", 0, 1, "45.00"); // 2 history orders
        sell("O4", 10, 3, "45.00");
        sell("O4", 0, 1, "45.00"); // −66.7 % opportunity
        Aov.Extras x = extras(aov(14));

        assertThat(x.highPriceStar().rows()).extracting(r -> r.product().productKey()).containsExactly("C:H7", "C:H1");
        assertThat(x.highPriceStable().rows()).extracting(r -> r.product().productKey() + " " + r.recentQty())
                .containsExactly("C:O2 9", "C:O1 8", "C:H4 4", "C:H3 3");
        assertThat(x.highPriceDeclining().rows()).extracting(r -> r.product().productKey()).containsExactly("C:H8", "C:H5");
        assertThat(x.opportunity().rows()).extracting(r -> r.product().productKey() + " " + r.salesChangeRatio().json())
                .containsExactly("C:O4 -0.6667", "C:O1 -0.2000");
        assertThat(x.highPriceDeclining().totalRows()).isEqualTo(2);
    }

    @Test
    void ties_in_a_product_list_break_on_the_product_key() {
        sell("B", 10, 2, "50.00");
        sell("B", 0, 4, "50.00");
        sell("A", 10, 2, "50.00");
        sell("A", 0, 4, "50.00");

        assertThat(extras(aov(14)).highPriceStar().rows()).extracting(r -> r.product().productKey())
                .containsExactly("C:A", "C:B");
    }

    // --- JSON ----------------------------------------------------------------------------------------

    @Test
    void the_json_writes_the_extras_with_their_kinds_and_the_drag_rows_flat() {
        dragProducts();
        String json = SnapshotJson.write(Engines.diagnose(lines, DiagnosisProperties.defaults(), Y.minusDays(13)));

        assertThat(json).contains("\"warnings\":[\"SHORT_PERIOD\"]")
                .contains("\"hourlyAov\":{\"2025-12-14\":[{\"hour\":0,\"orders\":0,\"revenue\":0.00,\"aov\":null}")
                .contains("\"coreDrag\":{\"rows\":[{\"storeName\":\"示例便利店（滨江店）\",\"productKey\":\"C:D1\"")
                .contains("\"latestStock\":null,\"drag\":60.04,\"label\":\"🔥促销引流品\"}")
                .contains("\"recentAov\":20.00");
    }
}
