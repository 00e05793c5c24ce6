package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Delivery;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryCardTest {

    private static Card delivery(List<OrderLine> lines) {
        return Engines.diagnose(lines).card("delivery");
    }

    private static Card delivery(List<OrderLine> lines, Map<String, String> properties) {
        return Engines.diagnose(lines, DiagnosisProperties.of(properties), null).card("delivery");
    }

    private static Delivery.Headline headline(Card card) {
        return (Delivery.Headline) card.headline();
    }

    private static List<Delivery.Row> rows(Card card) {
        return card.rows().stream().map(Delivery.Row.class::cast).toList();
    }

    private static List<String> hintCodes(Delivery.Row row) {
        return row.riskHints().stream().map(Delivery.RiskHint::code).toList();
    }

    /** A one-line valid order at the given time whose 配送净成本 is the given 物流配送费 (nothing paid, no rebate). */
    private static LineBuilder order(String id, String time, String deliveryFee) {
        return line().order(id).at(time).delivery(deliveryFee, "0.00", "0.00");
    }

    @Test
    void the_worked_example_flags_order_3002_with_a_premium_of_3_20() {
        Card card = delivery(WorkedExample.lines());
        Delivery.Headline h = headline(card);

        // 3002: 9.50 − (0.00 − 0.00) − 0.30 = 9.20 > 6.00 → premium 3.20; 3001: 3.80; 3003: 2.00
        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(1);
        assertThat(h.premiumTotal().json()).isEqualByComparingTo("3.20");
        assertThat(h.avgPremium().json()).isEqualByComparingTo("3.20");
        assertThat(h.mainDistanceBucket()).isEqualTo("3-5km");
        assertThat(h.distanceDistribution()).containsExactly(entry("0-3km", 0), entry("3-5km", 1), entry("5-8km", 0),
                entry("8km+", 0), entry("未知", 0));
        assertThat(card.trend()).as("no baseline day").isNull();

        Delivery.Row row = rows(card).get(0);
        assertThat(row.orderId()).isEqualTo("3002");
        assertThat(row.distanceM()).isEqualTo(4800);
        assertThat(row.distanceKm().json()).isEqualByComparingTo("4.80");
        assertThat(row.distanceBucket()).isEqualTo("3-5km");
        assertThat(row.timeSlot()).isEqualTo("晚餐17-21");
        assertThat(hintCodes(row)).as("农夫山泉饮用天然水5L contains 5L").containsExactly("HEAVY");
        assertThat(row.riskHints().get(0).text()).isEqualTo("含大件/整箱商品，核对重量加价");
    }

    @Test
    void the_worked_example_row_carries_the_order_figures_of_the_spec_table() {
        Delivery.Row row = rows(delivery(WorkedExample.lines())).get(0);

        assertThat(row.orderTime()).isEqualTo(LocalDateTime.of(2025, 12, 20, 18, 40));
        assertThat(row.channel()).isEqualTo("美团闪购");
        assertThat(row.storeName()).isEqualTo(WorkedExample.STORE);
        assertThat(row.revenue().json()).isEqualByComparingTo("29.90");
        // 6.50 + 9.80 + 6.00
        assertThat(row.lineCostTotal().json()).isEqualByComparingTo("22.30");
        assertThat(row.deliveryFee().json()).isEqualByComparingTo("9.50");
        assertThat(row.userPaidDeliveryFee().json()).isEqualByComparingTo("0.00");
        assertThat(row.deliveryFeeDiscount().json()).isEqualByComparingTo("0.00");
        assertThat(row.corporateRebateTotal().json()).isEqualByComparingTo("0.30");
        assertThat(row.netDeliveryCost().json()).isEqualByComparingTo("9.20");
        assertThat(row.premium().json()).isEqualByComparingTo("3.20");
        assertThat(row.orderProfit().json()).isEqualByComparingTo("-3.98");
        assertThat(row.address()).isEqualTo("滨江区滨盛路8号江畔花园12栋1单元1202");
        assertThat(row.orderNumber()).isNull();
    }

    @Test
    void the_worked_example_face_extras_series_and_export() {
        Card card = delivery(WorkedExample.lines());

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("1", "笔订单配送净成本超¥6"));
        assertThat(card.subInfo()).isEqualTo("配送溢价 ¥3.20 · 单均 ¥3.20");
        assertThat(card.extraInfo()).isEqualTo("主要分布：3-5km");
        assertThat(card.badges()).containsExactly(new Card.Badge("美团闪购 1", "yellow"));
        assertThat(card.action().label()).isEqualTo("查看订单");
        assertThat(card.message()).isNull();
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 20), 1));
        assertThat(card.minSpanDays()).isEqualTo(1);
        Delivery.Extras extras = (Delivery.Extras) card.extras();
        assertThat(extras.timeSlotDistribution()).containsExactly(entry("凌晨0-6", 0), entry("早餐6-9", 0), entry("上午9-11", 0),
                entry("午餐11-14", 0), entry("下午茶14-17", 0), entry("晚餐17-21", 1), entry("夜宵21-24", 0));
        assertThat(extras.channelBreakdown()).singleElement().satisfies(g -> {
            assertThat(g.channel()).isEqualTo("美团闪购");
            assertThat(g.count()).isEqualTo(1);
            assertThat(g.premiumTotal().json()).isEqualByComparingTo("3.20");
        });
        assertThat(card.series()).singleElement().satisfies(point -> {
            assertThat(point.date()).isEqualTo(LocalDate.of(2025, 12, 20));
            assertThat(point.count()).isEqualTo(1);
            assertThat(point.amount().json()).isEqualByComparingTo("3.20");
        });
        assertThat(card.export().fileName()).isEqualTo("高配送费订单清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("汇总", "美团闪购");
    }

    @Test
    void variant_d_a_test_order_on_a_fee_channel_changes_nothing() {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(WorkedExample.order3004("京东到家"));
        Card card = delivery(lines);

        // 3004 would have 配送净成本 7.00 > 6.00, but 京东到家 with a known fee total ≤ 0 is invalid
        assertThat(card.count()).isEqualTo(1);
        assertThat(headline(card).premiumTotal().json()).isEqualByComparingTo("3.20");
        assertThat(rows(card)).extracting(Delivery.Row::orderId).containsExactly("3002");
    }

    @Test
    void variant_d_prime_an_own_channel_order_adds_a_near_order_that_wins_the_bucket_tie() {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(WorkedExample.order3004("闪购小程序"));
        Card card = delivery(lines);
        Delivery.Headline h = headline(card);

        // 3004: 7.00 − 0.00 − 0.00 = 7.00 → premium 1.00; total 3.20 + 1.00 = 4.20, average 2.10
        assertThat(card.count()).isEqualTo(2);
        assertThat(h.premiumTotal().json()).isEqualByComparingTo("4.20");
        assertThat(h.avgPremium().json()).isEqualByComparingTo("2.10");
        assertThat(h.distanceDistribution()).containsEntry("0-3km", 1).containsEntry("3-5km", 1);
        assertThat(h.mainDistanceBucket()).as("a tie goes to the nearer bucket").isEqualTo("0-3km");
        assertThat(rows(card)).extracting(Delivery.Row::orderId).containsExactly("3002", "3004");
        Delivery.Row r3004 = rows(card).get(1);
        assertThat(r3004.distanceKm().json()).isEqualByComparingTo("0.80");
        assertThat(r3004.distanceBucket()).isEqualTo("0-3km");
        assertThat(r3004.timeSlot()).isEqualTo("晚餐17-21");
        assertThat(hintCodes(r3004)).containsExactly("GENERAL");
        assertThat(r3004.riskHints().get(0).text()).isEqualTo("核对配送费设置");
        assertThat(h.topChannels()).extracting(Delivery.ChannelPremium::channel).containsExactly("美团闪购", "闪购小程序");
        assertThat(h.topChannels()).extracting(g -> g.premiumTotal().json().toPlainString()).containsExactly("3.20", "1.00");
        assertThat(card.extraInfo()).isEqualTo("主要分布：0-3km");
        assertThat(card.export().sheets()).containsExactly("汇总", "美团闪购", "闪购小程序");
    }

    @Test
    void an_order_is_flagged_only_when_its_net_delivery_cost_is_strictly_above_the_threshold() {
        List<OrderLine> lines = List.of(
                order("at", "2025-12-20 10:00:00", "6.00").build(),
                order("above", "2025-12-20 10:00:00", "6.0001").build(),
                order("below", "2025-12-20 10:00:00", "5.9999").build(),
                // 8.00 − (3.00 − 1.00) − 0.00 = 6.00: the user's net payment counts
                line().order("paid").delivery("8.00", "3.00", "1.00").build(),
                // 7.00 − 0 − 0.50 rebate = 6.50
                line().order("rebated").delivery("7.00", "0.00", "0.00").rebate("0.50").build());
        Card card = delivery(lines);

        assertThat(rows(card)).extracting(Delivery.Row::orderId).containsExactly("rebated", "above");
        assertThat(rows(card).get(1).premium().value()).isEqualByComparingTo("0.0001");
        assertThat(rows(card).get(1).premium().json()).isEqualByComparingTo("0.00");
        // 0.50 + 0.0001
        assertThat(headline(card).premiumTotal().value()).isEqualByComparingTo("0.5001");
    }

    @Test
    void the_threshold_is_configurable_and_shown_without_trailing_zeros() {
        List<OrderLine> lines = List.of(order("A", "2025-12-20 10:00:00", "5.50").build());

        Card card = delivery(lines, Map.of("delivery.net-cost-threshold", "5.25"));

        assertThat(card.count()).isEqualTo(1);
        assertThat(card.bigNumber().label()).isEqualTo("笔订单配送净成本超¥5.25");
        assertThat(headline(card).premiumTotal().json()).isEqualByComparingTo("0.25");
        assertThat(delivery(lines).count()).isZero();
    }

    @Test
    void the_order_profit_plays_no_role() {
        // a very profitable order (利润额 80.00) with 配送净成本 9.00
        List<OrderLine> lines = List.of(order("rich", "2025-12-20 10:00:00", "9.00").qty(1).prices("100.00", "100.00", "100.00")
                .cost("20.00", "80.00").fee("5.00").build());
        Delivery.Row row = rows(delivery(lines)).get(0);

        // 订单实际利润 = 80.00 − 5.00 − 9.00 = 66.00
        assertThat(row.orderProfit().json()).isEqualByComparingTo("66.00");
        assertThat(row.premium().json()).isEqualByComparingTo("3.00");
    }

    @Test
    void rows_are_sorted_by_net_delivery_cost_descending_then_by_store_and_order_id() {
        List<OrderLine> lines = List.of(
                order("B", "2025-12-20 10:00:00", "8.00").build(),
                order("C", "2025-12-20 10:00:00", "9.00").build(),
                order("A", "2025-12-20 11:00:00", "8.00").build(),
                order("A", "2025-12-20 11:00:00", "8.00").store("阿店").build());
        Card card = delivery(lines);

        // 9.00 first; the three 8.00 orders by store name (示 U+793A before 阿 U+963F), then 订单ID
        assertThat(rows(card)).extracting(r -> r.storeName() + "/" + r.orderId())
                .containsExactly("示例便利店（滨江店）/C", "示例便利店（滨江店）/A", "示例便利店（滨江店）/B", "阿店/A");
    }

    @Test
    void distances_fall_into_left_closed_buckets_and_an_unknown_distance_is_unknown() {
        int[] metres = {0, 2999, 3000, 4999, 5000, 7999, 8000, 25000};
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < metres.length; i++) {
            lines.add(order("D" + i, "2025-12-20 10:00:00", "7.00").distance(metres[i]).build());
        }
        lines.add(order("U", "2025-12-20 10:00:00", "7.00").distance(null).build());
        Card card = delivery(lines);

        assertThat(rows(card)).extracting(r -> r.orderId() + ":" + r.distanceBucket()).containsExactly("D0:0-3km", "D1:0-3km",
                "D2:3-5km", "D3:3-5km", "D4:5-8km", "D5:5-8km", "D6:8km+", "D7:8km+", "U:未知");
        Delivery.Row unknown = rows(card).get(8);
        assertThat(unknown.distanceM()).isNull();
        assertThat(unknown.distanceKm()).isNull();
        assertThat(headline(card).distanceDistribution()).containsExactly(entry("0-3km", 2), entry("3-5km", 2),
                entry("5-8km", 2), entry("8km+", 2), entry("未知", 1));
        assertThat(headline(card).mainDistanceBucket()).as("four-way tie → the nearest").isEqualTo("0-3km");
    }

    @Test
    void the_main_bucket_ignores_unknown_distances_unless_every_distance_is_unknown() {
        List<OrderLine> mostlyUnknown = List.of(
                order("A", "2025-12-20 10:00:00", "7.00").distance(null).build(),
                order("B", "2025-12-20 10:00:00", "7.00").distance(null).build(),
                order("C", "2025-12-20 10:00:00", "7.00").distance(6000).build(),
                order("D", "2025-12-20 10:00:00", "7.00").distance(1000).build(),
                order("E", "2025-12-20 10:00:00", "7.00").distance(6500).build());
        assertThat(headline(delivery(mostlyUnknown)).mainDistanceBucket()).isEqualTo("5-8km");

        List<OrderLine> allUnknown = List.of(order("A", "2025-12-20 10:00:00", "7.00").build());
        assertThat(headline(delivery(allUnknown)).mainDistanceBucket()).isEqualTo("未知");
        assertThat(delivery(allUnknown).extraInfo()).isEqualTo("主要分布：未知");
    }

    @Test
    void bucket_labels_follow_the_configured_bounds() {
        List<OrderLine> lines = List.of(order("A", "2025-12-20 10:00:00", "7.00").distance(2600).build());
        Card card = delivery(lines, Map.of("delivery.distance-bucket-bounds-m", "2500,6000"));

        assertThat(headline(card).distanceDistribution()).containsExactly(entry("0-2.5km", 0), entry("2.5-6km", 1),
                entry("6km+", 0), entry("未知", 0));
    }

    @Test
    void an_order_belongs_to_the_slot_whose_hours_contain_its_hour() {
        String[] times = {"00:00", "05:59", "06:00", "08:59", "09:00", "11:00", "13:59", "14:00", "17:00", "20:59", "21:00",
            "23:59"};
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            lines.add(order("T" + (10 + i), "2025-12-20 " + times[i] + ":00", "7.00").build());
        }
        Card card = delivery(lines);

        assertThat(rows(card)).extracting(Delivery.Row::timeSlot).containsExactly("凌晨0-6", "凌晨0-6", "早餐6-9", "早餐6-9",
                "上午9-11", "午餐11-14", "午餐11-14", "下午茶14-17", "晚餐17-21", "晚餐17-21", "夜宵21-24", "夜宵21-24");
        assertThat(((Delivery.Extras) card.extras()).timeSlotDistribution()).containsExactly(entry("凌晨0-6", 2),
                entry("早餐6-9", 2), entry("上午9-11", 1), entry("午餐11-14", 2), entry("下午茶14-17", 1), entry("晚餐17-21", 2),
                entry("夜宵21-24", 2));
    }

    @Test
    void slot_labels_follow_the_configured_starts() {
        List<OrderLine> lines = List.of(order("A", "2025-12-20 22:30:00", "7.00").build());
        Card card = delivery(lines, Map.of("delivery.time-slot-starts", "0,7,10,11,13,18,22"));

        assertThat(rows(card).get(0).timeSlot()).isEqualTo("夜宵22-24");
        assertThat(((Delivery.Extras) card.extras()).timeSlotDistribution().keySet()).containsExactly("凌晨0-7", "早餐7-10",
                "上午10-11", "午餐11-13", "下午茶13-18", "晚餐18-22", "夜宵22-24");
    }

    @Test
    void night_hints_cover_their_inclusive_hours() {
        List<OrderLine> lines = List.of(
                order("h05", "2025-12-20 05:59:00", "9.00").build(),
                order("h06", "2025-12-20 06:00:00", "8.90").build(),
                order("h20", "2025-12-20 20:59:00", "8.80").build(),
                order("h21", "2025-12-20 21:00:00", "8.70").build(),
                order("h23", "2025-12-20 23:59:00", "8.60").build(),
                order("h00", "2025-12-20 00:00:00", "8.50").build());
        Card card = delivery(lines);

        assertThat(rows(card)).extracting(r -> r.orderId() + ":" + String.join("+", hintCodes(r))).containsExactly(
                "h05:EARLY_NIGHT", "h06:GENERAL", "h20:GENERAL", "h21:LATE_NIGHT", "h23:LATE_NIGHT", "h00:EARLY_NIGHT");
        assertThat(rows(card).get(0).riskHints().get(0).text()).isEqualTo("凌晨下单，核对夜间加价");
        assertThat(rows(card).get(3).riskHints().get(0).text()).isEqualTo("夜间时段，配送溢价偏高");
    }

    @Test
    void long_distance_is_strictly_above_the_property_and_its_text_renders_the_property_in_km() {
        List<OrderLine> lines = List.of(
                order("at", "2025-12-20 10:00:00", "9.00").distance(5000).build(),
                order("above", "2025-12-20 10:00:00", "8.00").distance(5001).build());
        Card card = delivery(lines);

        assertThat(hintCodes(rows(card).get(0))).containsExactly("GENERAL");
        assertThat(rows(card).get(1).riskHints()).containsExactly(
                new Delivery.RiskHint("LONG_DISTANCE", "配送距离超过5公里，核对远距离加价"));

        Card closer = delivery(lines, Map.of("delivery.long-distance-m", "3000"));
        assertThat(rows(closer).get(0).riskHints()).containsExactly(
                new Delivery.RiskHint("LONG_DISTANCE", "配送距离超过3公里，核对远距离加价"));
    }

    @Test
    void every_matching_hint_contributes_in_table_order() {
        List<OrderLine> lines = List.of(order("A", "2025-12-20 22:15:00", "9.00").distance(6000).product("青岛啤酒整箱", "9").build());

        assertThat(hintCodes(rows(delivery(lines)).get(0))).containsExactly("LATE_NIGHT", "HEAVY", "LONG_DISTANCE");
    }

    @Test
    void heavy_keywords_match_after_nfkc_normalisation_and_ignore_latin_case() {
        List<OrderLine> lines = List.of(
                order("fullwidth", "2025-12-20 10:00:00", "9.90").product("农夫山泉５Ｌ", "1").build(),
                order("lower", "2025-12-20 10:00:00", "9.80").product("矿泉水5l", "2").build(),
                order("times", "2025-12-20 10:00:00", "9.70").product("啤酒×6", "3").build(),
                order("upperX", "2025-12-20 10:00:00", "9.60").product("啤酒X12", "4").build(),
                order("kg", "2025-12-20 10:00:00", "9.50").product("大米5KG", "5").build(),
                order("small", "2025-12-20 10:00:00", "9.40").product("矿泉水550ml", "6").build(),
                order("perBox", "2025-12-20 10:00:00", "9.30").product("鸡蛋30枚/箱", "7").build());
        Card card = delivery(lines);

        assertThat(rows(card)).extracting(r -> r.orderId() + ":" + hintCodes(r).get(0)).containsExactly("fullwidth:HEAVY",
                "lower:HEAVY", "times:HEAVY", "upperX:HEAVY", "kg:HEAVY", "small:GENERAL", "perBox:HEAVY");
    }

    @Test
    void heavy_keywords_are_configurable() {
        List<OrderLine> lines = List.of(order("A", "2025-12-20 10:00:00", "9.00").product("西瓜一个", "1").build());

        assertThat(hintCodes(rows(delivery(lines)).get(0))).containsExactly("GENERAL");
        assertThat(hintCodes(rows(delivery(lines, Map.of("delivery.heavy-keywords", "西瓜,冬瓜"))).get(0)))
                .containsExactly("HEAVY");
    }

    @Test
    void the_heavy_test_reads_the_line_own_name_not_the_product_display_name() {
        List<OrderLine> lines = List.of(
                // the item: its line is named without a keyword …
                order("item", "2025-12-20 10:00:00", "9.00").product("纯净水", "1").build(),
                // … while a later line renames the product (display name) to one with a keyword
                line().order("later").at("2025-12-20 11:00:00").product("纯净水5L", "1").build(),
                // and the opposite: an old name with a keyword, displayed without one
                order("item2", "2025-12-20 09:00:00", "8.00").product("矿泉水整箱", "2").build(),
                line().order("later2").at("2025-12-20 11:30:00").product("矿泉水", "2").build());
        Card card = delivery(lines);

        assertThat(rows(card)).extracting(r -> r.orderId() + ":" + hintCodes(r).get(0)).containsExactly("item:GENERAL",
                "item2:HEAVY");
    }

    @Test
    void a_consumable_line_of_the_order_is_read_by_the_heavy_test() {
        List<OrderLine> lines = List.of(
                order("A", "2025-12-20 10:00:00", "9.00").product("可乐", "1").build(),
                order("A", "2025-12-20 10:00:00", "9.00").product("整箱打包袋", "2").category("耗材").build());

        assertThat(hintCodes(rows(delivery(lines)).get(0))).containsExactly("HEAVY");
    }

    @Test
    void channels_are_ordered_by_count_then_premium_then_name_and_the_badges_keep_the_first_three() {
        List<OrderLine> lines = List.of(
                order("1", "2025-12-20 10:00:00", "7.00").channel("饿了么").build(),
                order("2", "2025-12-20 10:00:00", "7.00").channel("饿了么").build(),
                order("3", "2025-12-20 10:00:00", "11.00").channel("美团闪购").build(),
                order("4", "2025-12-20 10:00:00", "7.00").channel("闪购小程序").build(),
                order("5", "2025-12-20 10:00:00", "7.00").channel("收银机订单").build());
        Card card = delivery(lines);
        Delivery.Extras extras = (Delivery.Extras) card.extras();

        // 饿了么 2 (2.00); 美团闪购 1 (5.00); then 1 (1.00) each: 收银机订单 (U+6536) before 闪购小程序 (U+95EA)
        assertThat(extras.channelBreakdown()).extracting(g -> g.channel() + " " + g.count() + " " + g.premiumTotal().json())
                .containsExactly("饿了么 2 2.00", "美团闪购 1 5.00", "收银机订单 1 1.00", "闪购小程序 1 1.00");
        assertThat(headline(card).topChannels()).extracting(Delivery.ChannelPremium::channel).containsExactly("饿了么", "美团闪购",
                "收银机订单");
        assertThat(card.badges()).extracting(Card.Badge::text).containsExactly("饿了么 2", "美团闪购 1", "收银机订单 1");
        assertThat(card.export().sheets()).containsExactly("汇总", "饿了么", "美团闪购", "收银机订单", "闪购小程序");
        // 2.00 + 5.00 + 1.00 + 1.00 = 9.00 over 5 orders = 1.80
        assertThat(card.subInfo()).isEqualTo("配送溢价 ¥9.00 · 单均 ¥1.80");
    }

    @Test
    void invalid_orders_are_invisible() {
        List<OrderLine> lines = List.of(
                order("test", "2025-12-20 10:00:00", "9.00").channel("饿了么").fee("0.00").build(),
                order("ok", "2025-12-20 10:00:00", "9.00").channel("饿了么").fee("0.50").build());

        assertThat(rows(delivery(lines))).extracting(Delivery.Row::orderId).containsExactly("ok");
    }

    @Test
    void without_items_the_card_is_all_good_with_its_message_and_action() {
        Card card = delivery(List.of(order("A", "2025-12-20 10:00:00", "6.00").build()));
        Delivery.Headline h = headline(card);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.count()).isZero();
        assertThat(card.message()).isEqualTo("✅ 昨日无高配送费订单");
        assertThat(card.action().label()).isEqualTo("查看趋势");
        assertThat(h.avgPremium()).isNull();
        assertThat(h.mainDistanceBucket()).isNull();
        assertThat(h.distanceDistribution()).containsEntry("未知", 0).hasSize(5);
        assertThat(card.extraInfo()).isNull();
        assertThat(card.subInfo()).isEqualTo("配送溢价 ¥0.00 · 单均 --");
        assertThat(card.export().sheets()).containsExactly("汇总");
    }

    @Test
    void the_trend_and_series_apply_the_rule_to_each_day() {
        List<OrderLine> lines = new ArrayList<>();
        // Y−3: 1 item, Y−2: 2, Y−1: 1, Y: 3 → mean 1.3, change (3 − 4/3) ÷ 4/3 = +125.0 %: UP
        int[] perDay = {1, 2, 1, 3};
        int n = 0;
        for (int i = 0; i < perDay.length; i++) {
            for (int k = 0; k < perDay[i]; k++) {
                lines.add(order("O" + n++, "2025-12-" + (17 + i) + " 10:00:00", "8.50").build());
            }
            // a cheap delivery every day, not an item
            lines.add(order("cheap" + i, "2025-12-" + (17 + i) + " 11:00:00", "3.00").build());
        }
        Card card = delivery(lines);

        assertThat(card.trend().direction()).isEqualTo("UP");
        assertThat(card.trend().todayCount()).isEqualTo(3);
        assertThat(card.trend().avg3d().json()).isEqualByComparingTo("1.3");
        assertThat(card.trend().description()).isEqualTo("较前3日均值(1.3) ↑125.0%");
        assertThat(card.series()).extracting(Card.SeriesPoint::count).containsExactly(1, 2, 1, 3);
        // premium 2.50 per item
        assertThat(card.series()).extracting(p -> p.amount().json().toPlainString()).containsExactly("2.50", "5.00", "2.50",
                "7.50");
        assertThat(card.series().get(0).date()).isEqualTo(LocalDate.of(2025, 12, 17));
    }

    @Test
    void the_json_writes_the_distribution_in_bucket_order_and_kilometres_with_two_decimals() {
        Snapshot snapshot = Engines.diagnose(WorkedExample.lines());
        String json = SnapshotJson.write(snapshot);

        assertThat(json).contains("\"distanceDistribution\":{\"0-3km\":0,\"3-5km\":1,\"5-8km\":0,\"8km+\":0,\"未知\":0}")
                .contains("\"distanceM\":4800,\"distanceKm\":4.80,\"distanceBucket\":\"3-5km\"")
                .contains("\"riskHints\":[{\"code\":\"HEAVY\",\"text\":\"含大件/整箱商品，核对重量加价\"}]")
                .contains("\"premiumTotal\":3.20,\"avgPremium\":3.20");
    }
}
