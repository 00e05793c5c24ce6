package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.MarginDrop;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MarginDropCardTest {

    private static final String ID = "marginDrop";

    private static List<MarginDrop.Row> rows(Card card) {
        return card.rows().stream().map(MarginDrop.Row.class::cast).toList();
    }

    private static MarginDrop.Headline headline(Card card) {
        return (MarginDrop.Headline) card.headline();
    }

    /** qty units at price with the given 利润额 (商品采购成本 = price × qty − profit). */
    private static UnaryOperator<LineBuilder> sold(int qty, String price, String profit) {
        String cost = new BigDecimal(price).multiply(BigDecimal.valueOf(qty)).subtract(new BigDecimal(profit)).toPlainString();
        return b -> b.qty(qty).prices(price, price, price).cost(cost, profit);
    }

    /** A product with 100.00 revenue in Pw (profit 40.00: margin 0.40) and in Rw (the given profit). */
    private static Sales fromForty(Sales sales, String name, String code, String recentProfit) {
        return sales.sell(10, name, code, sold(10, "10.00", "40.00")).sell(0, name, code, sold(10, "10.00", recentProfit));
    }

    /** Every bucket bound on both sides: margins from 0.40 to the recent profit ÷ 100.00. */
    private static Sales scope() {
        Sales sales = new Sales();
        fromForty(sales, "五点零", "1", "35.00");      // −5.00 pp: not below −5
        fromForty(sales, "五点零一", "2", "34.99");    // −5.01 → drop5, loss 40.00 − 34.99 = 5.01
        fromForty(sales, "十点零", "3", "30.00");      // −10.00 → drop5, loss 10.00
        fromForty(sales, "十点零一", "4", "29.99");    // −10.01 → drop10, loss 10.01
        fromForty(sales, "十五", "5", "25.00");        // −15.00 → drop10, loss 15.00
        fromForty(sales, "十五点零一", "6", "24.99");  // −15.01 → drop15, loss 15.01
        fromForty(sales, "二十", "7", "20.00");        // −20.00 → drop15, loss 20.00
        fromForty(sales, "二十点零一", "8", "19.99");  // −20.01 → drop20, loss 20.01
        return sales;
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
        Sales thirteen = new Sales().sell(12, "甲", "1", sold(10, "10.00", "40.00")).sell(0, "甲", "1", sold(10, "10.00", "10.00"));

        Card short13 = thirteen.card(ID, 13);
        Card enough = scope().card(ID, 14);

        assertThat(short13.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(short13.message()).isEqualTo("数据不足：需要至少14天数据（当前13天）");
        assertThat(enough.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(enough.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 7), Sales.Y, 14));
    }

    @Test
    void a_margin_falling_more_than_five_points_is_an_item_in_its_bucket_steepest_first() {
        Card card = scope().card(ID, 14);

        assertThat(card.count()).isEqualTo(7);
        assertThat(rows(card)).extracting(r -> r.product().productName() + " " + r.changePp().json() + " " + r.level())
                .containsExactly("二十点零一 -20.0 🔴严重下滑", "二十 -20.0 🟠大幅下滑", "十五点零一 -15.0 🟠大幅下滑",
                        "十五 -15.0 🟡中度下滑", "十点零一 -10.0 🟡中度下滑", "十点零 -10.0 🟢轻微下滑", "五点零一 -5.0 🟢轻微下滑");
    }

    @Test
    void the_rows_carry_both_windows_and_the_estimated_loss() {
        MarginDrop.Row row = rows(scope().card(ID, 14)).get(0);

        assertThat(row.product().productKey()).isEqualTo("C:8");
        assertThat(row.mainChannel()).isEqualTo("美团闪购");
        assertThat(row.prevMarginRatio().json()).isEqualByComparingTo("0.4000");
        assertThat(row.recentMarginRatio().json()).isEqualByComparingTo("0.1999");
        assertThat(row.changePp().value()).isEqualByComparingTo("-20.01");
        assertThat(row.prevProfit().json()).isEqualByComparingTo("40.00");
        assertThat(row.recentProfit().json()).isEqualByComparingTo("19.99");
        assertThat(row.prevRevenue().json()).isEqualByComparingTo("100.00");
        assertThat(row.recentRevenue().json()).isEqualByComparingTo("100.00");
        assertThat(row.prevQty()).isEqualTo(10);
        assertThat(row.recentQty()).isEqualTo(10);
        // 0.40 × 100.00 − 19.99
        assertThat(row.estimatedLoss().json()).isEqualByComparingTo("20.01");
    }

    @Test
    void the_headline_sums_the_estimated_loss_and_counts_the_buckets() {
        MarginDrop.Headline h = headline(scope().card(ID, 14));

        // 5.01 + 10.00 + 10.01 + 15.00 + 15.01 + 20.00 + 20.01
        assertThat(h.estimatedLoss().json()).isEqualByComparingTo("95.04");
        assertThat(h).isEqualTo(new MarginDrop.Headline(7, h.estimatedLoss(), 2, 2, 2, 1));
    }

    @Test
    void the_face_shows_the_loss_and_one_badge_per_non_empty_bucket_steepest_first() {
        Card card = scope().card(ID, 14);

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("7", "个商品利润率下滑"));
        assertThat(card.subInfo()).isEqualTo("预估损失 ¥95.04");
        assertThat(card.badges()).containsExactly(new Card.Badge(">20pp 1", "red"), new Card.Badge("15-20pp 2", "orange"),
                new Card.Badge("10-15pp 2", "yellow"), new Card.Badge("5-10pp 2", "gray"));
        assertThat(card.action().label()).isEqualTo("查看商品");
        assertThat(card.extras()).isEqualTo(Map.of());
        assertThat(card.export().fileName()).isEqualTo("利润率下滑商品清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("利润率下滑");
    }

    @Test
    void empty_buckets_have_no_badge() {
        Sales sales = fromForty(new Sales(), "十五", "5", "25.00");

        assertThat(sales.card(ID, 14).badges()).containsExactly(new Card.Badge("10-15pp 1", "yellow"));
    }

    @Test
    void the_buckets_and_badge_texts_follow_the_configured_bounds() {
        Card card = scope().card(ID, 14, Map.of("margin-drop.bucket-bounds-pp", "8,12,16", "margin-drop.min-drop-pp", "4"));

        // −5.00 and −5.01 → 4-8; −10.00, −10.01 → 8-12; −15.00, −15.01 → 12-16; −20.00, −20.01 → >16
        assertThat(card.count()).isEqualTo(8);
        assertThat(card.badges()).containsExactly(new Card.Badge(">16pp 2", "red"), new Card.Badge("12-16pp 2", "orange"),
                new Card.Badge("8-12pp 2", "yellow"), new Card.Badge("4-8pp 2", "gray"));
    }

    @Test
    void the_recent_quantity_must_reach_five() {
        Sales sales = new Sales()
                .sell(10, "五件", "1", sold(10, "10.00", "40.00")).sell(0, "五件", "1", sold(5, "20.00", "10.00"))
                .sell(10, "四件", "2", sold(10, "10.00", "40.00")).sell(0, "四件", "2", sold(4, "25.00", "10.00"));

        // both fall from 0.40 to 0.10 (−30 pp); only 五件 sold 5 in Rw
        assertThat(rows(sales.card(ID, 14))).extracting(r -> r.product().productName() + " " + r.recentQty())
                .containsExactly("五件 5");
    }

    @Test
    void a_product_needs_a_positive_previous_margin_and_revenue_in_both_windows() {
        Sales sales = new Sales()
                .sell(10, "零利润", "1", sold(10, "10.00", "0.00")).sell(0, "零利润", "1", sold(10, "10.00", "-10.00"))
                .sell(10, "负利润", "2", sold(10, "10.00", "-10.00")).sell(0, "负利润", "2", sold(10, "10.00", "-30.00"))
                .sell(0, "只在近期", "3", sold(10, "10.00", "-10.00"))
                .sell(10, "只在前期", "4", sold(10, "10.00", "40.00"))
                .sell(10, "近期赠品", "5", sold(10, "10.00", "40.00")).sell(0, "近期赠品", "5", sold(10, "0.00", "-5.00"));

        assertThat(sales.card(ID, 14).state()).isEqualTo(Card.State.ALL_GOOD);
    }

    @Test
    void the_change_and_the_loss_are_computed_on_unrounded_margins() {
        Sales sales = new Sales()
                .sell(10, "三分之一", "1", sold(3, "10.00", "10.00"))
                .sell(0, "三分之一", "1", sold(10, "10.00", "20.00"));

        MarginDrop.Row row = rows(sales.card(ID, 14)).get(0);

        // prev 10 ÷ 30 = 0.3333333333; recent 0.20; change −13.33333333 pp → 10-15 bucket
        assertThat(row.prevMarginRatio().value()).isEqualByComparingTo("0.3333333333");
        assertThat(row.changePp().value()).isEqualByComparingTo("-13.33333333");
        assertThat(row.changePp().json()).isEqualByComparingTo("-13.3");
        assertThat(row.level()).isEqualTo("🟡中度下滑");
        // 0.3333333333 × 100.00 − 20.00 = 13.33333333
        assertThat(row.estimatedLoss().value()).isEqualByComparingTo("13.33333333");
        assertThat(row.estimatedLoss().json()).isEqualByComparingTo("13.33");
    }

    @Test
    void equal_changes_go_to_the_larger_loss_then_the_product_key() {
        Sales sales = new Sales()
                .sell(10, "小额", "9", sold(10, "10.00", "40.00")).sell(0, "小额", "9", sold(10, "10.00", "30.00"))
                .sell(10, "同额", "10", sold(10, "10.00", "40.00")).sell(0, "同额", "10", sold(10, "10.00", "30.00"))
                .sell(10, "大额", "11", sold(10, "10.00", "40.00")).sell(0, "大额", "11", sold(20, "10.00", "60.00"));

        // all −10 pp; 大额 loses 0.40 × 200 − 60 = 20.00, the others 10.00: "C:10" < "C:9"
        assertThat(rows(sales.card(ID, 14))).extracting(r -> r.product().productKey() + " " + r.estimatedLoss().json())
                .containsExactly("C:11 20.00", "C:10 10.00", "C:9 10.00");
    }

    @Test
    void the_main_channel_is_that_of_the_recent_window() {
        Sales sales = new Sales()
                .sell(10, "换渠道", "1", b -> sold(10, "10.00", "40.00").apply(b).channel("饿了么"))
                .sell(0, "换渠道", "1", b -> sold(10, "10.00", "20.00").apply(b).channel("美团闪购"));

        assertThat(rows(sales.card(ID, 14)).get(0).mainChannel()).isEqualTo("美团闪购");
    }

    @Test
    void consumables_and_invalid_orders_are_invisible() {
        Sales sales = new Sales()
                .sell(10, "袋", "1", b -> sold(10, "10.00", "40.00").apply(b).category("耗材"))
                .sell(0, "袋", "1", b -> sold(10, "10.00", "0.00").apply(b).category("耗材"))
                .sell(10, "可乐", "2", sold(10, "10.00", "40.00"))
                .sell(0, "可乐", "2", sold(10, "10.00", "40.00"))
                .sell(0, "可乐", "2", b -> sold(10, "10.00", "-50.00").apply(b).channel("京东到家").fee("0.00"));

        assertThat(sales.card(ID, 14).state()).isEqualTo(Card.State.ALL_GOOD);
    }

    @Test
    void without_items_the_card_is_all_good_with_its_own_text_and_action() {
        Card card = fromForty(new Sales(), "五点零", "1", "35.00").card(ID, 14);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.message()).isEqualTo("✅ 商品利润率稳定");
        assertThat(card.action().label()).isEqualTo("查看说明");
        assertThat(card.badges()).isEmpty();
        assertThat(headline(card).estimatedLoss().json()).isEqualByComparingTo("0.00");
    }

    @Test
    void the_json_writes_points_with_one_decimal_and_ratios_with_four() {
        String json = SnapshotJson.write(Engines.diagnose(scope().lines(), DiagnosisProperties.defaults(), Sales.Y.minusDays(13)));

        assertThat(json).contains("\"prevMarginRatio\":0.4000,\"recentMarginRatio\":0.1999,\"changePp\":-20.0,\"level\":\"🔴严重下滑\"")
                .contains("\"headline\":{\"count\":7,\"estimatedLoss\":95.04,\"drop5\":2,\"drop10\":2,\"drop15\":2,\"drop20\":1}");
    }
}
