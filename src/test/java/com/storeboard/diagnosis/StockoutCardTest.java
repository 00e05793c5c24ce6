package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.diagnosis.model.Stockout;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockoutCardTest {

    private static final String ID = "stockout";

    private static List<Stockout.Row> rows(Card card) {
        return card.rows().stream().map(Stockout.Row.class::cast).toList();
    }

    private static Stockout.Headline headline(Card card) {
        return (Stockout.Headline) card.headline();
    }

    /**
     * Span 10 days, statDays 7, W = [12-14, 12-20]. Items: 薯片 (13 in W), 可乐 (7), 饼干 (3).
     */
    private static Sales stockScope() {
        return new Sales()
                // 可乐: windowQty 4 + 3 = 7, windowProfit 4.00 + 3.00 = 7.00; Y−9 lies outside W but inside H
                .sell(9, "可乐", "1", b -> b.qty(1).prices("3.00", "3.00", "3.00").cost("2.00", "1.00").stock("9"))
                .sell(3, "可乐", "1", b -> b.qty(4).prices("3.00", "3.00", "3.00").cost("8.00", "4.00").stock("5"))
                .sell(0, "可乐", "1", b -> b.qty(3).prices("3.00", "3.00", "3.00").cost("6.00", "3.00").stock("0"))
                // 薯片: out of stock on Y, Y−1, Y−2 (stock 2 on Y−3): 3 consecutive days; windowQty 13, profit 3.00
                .sell(3, "薯片", "2", b -> b.qty(1).stock("2"))
                .sell(2, "薯片", "2", b -> b.qty(4).stock("0"))
                .sell(1, "薯片", "2", b -> b.qty(4).stock("0"))
                .sell(0, "薯片", "2", b -> b.qty(4).prices("1.00", "1.00", "1.00").cost("1.00", "3.00").stock("-1"))
                // 饼干: out of stock on Y and Y−1 only: 2 days, neither new nor persistent
                .sell(1, "饼干", "3", b -> b.qty(1).stock("0"))
                .sell(0, "饼干", "3", b -> b.qty(2).stock("0"))
                // not items: stock left; stock unknown on Y; no sales in W; a consumable
                .sell(0, "牛奶", "4", b -> b.qty(5).stock("10"))
                .sell(1, "面包", "5", b -> b.qty(1).stock("0"))
                .sell(0, "面包", "5", b -> b.qty(5))
                .sell(8, "酸奶", "6", b -> b.qty(5).stock("2"))
                .sell(0, "酸奶", "6", b -> b.qty(0).stock("0"))
                .sell(0, "购物袋", "9", b -> b.qty(5).category("耗材").stock("0"));
    }

    @Test
    void the_worked_example_has_too_little_data_although_the_eggs_are_out_of_stock() {
        Card card = Engines.diagnose(WorkedExample.lines()).card(ID);

        // spanDays 1 < stockout.min-span-days 2; 土鸡蛋10枚 has 库存 0
        assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(card.message()).isEqualTo("数据不足：需要至少2天数据（当前1天）");
        assertThat(card.count()).isZero();
        assertThat(card.rows()).isEmpty();
        assertThat(card.minSpanDays()).isEqualTo(2);
        assertThat(card.window()).isEqualTo(new Card.Window(Sales.Y, Sales.Y, 1));
    }

    @Test
    void the_worked_example_variants_with_order_3004_are_still_short_of_data() {
        for (String channel : List.of("京东到家", "闪购小程序")) {
            List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
            lines.add(WorkedExample.order3004(channel));

            Card card = Engines.diagnose(lines).card(ID);

            assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
            assertThat(card.message()).isEqualTo("数据不足：需要至少2天数据（当前1天）");
        }
    }

    @Test
    void two_days_of_data_are_enough_and_the_window_is_the_whole_span() {
        Sales sales = new Sales().sell(0, "可乐", "1", b -> b.qty(2).stock("0"));

        Card card = sales.card(ID, 2);

        // statDays = min(7, 2) = 2: W = [12-19, 12-20]
        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 19), Sales.Y, 2));
        assertThat(headline(card).statDays()).isEqualTo(2);
        assertThat(rows(card).get(0).windowDays()).isEqualTo(2);
    }

    @Test
    void a_product_sold_in_the_window_with_a_known_stock_of_zero_or_less_on_y_is_an_item() {
        Card card = stockScope().card(ID, 10);

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(3);
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 14), Sales.Y, 7));
        // windowQty descending: 13, 7, 3
        assertThat(rows(card)).extracting(r -> r.product().productName()).containsExactly("薯片", "可乐", "饼干");
    }

    @Test
    void the_rows_carry_window_figures_restock_urgency_and_consecutive_days() {
        List<Stockout.Row> rows = rows(stockScope().card(ID, 10));
        Stockout.Row chips = rows.get(0);
        Stockout.Row cola = rows.get(1);
        Stockout.Row biscuits = rows.get(2);

        // 薯片: ⌈13 ÷ 7 × 3⌉ = ⌈5.57⌉ = 6 ≥ 5 → 紧急补货; stock −1 on Y
        assertThat(chips.windowQty()).isEqualTo(13);
        assertThat(chips.suggestedRestock()).isEqualTo(6);
        assertThat(chips.urgency()).isEqualTo("紧急补货");
        assertThat(chips.stockOnY().json()).isEqualByComparingTo("-1");
        assertThat(chips.consecutiveDays()).isEqualTo(3);
        assertThat(chips.windowProfit().json()).isEqualByComparingTo("3.00");
        // 可乐: ⌈7 ÷ 7 × 3⌉ = 3 → 正常缺货; horizon profit 1.00 + 4.00 + 3.00 = 8.00 over revenue 3 + 12 + 9 = 24.00
        assertThat(cola.product().productKey()).isEqualTo("C:1");
        assertThat(cola.mainChannel()).isEqualTo("美团闪购");
        assertThat(cola.windowQty()).isEqualTo(7);
        assertThat(cola.windowDays()).isEqualTo(7);
        assertThat(cola.suggestedRestock()).isEqualTo(3);
        assertThat(cola.urgency()).isEqualTo("正常缺货");
        assertThat(cola.stockOnY().json()).isEqualByComparingTo("0");
        assertThat(cola.consecutiveDays()).isEqualTo(1);
        assertThat(cola.detection()).isEqualTo("STOCK");
        assertThat(cola.windowProfit().json()).isEqualByComparingTo("7.00");
        assertThat(cola.horizonProfit().json()).isEqualByComparingTo("8.00");
        assertThat(cola.horizonMarginRatio().json()).isEqualByComparingTo("0.3333");
        // 饼干: ⌈3 ÷ 7 × 3⌉ = ⌈1.29⌉ = 2; out of stock on Y and Y−1
        assertThat(biscuits.suggestedRestock()).isEqualTo(2);
        assertThat(biscuits.consecutiveDays()).isEqualTo(2);
    }

    @Test
    void the_headline_counts_persistent_new_and_urgency_and_loses_the_window_profit_per_day() {
        Card card = stockScope().card(ID, 10);
        Stockout.Headline h = headline(card);

        assertThat(h.count()).isEqualTo(3);
        // (7.00 + 3.00 + 0.00) ÷ 7 = 1.4285714286
        assertThat(h.dailyLoss().value()).isEqualByComparingTo("1.4285714286");
        assertThat(h.dailyLoss().json()).isEqualByComparingTo("1.43");
        assertThat(h.persistentCount()).isEqualTo(1);
        assertThat(h.newCount()).isEqualTo(1);
        assertThat(h.urgentRestockCount()).isEqualTo(1);
        assertThat(h.normalRestockCount()).isEqualTo(2);
        assertThat(h.statDays()).isEqualTo(7);
        assertThat(h.mode()).isEqualTo("STOCK");
        assertThat(h.topChannels()).containsExactly(new Stockout.ChannelCount("美团闪购", 3));
    }

    @Test
    void the_face_shows_the_count_the_daily_loss_and_the_persistent_and_new_badges() {
        Card card = stockScope().card(ID, 10);

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("3", "个热销品库存为0"));
        assertThat(card.subInfo()).isEqualTo("日均损失 ¥1.43");
        assertThat(card.badges()).containsExactly(new Card.Badge("持续≥3天 1个", "red"), new Card.Badge("新增 1个", "orange"));
        assertThat(card.extraInfo()).isEqualTo("⚠️ 1 个商品已连续缺货≥3天，优先补货");
        assertThat(card.action().label()).isEqualTo("生成补货单");
        assertThat(card.message()).isNull();
        assertThat(card.export().fileName()).isEqualTo("热销缺货商品清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("缺货清单");
    }

    @Test
    void the_extras_list_the_names_of_each_urgency_in_row_order() {
        Stockout.Extras extras = (Stockout.Extras) stockScope().card(ID, 10).extras();

        assertThat(extras.urgentNames()).containsExactly("薯片");
        assertThat(extras.normalNames()).containsExactly("可乐", "饼干");
    }

    @Test
    void the_header_names_stop_at_the_configured_number_per_urgency() {
        Sales sales = new Sales();
        for (int i = 1; i <= 4; i++) {
            int qty = i <= 2 ? 20 + i : i; // two urgent (21, 22), two normal (3, 4)
            sales.sell(0, "P" + i, "" + i, b -> b.qty(qty).stock("0"));
        }

        Stockout.Extras extras = (Stockout.Extras) sales.card(ID, 10, Map.of("stockout.header-names", "1")).extras();

        assertThat(extras.urgentNames()).containsExactly("P2");
        assertThat(extras.normalNames()).containsExactly("P4");
    }

    @Test
    void the_urgency_turns_urgent_when_the_suggested_restock_reaches_five() {
        Sales sales = new Sales()
                .sell(0, "九件", "9", b -> b.qty(9).stock("0"))
                .sell(0, "十件", "10", b -> b.qty(10).stock("0"));

        List<Stockout.Row> rows = rows(sales.card(ID, 10));

        // ⌈10 × 3 ÷ 7⌉ = ⌈4.29⌉ = 5 → 紧急补货 (at the threshold); ⌈9 × 3 ÷ 7⌉ = ⌈3.86⌉ = 4 → 正常缺货
        assertThat(rows).extracting(Stockout.Row::suggestedRestock).containsExactly(5, 4);
        assertThat(rows).extracting(Stockout.Row::urgency).containsExactly("紧急补货", "正常缺货");
    }

    @Test
    void the_suggested_restock_is_the_exact_ceiling_without_a_rounding_artefact() {
        Sales sales = new Sales()
                .sell(1, "两件", "2", b -> b.qty(2).stock("1"))
                .sell(0, "两件", "2", b -> b.qty(0).stock("0"))
                .sell(0, "一件", "1", b -> b.qty(1).stock("0"));

        Card card = sales.card(ID, 3);

        // statDays 3: ⌈2 ÷ 3 × 3⌉ = 2 (not ⌈0.6666666667 × 3⌉ = 3); ⌈1 ÷ 3 × 3⌉ = 1
        assertThat(rows(card)).extracting(Stockout.Row::suggestedRestock).containsExactly(2, 1);
        assertThat(headline(card).statDays()).isEqualTo(3);
    }

    @Test
    void consecutive_days_stop_at_the_lookback_and_at_a_day_without_known_stock() {
        Sales sales = new Sales();
        for (int day = 9; day >= 0; day--) {
            sales.sell(day, "长期缺货", "1", b -> b.qty(1).stock("0"));
        }
        sales.sell(2, "断续", "2", b -> b.qty(1).stock("0"))
                .sell(1, "断续", "2", b -> b.qty(1))
                .sell(0, "断续", "2", b -> b.qty(1).stock("0"));

        List<Stockout.Row> rows = rows(sales.card(ID, 10));

        // 10 days at 0 → capped at consecutive-lookback-days 7; 断续 has no known stock on Y−1 → 1
        assertThat(rows).extracting(r -> r.product().productName() + " " + r.consecutiveDays())
                .containsExactly("长期缺货 7", "断续 1");
    }

    @Test
    void the_latest_line_of_y_decides_the_stock_on_y() {
        Sales sales = new Sales()
                .sell(0, "补上了", "1", b -> b.qty(1).stock("0").at("2025-12-20 09:00:00"))
                .sell(0, "补上了", "1", b -> b.qty(1).stock("4").at("2025-12-20 18:00:00"))
                .sell(0, "卖光了", "2", b -> b.qty(1).stock("4").at("2025-12-20 09:00:00"))
                .sell(0, "卖光了", "2", b -> b.qty(1).stock("0").at("2025-12-20 18:00:00"));

        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().productName()).containsExactly("卖光了");
    }

    @Test
    void persistent_starts_at_three_consecutive_days() {
        Sales sales = new Sales();
        for (int day = 2; day >= 0; day--) {
            sales.sell(day, "三天", "3", b -> b.qty(1).stock("0"));
        }
        for (int day = 1; day >= 0; day--) {
            sales.sell(day, "两天", "2", b -> b.qty(1).stock("0"));
        }

        Card card = sales.card(ID, 10);

        assertThat(headline(card).persistentCount()).isEqualTo(1);
        assertThat(headline(card).newCount()).isZero();
        assertThat(card.badges()).containsExactly(new Card.Badge("持续≥3天 1个", "red"));
    }

    @Test
    void a_store_without_any_known_stock_in_the_window_falls_back_to_the_sales_gap_of_yesterday() {
        Sales sales = new Sales()
                .sell(5, "豆浆", "11", 4)
                .sell(1, "豆浆", "11", 3)
                .sell(1, "油条", "12", 2)
                .sell(1, "包子", "13", 3)
                .sell(0, "包子", "13", 1)
                .sell(1, "馒头", "14", 5)
                .sell(0, "馒头", "14", 0)
                .sell(0, "矿泉水", "15", 1);

        Card card = sales.card(ID, 10);
        Stockout.Headline h = headline(card);

        // 豆浆: D 3 ≥ 3, none on Y; 馒头: D 5, Y 0; 油条 D 2 < 3; 包子 sold on Y
        assertThat(rows(card)).extracting(r -> r.product().productName()).containsExactly("豆浆", "馒头");
        Stockout.Row soy = rows(card).get(0);
        assertThat(soy.detection()).isEqualTo("SALES_GAP");
        assertThat(soy.windowQty()).isEqualTo(7);
        assertThat(soy.suggestedRestock()).isEqualTo(3);
        assertThat(soy.consecutiveDays()).isNull();
        assertThat(soy.stockOnY()).isNull();
        // ⌈5 × 3 ÷ 7⌉ = 3
        assertThat(rows(card).get(1).suggestedRestock()).isEqualTo(3);
        assertThat(h.mode()).isEqualTo("SALES_GAP");
        assertThat(h.persistentCount()).isZero();
        assertThat(h.newCount()).isZero();
        assertThat(card.badges()).isEmpty();
        assertThat(card.extraInfo()).isNull();
        assertThat(SnapshotJson.write(Engines.diagnose(sales.lines(), com.storeboard.config.DiagnosisProperties.defaults(),
                Sales.Y.minusDays(9)))).contains("\"consecutiveDays\":null,\"detection\":\"SALES_GAP\"");
    }

    @Test
    void stores_with_different_modes_make_a_mixed_headline_and_each_row_keeps_its_own_mode() {
        Sales sales = new Sales()
                .sell(0, "可乐", "1", b -> b.store("A店").qty(2).stock("0"))
                .sell(1, "豆浆", "11", b -> b.store("B店").qty(3))
                .sell(0, "可乐", "1", b -> b.store("B店").qty(2));

        Card card = sales.card(ID, 10);

        assertThat(headline(card).mode()).isEqualTo("MIXED");
        assertThat(rows(card)).extracting(r -> r.product().storeName() + " " + r.product().productName() + " " + r.detection())
                .containsExactly("B店 豆浆 SALES_GAP", "A店 可乐 STOCK");
    }

    @Test
    void a_store_without_lines_in_the_window_does_not_make_the_mode_mixed() {
        Sales sales = new Sales()
                .sell(0, "可乐", "1", b -> b.store("A店").qty(2).stock("0"))
                .sell(9, "豆浆", "11", b -> b.store("C店").qty(3));

        assertThat(headline(sales.card(ID, 10)).mode()).isEqualTo("STOCK");
    }

    @Test
    void ties_in_quantity_go_to_the_store_name_then_the_product_key() {
        Sales sales = new Sales()
                .sell(0, "乙", "2", b -> b.store("A店").qty(2).stock("0"))
                .sell(0, "甲", "1", b -> b.store("B店").qty(2).stock("0"))
                .sell(0, "甲", "1", b -> b.store("A店").qty(2).stock("0"))
                .sell(0, "丙", "3", b -> b.store("A店").qty(3).stock("0"));

        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().storeName() + " " + r.product().productKey())
                .containsExactly("A店 C:3", "A店 C:1", "A店 C:2", "B店 C:1");
    }

    @Test
    void the_top_channels_group_the_items_by_main_channel_count_first_then_name() {
        Sales sales = new Sales()
                .sell(0, "一", "1", b -> b.channel("美团闪购").qty(5).stock("0"))
                .sell(0, "二", "2", b -> b.channel("美团闪购").qty(5).stock("0"))
                .sell(0, "三", "3", b -> b.channel("饿了么").qty(5).stock("0"))
                .sell(0, "四", "4", b -> b.channel("闪购小程序").qty(5).stock("0"))
                .sell(0, "五", "5", b -> b.channel("京东到家").qty(5).stock("0"))
                // 六: 饿了么 2 in one line, 美团闪购 2 in two lines → more lines win: 美团闪购
                .sell(1, "六", "6", b -> b.channel("饿了么").qty(2))
                .sell(1, "六", "6", b -> b.channel("美团闪购").qty(1))
                .sell(0, "六", "6", b -> b.channel("美团闪购").qty(1).stock("0"));

        Card card = sales.card(ID, 10);

        // 美团闪购 3; then 1 each, by code point: 京 (U+4EAC) < 闪 (U+95EA) < 饿 (U+997F)
        assertThat(headline(card).topChannels()).containsExactly(new Stockout.ChannelCount("美团闪购", 3),
                new Stockout.ChannelCount("京东到家", 1), new Stockout.ChannelCount("闪购小程序", 1));
        assertThat(rows(card)).filteredOn(r -> r.product().productName().equals("六"))
                .extracting(Stockout.Row::mainChannel).containsExactly("美团闪购");
    }

    @Test
    void consumables_and_invalid_orders_are_invisible() {
        Sales sales = new Sales()
                .sell(0, "购物袋", "9", b -> b.category("耗材").qty(5).stock("0"))
                .sell(2, "可乐", "1", b -> b.qty(2).stock("5"))
                .sell(0, "可乐", "1", b -> b.channel("京东到家").fee("0.00").qty(1).stock("0"))
                .sell(0, "牛奶", "2", b -> b.qty(1).stock("3"));

        Card card = sales.card(ID, 10);

        // 可乐's stock 0 on Y is on a test order: no known stock on Y
        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
    }

    @Test
    void without_items_the_card_is_all_good_with_its_own_text_and_action() {
        Sales sales = new Sales().sell(0, "牛奶", "2", b -> b.qty(1).stock("3"));

        Card card = sales.card(ID, 10);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.count()).isZero();
        assertThat(card.message()).isEqualTo("✅ 库存充足");
        assertThat(card.action().label()).isEqualTo("查看库存");
        assertThat(card.badges()).isEmpty();
        assertThat(card.extraInfo()).isNull();
        assertThat(headline(card).dailyLoss().json()).isEqualByComparingTo("0.00");
        assertThat(headline(card).mode()).isEqualTo("STOCK");
    }

    @Test
    void the_json_writes_stock_without_trailing_zeros_and_money_with_two_decimals() {
        Sales sales = stockScope();
        String json = SnapshotJson.write(Engines.diagnose(sales.lines(), com.storeboard.config.DiagnosisProperties.defaults(),
                Sales.Y.minusDays(9)));

        assertThat(json).contains("\"productName\":\"薯片\"").contains("\"stockOnY\":-1,").contains("\"dailyLoss\":1.43")
                .contains("\"mode\":\"STOCK\"").contains("\"urgentNames\":[\"薯片\"]")
                .contains("\"windowProfit\":7.00,\"horizonProfit\":8.00,\"horizonMarginRatio\":0.3333");
    }
}
