package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.diagnosis.model.TrafficDrop;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficDropCardTest {

    private static final String ID = "trafficDrop";

    private static List<TrafficDrop.Row> rows(Card card) {
        return card.rows().stream().map(TrafficDrop.Row.class::cast).toList();
    }

    private static TrafficDrop.Headline headline(Card card) {
        return (TrafficDrop.Headline) card.headline();
    }

    /** Pw = [Y−13, Y−7] = [12-07, 12-13], Rw = [Y−6, Y] = [12-14, 12-20]; every threshold on both sides. */
    private static Sales scope() {
        return new Sales()
                // drop (20 − 14) ÷ 20 = 0.30: not above min-drop-ratio
                .sell(10, "持平", "1", 20).sell(0, "持平", "1", 14)
                // 0.35 → 一般; Pw on its first day, main channel in Pw 饿了么 (12 > 8) although Rw is all 美团闪购
                .sell(13, "一般", "2", b -> b.channel("饿了么").qty(12))
                .sell(13, "一般", "2", b -> b.channel("美团闪购").qty(8))
                .sell(0, "一般", "2", 13)
                // 0.40 → 较重 (at medium-drop-ratio); Pw on its last day
                .sell(7, "较重40", "3", 20).sell(0, "较重40", "3", 12)
                // 0.60 → 较重 (at, not above severe-drop-ratio); Rw on its first day
                .sell(10, "较重60", "4", 20).sell(6, "较重60", "4", 8)
                // 0.65 → 严重
                .sell(10, "严重65", "5", b -> b.category("零食").qty(20)).sell(0, "严重65", "5", b -> b.category("零食").qty(7))
                // prevQty 14 = 2 a day (at the minimum), nothing recent: drop 1 → 严重
                .sell(10, "停售", "6", b -> b.category("零食").qty(14))
                // prevQty 13 < 14
                .sell(10, "少量", "7", 13)
                // growth
                .sell(10, "增长", "8", 14).sell(0, "增长", "8", 20)
                // a consumable
                .sell(10, "购物袋", "9", b -> b.category("耗材").qty(20));
    }

    @Test
    void the_worked_example_has_too_little_data() {
        Card card = Engines.diagnose(WorkedExample.lines()).card(ID);

        assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(card.message()).isEqualTo("数据不足：需要至少14天数据（当前1天）");
        assertThat(card.minSpanDays()).isEqualTo(14);
    }

    @Test
    void the_worked_example_variants_with_order_3004_are_still_short_of_data() {
        for (String channel : List.of("京东到家", "闪购小程序")) {
            List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
            lines.add(WorkedExample.order3004(channel));

            assertThat(Engines.diagnose(lines).card(ID).message()).isEqualTo("数据不足：需要至少14天数据（当前1天）");
        }
    }

    @Test
    void thirteen_days_are_too_few_and_fourteen_are_enough() {
        Card short13 = new Sales().sell(12, "停售", "6", 14).sell(0, "其他", "2", 1).card(ID, 13);
        Card enough = scope().card(ID, 14);

        assertThat(short13.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(short13.message()).isEqualTo("数据不足：需要至少14天数据（当前13天）");
        assertThat(short13.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 7), Sales.Y, 14));
        assertThat(enough.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(enough.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 7), Sales.Y, 14));
    }

    @Test
    void a_product_selling_two_a_day_before_and_dropping_more_than_thirty_percent_is_an_item_worst_first() {
        Card card = scope().card(ID, 14);

        assertThat(card.count()).isEqualTo(5);
        assertThat(rows(card)).extracting(r -> r.product().productName() + " " + r.dropRatio().json() + " " + r.severity())
                .containsExactly("停售 1.0000 严重", "严重65 0.6500 严重", "较重60 0.6000 较重", "较重40 0.4000 较重",
                        "一般 0.3500 一般");
    }

    @Test
    void the_rows_carry_both_windows_their_daily_means_and_the_main_channel_of_the_previous_window() {
        TrafficDrop.Row mild = rows(scope().card(ID, 14)).get(4);

        assertThat(mild.product().productKey()).isEqualTo("C:2");
        assertThat(mild.mainChannel()).isEqualTo("饿了么");
        assertThat(mild.prevQty()).isEqualTo(20);
        assertThat(mild.recentQty()).isEqualTo(13);
        // 20 ÷ 7 = 2.857…, 13 ÷ 7 = 1.857…
        assertThat(mild.prevDailyAvg().json()).isEqualByComparingTo("2.86");
        assertThat(mild.recentDailyAvg().json()).isEqualByComparingTo("1.86");
        assertThat(mild.dropRatio().value()).isEqualByComparingTo("0.35");
        // no cost: profit 0.00 over revenue 33.00
        assertThat(mild.horizonProfit().json()).isEqualByComparingTo("0.00");
        assertThat(mild.horizonMarginRatio().json()).isEqualByComparingTo("0.0000");
    }

    @Test
    void the_horizon_figures_cover_every_line_of_the_horizon() {
        Sales sales = new Sales()
                .sell(20, "可乐", "1", b -> b.qty(1).prices("1.00", "1.00", "1.00").cost("0.50", "0.50"))
                .sell(10, "可乐", "1", b -> b.qty(20).prices("1.00", "1.00", "1.00").cost("15.00", "5.00"))
                .sell(0, "可乐", "1", b -> b.qty(13).prices("1.00", "1.00", "1.00").cost("10.40", "2.60"));

        TrafficDrop.Row row = rows(sales.card(ID, 21)).get(0);

        // profit 0.50 + 5.00 + 2.60 = 8.10 over revenue 1 + 20 + 13 = 34.00 → 0.2382352941
        assertThat(row.horizonProfit().json()).isEqualByComparingTo("8.10");
        assertThat(row.horizonMarginRatio().json()).isEqualByComparingTo("0.2382");
        assertThat(row.prevQty()).as("Y−20 is outside Pw").isEqualTo(20);
    }

    @Test
    void the_headline_counts_the_severities_and_the_lost_quantity() {
        Card card = scope().card(ID, 14);
        TrafficDrop.Headline h = headline(card);

        assertThat(h.count()).isEqualTo(5);
        assertThat(h.severeCount()).isEqualTo(2);
        assertThat(h.mediumCount()).isEqualTo(2);
        assertThat(h.mildCount()).isEqualTo(1);
        // 14 + 13 + 12 + 8 + 7
        assertThat(h.lostQty()).isEqualTo(54);
        assertThat(h.topChannels()).containsExactly(new TrafficDrop.ChannelCount("美团闪购", 4),
                new TrafficDrop.ChannelCount("饿了么", 1));
    }

    @Test
    void the_face_compares_the_windows_and_shows_the_lost_quantity_and_the_channels() {
        Card card = scope().card(ID, 14);

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("5", "个热销品持续下滑"));
        assertThat(card.subInfo()).isEqualTo("近7日 vs 前7日 · 跌幅>30%");
        assertThat(card.extraInfo()).isEqualTo("合计少卖 54 件");
        assertThat(card.badges()).containsExactly(new Card.Badge("美团闪购 4", "orange"), new Card.Badge("饿了么 1", "orange"));
        assertThat(card.action().label()).isEqualTo("查看商品");
        assertThat(card.export().fileName()).isEqualTo("流量异常商品清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("销量下滑");
    }

    @Test
    void the_extras_count_items_per_category_and_per_severity() {
        TrafficDrop.Extras extras = (TrafficDrop.Extras) scope().card(ID, 14).extras();

        assertThat(extras.categoryCounts()).containsExactly(new TrafficDrop.CategoryCount("饮料", 3),
                new TrafficDrop.CategoryCount("零食", 2));
        assertThat(extras.severityCounts()).isEqualTo(new TrafficDrop.SeverityCounts(2, 2, 1));
    }

    @Test
    void the_category_chart_keeps_the_configured_number_and_breaks_ties_by_name() {
        Sales sales = new Sales()
                .sell(10, "甲", "1", b -> b.category("饮料").qty(14))
                .sell(10, "乙", "2", b -> b.category("零食").qty(14))
                .sell(10, "丙", "3", b -> b.category("日用品").qty(14))
                .sell(0, "丁", "4", 1);

        TrafficDrop.Extras extras = (TrafficDrop.Extras) sales.card(ID, 14, Map.of("traffic-drop.category-top", "2")).extras();

        // one each: 日 (U+65E5) < 零 (U+96F6) < 饮 (U+996E)
        assertThat(extras.categoryCounts()).containsExactly(new TrafficDrop.CategoryCount("日用品", 1),
                new TrafficDrop.CategoryCount("零食", 1));
    }

    @Test
    void equal_drops_go_to_the_larger_previous_quantity_then_the_product_key() {
        Sales sales = new Sales()
                .sell(10, "小", "5", 20).sell(0, "小", "5", 7)
                .sell(10, "大", "9", 40).sell(0, "大", "9", 14)
                .sell(10, "码3", "3", 20).sell(10, "码20", "20", 20);

        // 0.65 with 40 before 0.65 with 20; then 1.0 twice with 20: "C:20" < "C:3" by code point
        assertThat(rows(sales.card(ID, 14))).extracting(r -> r.product().productKey())
                .containsExactly("C:20", "C:3", "C:9", "C:5");
    }

    @Test
    void the_thresholds_and_texts_follow_the_configuration() {
        Card card = scope().card(ID, 14, Map.of("traffic-drop.min-drop-ratio", "0.35"));

        // 一般 (0.35) is no longer above the minimum drop
        assertThat(card.count()).isEqualTo(4);
        assertThat(card.subInfo()).isEqualTo("近7日 vs 前7日 · 跌幅>35%");
        assertThat(headline(card).mildCount()).isZero();
    }

    @Test
    void consumables_and_invalid_orders_are_invisible() {
        Sales sales = new Sales()
                .sell(10, "测试单后", "1", 14)
                .sell(0, "测试单后", "1", b -> b.channel("京东到家").fee("0.00").qty(10))
                .sell(10, "测试单前", "2", 10)
                .sell(10, "测试单前", "2", b -> b.channel("京东到家").fee("0.00").qty(10))
                .sell(10, "袋", "3", b -> b.category("耗材").qty(20))
                .sell(0, "其他", "4", 1);

        // 测试单后: recent 0 among valid orders → drop 1; 测试单前: prevQty 10 < 14
        assertThat(rows(sales.card(ID, 14))).extracting(r -> r.product().productName() + " " + r.recentQty())
                .containsExactly("测试单后 0");
    }

    @Test
    void sales_before_the_previous_window_do_not_count() {
        Sales sales = new Sales().sell(14, "早", "1", 20).sell(0, "其他", "2", 1);

        assertThat(sales.card(ID, 15).state()).isEqualTo(Card.State.ALL_GOOD);
    }

    @Test
    void without_items_the_card_is_all_good_with_its_own_text_and_action() {
        Sales sales = new Sales().sell(10, "持平", "1", 20).sell(0, "持平", "1", 14);

        Card card = sales.card(ID, 14);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.message()).isEqualTo("✅ 热销品销量稳定");
        assertThat(card.action().label()).isEqualTo("查看说明");
        assertThat(card.badges()).isEmpty();
        assertThat(card.extraInfo()).isEqualTo("合计少卖 0 件");
    }

    @Test
    void the_json_names_the_severities_in_chinese() {
        String json = SnapshotJson.write(Engines.diagnose(scope().lines(), DiagnosisProperties.defaults(), Sales.Y.minusDays(13)));

        assertThat(json).contains("\"severityCounts\":{\"严重\":2,\"较重\":2,\"一般\":1}")
                .contains("\"categoryCounts\":[{\"categoryL1\":\"饮料\",\"count\":3},{\"categoryL1\":\"零食\",\"count\":2}]")
                .contains("\"prevDailyAvg\":2.00,\"recentDailyAvg\":0.00,\"dropRatio\":1.0000,\"severity\":\"严重\"");
    }
}
