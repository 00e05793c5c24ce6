package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Overflow;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverflowCardTest {

    private static Card overflow(List<OrderLine> lines) {
        return Engines.diagnose(lines).card("overflow");
    }

    @Test
    void the_worked_example_has_two_loss_orders_losing_9_13_with_an_average_rounded_half_up() {
        Snapshot snapshot = Engines.diagnose(WorkedExample.lines());
        Card card = snapshot.card("overflow");
        Overflow.Headline h = (Overflow.Headline) card.headline();

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(2);
        assertThat(h.lossAmount().value()).isEqualByComparingTo("9.13");
        assertThat(h.avgLoss().value()).isEqualByComparingTo("4.565");
        assertThat(h.avgLoss().json()).isEqualByComparingTo("4.57");
        assertThat(h.topChannels()).extracting(Overflow.ChannelLoss::channel).containsExactly("饿了么", "美团闪购");
        assertThat(card.rows()).extracting(r -> ((Overflow.Row) r).orderId()).containsExactly("3001", "3002");
        assertThat(card.trend()).as("no baseline day").isNull();
        assertThat(card.subInfo()).isEqualTo("亏损 ¥9.13 · 单均 ¥4.57");
        assertThat(card.badges()).extracting(Card.Badge::text).containsExactly("饿了么 1", "美团闪购 1");
        assertThat(snapshot.data()).isEqualTo(new Snapshot.DataCounts(3, 0, 0, 8, 1));
    }

    @Test
    void an_order_without_cost_is_missing_data_not_a_loss_however_negative_its_profit() {
        Card card = overflow(WorkedExample.lines());

        // 3003: Σ利润额 = 0 (no cost on any line), 订单实际利润 = −5.44
        assertThat(card.rows()).extracting(r -> ((Overflow.Row) r).orderId()).doesNotContain("3003");
    }

    @Test
    void the_loss_rows_carry_the_order_figures_of_the_spec_table() {
        Overflow.Row r3001 = (Overflow.Row) overflow(WorkedExample.lines()).rows().get(0);

        assertThat(r3001.revenue().value()).isEqualByComparingTo("9.40");
        assertThat(r3001.grossProfitTotal().value()).isEqualByComparingTo("1.40");
        assertThat(r3001.platformServiceFeeTotal().value()).isEqualByComparingTo("0.75");
        assertThat(r3001.orderProfit().value()).isEqualByComparingTo("-5.15");
        assertThat(r3001.activityCost().value()).isEqualByComparingTo("3.00");
        assertThat(r3001.lines()).extracting(Overflow.LineView::productName)
                .as("by line margin: 乐事 −0.30, 购物袋 0.30, 可乐 1.40").containsExactly("乐事薯片原味70g", "购物袋", "可口可乐330ml");
        assertThat(r3001.lines().get(1).consumable()).isTrue();
        Overflow.Row r3002 = (Overflow.Row) overflow(WorkedExample.lines()).rows().get(1);
        assertThat(r3002.orderProfit().value()).isEqualByComparingTo("-3.98");
        assertThat(r3002.corporateRebateTotal().value()).isEqualByComparingTo("0.30");
    }

    @Test
    void the_product_view_excludes_the_bag_and_explains_the_chips_by_a_marketing_loss() {
        Card card = overflow(WorkedExample.lines());
        Overflow.Extras extras = (Overflow.Extras) card.extras();

        assertThat(extras.productView().rows()).extracting(r -> r.product().productName() + " " + r.contribution().json())
                .containsExactly("乐事薯片原味70g -0.30", "可口可乐330ml 1.40", "农夫山泉饮用天然水5L 1.50", "香蕉约500g 3.00",
                        "土鸡蛋10枚 3.10");
        Overflow.ProductRow chips = extras.productView().rows().get(0);
        assertThat(chips.unitCost().json()).isEqualByComparingTo("4.20");
        assertThat(chips.pricingMarginRatio().json()).isEqualByComparingTo("0.4684");
        assertThat(chips.receivedMarginRatio().json()).isEqualByComparingTo("-0.0769");
        assertThat(chips.cause()).isEqualTo("营销活动亏损");
        assertThat(chips.lowMargin()).isTrue();
        assertThat(extras.productView().rows().get(3).product().productKey()).isEqualTo("N:香蕉约500g");
        assertThat(extras.causeBreakdown()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo("营销活动亏损");
            assertThat(c.productCount()).isEqualTo(1);
            assertThat(c.weight().json()).isEqualByComparingTo("0.30");
        });
        assertThat(extras.summary()).isEqualTo(new Overflow.Summary(2, 5, extras.summary().lossAmount()));
    }

    @Test
    void a_test_order_on_a_fee_channel_is_excluded_and_changes_nothing() {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(WorkedExample.order3004("京东到家"));
        Snapshot snapshot = Engines.diagnose(lines);

        assertThat(snapshot.data().excludedOrders()).isEqualTo(1);
        assertThat(snapshot.data().validOrders()).isEqualTo(3);
        assertThat(snapshot.card("overflow").count()).isEqualTo(2);
    }

    @Test
    void an_own_channel_zero_fee_order_is_valid_and_its_loss_counts() {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(WorkedExample.order3004("闪购小程序"));
        Snapshot snapshot = Engines.diagnose(lines);
        Card card = snapshot.card("overflow");
        Overflow.Headline h = (Overflow.Headline) card.headline();

        assertThat(card.count()).isEqualTo(3);
        assertThat(h.lossAmount().json()).isEqualByComparingTo("14.93");
        assertThat(h.avgLoss().json()).isEqualByComparingTo("4.98");
        assertThat(card.rows()).extracting(r -> ((Overflow.Row) r).orderId()).containsExactly("3004", "3001", "3002");
        assertThat(h.topChannels()).extracting(Overflow.ChannelLoss::channel).containsExactly("闪购小程序", "饿了么", "美团闪购");
        Overflow.Extras extras = (Overflow.Extras) card.extras();
        assertThat(extras.productView().rows()).extracting(r -> r.product().productName())
                .containsExactly("乐事薯片原味70g", "农夫山泉饮用天然水5L", "可口可乐330ml", "香蕉约500g", "土鸡蛋10枚");
        Overflow.ProductRow cola = extras.productView().rows().get(2);
        assertThat(cola.lossOrderCount()).isEqualTo(2);
        assertThat(cola.orderIds()).containsExactly("3001", "3004");
        assertThat(cola.lossOrderQty()).isEqualTo(3);
        assertThat(cola.contribution().json()).isEqualByComparingTo("2.60");
        assertThat(snapshot.data().validOrders()).isEqualTo(4);
        assertThat(snapshot.data().lines()).isEqualTo(9);
    }

    @Test
    void the_trend_compares_today_with_the_mean_of_the_three_days_before() {
        List<OrderLine> lines = new ArrayList<>();
        // Y: 3 loss orders; Y−1: 1, Y−2: 2, Y−3: 1 → mean 1.3, change +125.0 %: UP
        int n = 0;
        int[] perDay = {1, 2, 1, 3};
        for (int i = 0; i < perDay.length; i++) {
            for (int k = 0; k < perDay[i]; k++) {
                lines.add(lossOrder("L" + (n++), "2025-12-" + (17 + i) + " 10:00:00"));
            }
        }
        Card card = overflow(lines);

        assertThat(card.trend().direction()).isEqualTo("UP");
        assertThat(card.trend().avg3d().json()).isEqualByComparingTo("1.3");
        assertThat(card.trend().changeRatio().json()).isEqualByComparingTo("1.2500");
        assertThat(card.trend().description()).isEqualTo("较前3日均值(1.3) ↑125.0%");
        assertThat(card.series()).extracting(Card.SeriesPoint::count).containsExactly(1, 2, 1, 3);
    }

    @Test
    void the_trend_is_new_when_the_baseline_is_zero_and_stable_within_thirty_percent() {
        List<OrderLine> newOnly = new ArrayList<>(List.of(
                line().order("A").at("2025-12-19 10:00:00").qty(1).prices("10.00", "10.00", "10.00").cost("5.00", "5.00")
                        .fee("0.50").build(),
                lossOrder("B", "2025-12-20 10:00:00")));
        Card.Trend fresh = overflow(newOnly).trend();
        assertThat(fresh.direction()).isEqualTo("NEW");
        assertThat(fresh.changeRatio()).isNull();
        assertThat(fresh.description()).isEqualTo("前1日均为0，今日新增1");

        List<OrderLine> stable = List.of(lossOrder("C", "2025-12-19 10:00:00"), lossOrder("D", "2025-12-20 10:00:00"));
        assertThat(overflow(stable).trend().direction()).isEqualTo("STABLE");
    }

    @Test
    void the_json_writes_money_with_two_decimals_and_times_without_a_zone() {
        String json = SnapshotJson.write(Engines.diagnose(WorkedExample.lines()));

        assertThat(json).contains("\"avgLoss\":4.57").contains("\"lossAmount\":9.13")
                .contains("\"orderTime\":\"2025-12-20T12:05:00\"").contains("\"referenceDate\":\"2025-12-20\"")
                .contains("\"schemaVersion\":1").contains("\"extraInfo\":null")
                .contains("\"productName\":\"乐事薯片原味70g\",\"storeCode\":\"100205\"");
        assertThat(json.indexOf("\"id\":\"overflow\"")).isLessThan(json.indexOf("\"code\":\"U1\""));
    }

    /** A valid order losing money: 利润额 1.00, 平台服务费 0.50, 物流配送费 3.00 → −2.50. */
    private static OrderLine lossOrder(String id, String time) {
        return line().order(id).at(time).qty(1).prices("5.00", "5.00", "5.00").cost("4.00", "1.00").fee("0.50")
                .delivery("3.00", "0.00", "0.00").build();
    }
}
