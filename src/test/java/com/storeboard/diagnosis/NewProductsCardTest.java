package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.NewProducts;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewProductsCardTest {

    private static final String ID = "newProducts";

    private static List<NewProducts.Row> rows(Card card) {
        return card.rows().stream().map(NewProducts.Row.class::cast).toList();
    }

    private static NewProducts.Headline headline(Card card) {
        return (NewProducts.Headline) card.headline();
    }

    /** Lb = [Y−7, Y−1] = [12-13, 12-19]. */
    private static Sales scope() {
        return new Sales()
                // back after 10 days: revenue 2 × 5.00 = 10.00, profit 3.00
                .sell(10, "回归短期", "1", 1)
                .sell(0, "回归短期", "1", b -> b.qty(2).prices("5.00", "5.00", "5.00").cost("7.00", "3.00"))
                // back after 20 days: revenue 6.00, profit 2.00
                .sell(20, "回归中期", "2", 1)
                .sell(0, "回归中期", "2", b -> b.qty(2).prices("3.00", "3.00", "3.00").cost("4.00", "2.00"))
                // brand new: revenue 8.00, profit 4.00
                .sell(0, "全新", "3", b -> b.category("零食").qty(2).prices("4.00", "4.00", "4.00").cost("4.00", "4.00"))
                // not items: sold on Y−7 (first day of Lb), sold on Y−1, not sold on Y
                .sell(7, "上周售", "4", 1).sell(0, "上周售", "4", 1)
                .sell(1, "前日售", "5", 1).sell(0, "前日售", "5", 1)
                .sell(10, "昨日未售", "6", 1).sell(0, "昨日未售", "6", 0);
    }

    @Test
    void the_worked_example_has_too_little_data() {
        Card card = Engines.diagnose(WorkedExample.lines()).card(ID);

        assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(card.message()).isEqualTo("数据不足：需要至少8天数据（当前1天）");
        assertThat(card.minSpanDays()).isEqualTo(8);
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 13), Sales.Y, 8));
    }

    @Test
    void the_worked_example_variants_with_order_3004_are_still_short_of_data() {
        for (String channel : List.of("京东到家", "闪购小程序")) {
            List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
            lines.add(WorkedExample.order3004(channel));

            assertThat(Engines.diagnose(lines).card(ID).message()).isEqualTo("数据不足：需要至少8天数据（当前1天）");
        }
    }

    @Test
    void seven_days_are_too_few_and_eight_are_enough() {
        Sales sales = new Sales().sell(0, "全新", "3", 1);

        assertThat(sales.card(ID, 7).message()).isEqualTo("数据不足：需要至少8天数据（当前7天）");
        assertThat(sales.card(ID, 8).state()).isEqualTo(Card.State.HAS_ITEMS);
    }

    @Test
    void a_product_sold_on_y_and_not_in_the_seven_days_before_is_an_item() {
        Card card = scope().card(ID, 40);

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        // quantity 2 each; revenue descending 10.00, 8.00, 6.00
        assertThat(rows(card)).extracting(r -> r.product().productName()).containsExactly("回归短期", "全新", "回归中期");
    }

    @Test
    void the_rows_carry_the_first_day_figures_and_the_dormancy() {
        List<NewProducts.Row> rows = rows(scope().card(ID, 40));
        NewProducts.Row back = rows.get(0);
        NewProducts.Row fresh = rows.get(1);
        NewProducts.Row medium = rows.get(2);

        assertThat(back.product().productKey()).isEqualTo("C:1");
        assertThat(back.quantity()).isEqualTo(2);
        assertThat(back.revenue().json()).isEqualByComparingTo("10.00");
        assertThat(back.profit().json()).isEqualByComparingTo("3.00");
        assertThat(back.avgUnitRevenue().json()).isEqualByComparingTo("5.00");
        assertThat(back.marginRatio().json()).isEqualByComparingTo("0.3000");
        assertThat(back.mainChannel()).isEqualTo("美团闪购");
        assertThat(back.previousSaleDate()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(back.dormantDays()).isEqualTo(10);
        assertThat(back.dormancy()).isEqualTo("🟢短期");
        assertThat(fresh.previousSaleDate()).isNull();
        assertThat(fresh.dormantDays()).isNull();
        assertThat(fresh.dormancy()).isEqualTo("🔴长期");
        assertThat(medium.dormantDays()).isEqualTo(20);
        assertThat(medium.dormancy()).isEqualTo("🟡中期");
    }

    @Test
    void the_dormancy_is_short_up_to_14_days_medium_up_to_30_and_long_beyond() {
        Sales sales = new Sales();
        for (int days : new int[] {8, 14, 15, 30, 31}) {
            sales.sell(days, "隔" + days, "" + days, 1).sell(0, "隔" + days, "" + days, 1);
        }

        // 8 = Y−8, the first day before Lb
        assertThat(rows(sales.card(ID, 40))).extracting(r -> r.dormantDays() + " " + r.dormancy())
                .containsExactlyInAnyOrder("8 🟢短期", "14 🟢短期", "15 🟡中期", "30 🟡中期", "31 🔴长期");
    }

    @Test
    void the_previous_sale_is_the_latest_before_the_look_back_window() {
        Sales sales = new Sales().sell(40, "多次", "1", 1).sell(12, "多次", "1", 1).sell(0, "多次", "1", 1);

        NewProducts.Row row = rows(sales.card(ID, 41)).get(0);

        assertThat(row.previousSaleDate()).isEqualTo(LocalDate.of(2025, 12, 8));
        assertThat(row.dormantDays()).isEqualTo(12);
    }

    @Test
    void a_line_without_quantity_in_the_look_back_window_is_no_sale() {
        Sales sales = new Sales().sell(3, "零销量", "7", 0).sell(0, "零销量", "7", 1);

        assertThat(rows(sales.card(ID, 10))).extracting(NewProducts.Row::dormancy).containsExactly("🔴长期");
    }

    @Test
    void the_headline_sums_revenue_and_profit_and_names_the_top_categories() {
        NewProducts.Headline h = headline(scope().card(ID, 40));

        assertThat(h.count()).isEqualTo(3);
        assertThat(h.revenue().json()).isEqualByComparingTo("24.00");
        assertThat(h.profit().json()).isEqualByComparingTo("9.00");
        // 饮料 5.00 > 零食 4.00
        assertThat(h.topProfitCategory().categoryL1()).isEqualTo("饮料");
        assertThat(h.topProfitCategory().profit().json()).isEqualByComparingTo("5.00");
        // 零食 earns 0.50 but its revenue 8.00 < 10.00; 饮料 5.00 ÷ 16.00 = 0.3125
        assertThat(h.topMarginCategory().categoryL1()).isEqualTo("饮料");
        assertThat(h.topMarginCategory().marginRatio().json()).isEqualByComparingTo("0.3125");
    }

    @Test
    void the_face_shows_revenue_profit_and_the_category_badges() {
        Card card = scope().card(ID, 40);

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("3", "个商品首日动销"));
        assertThat(card.subInfo()).isEqualTo("贡献销售额 ¥24.00 · 利润 ¥9.00");
        // 0.3125 → 31.25 % → 31.3% (HALF_UP)
        assertThat(card.badges()).containsExactly(new Card.Badge("🏆 饮料 ¥5.00", "blue"),
                new Card.Badge("📈 毛利最高 饮料 31.3%", "green"));
        assertThat(card.action().label()).isEqualTo("查看新品");
        assertThat(card.extras()).isEqualTo(Map.of());
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 13), Sales.Y, 8));
        assertThat(card.export().fileName()).isEqualTo("新品表现清单_示例便利店（滨江店）_20251220.xlsx");
        assertThat(card.export().sheets()).containsExactly("新品表现");
    }

    @Test
    void equal_category_profits_go_to_the_name_and_equal_margins_to_the_larger_profit() {
        Sales profitTie = new Sales()
                .sell(0, "甲", "1", b -> b.category("零食").qty(1).prices("10.00", "10.00", "10.00").cost("5.00", "5.00"))
                .sell(0, "乙", "2", b -> b.category("日用品").qty(1).prices("20.00", "20.00", "20.00").cost("15.00", "5.00"));
        Sales marginTie = new Sales()
                .sell(0, "甲", "1", b -> b.category("日用品").qty(1).prices("10.00", "10.00", "10.00").cost("5.00", "5.00"))
                .sell(0, "乙", "2", b -> b.category("零食").qty(1).prices("20.00", "20.00", "20.00").cost("10.00", "10.00"));
        Sales fullTie = new Sales()
                .sell(0, "甲", "1", b -> b.category("零食").qty(1).prices("10.00", "10.00", "10.00").cost("5.00", "5.00"))
                .sell(0, "乙", "2", b -> b.category("日用品").qty(1).prices("10.00", "10.00", "10.00").cost("5.00", "5.00"));

        NewProducts.Headline a = headline(profitTie.card(ID, 10));
        NewProducts.Headline b = headline(marginTie.card(ID, 10));
        NewProducts.Headline c = headline(fullTie.card(ID, 10));

        // profit 5.00 each: 日 (U+65E5) < 零 (U+96F6); margin 0.50 (零食) beats 0.25
        assertThat(a.topProfitCategory().categoryL1()).isEqualTo("日用品");
        assertThat(a.topMarginCategory().categoryL1()).isEqualTo("零食");
        // margin 0.50 each: 零食's profit 10.00 beats 5.00
        assertThat(b.topMarginCategory().categoryL1()).isEqualTo("零食");
        assertThat(b.topProfitCategory().categoryL1()).isEqualTo("零食");
        // everything equal: by name
        assertThat(c.topMarginCategory().categoryL1()).isEqualTo("日用品");
    }

    @Test
    void the_top_margin_category_needs_a_revenue_of_at_least_ten() {
        Sales sales = new Sales()
                .sell(0, "甲", "1", b -> b.category("零食").qty(1).prices("9.99", "9.99", "9.99").cost("0.99", "9.00"))
                .sell(0, "乙", "2", b -> b.category("饮料").qty(1).prices("10.00", "10.00", "10.00").cost("9.00", "1.00"));
        Sales none = new Sales()
                .sell(0, "甲", "1", b -> b.category("零食").qty(1).prices("9.99", "9.99", "9.99").cost("0.99", "9.00"));

        // 零食 0.9009 on 9.99 is not eligible; 饮料 0.10 on exactly 10.00 is
        assertThat(headline(sales.card(ID, 10)).topMarginCategory().categoryL1()).isEqualTo("饮料");
        Card card = none.card(ID, 10);
        assertThat(headline(card).topMarginCategory()).isNull();
        assertThat(card.badges()).containsExactly(new Card.Badge("🏆 零食 ¥9.00", "blue"));
    }

    @Test
    void the_mean_unit_revenue_and_the_main_channel_are_those_of_y() {
        Sales sales = new Sales()
                .sell(20, "多渠道", "1", b -> b.channel("美团闪购").qty(10))
                .sell(0, "多渠道", "1", b -> b.channel("饿了么").qty(2).prices("4.00", "4.00", "4.00"))
                .sell(0, "多渠道", "1", b -> b.channel("美团闪购").qty(1).prices("3.00", "3.00", "3.00"));

        NewProducts.Row row = rows(sales.card(ID, 21)).get(0);

        // (8.00 + 3.00) ÷ 3 = 3.6666666667
        assertThat(row.quantity()).isEqualTo(3);
        assertThat(row.avgUnitRevenue().value()).isEqualByComparingTo("3.6666666667");
        assertThat(row.avgUnitRevenue().json()).isEqualByComparingTo("3.67");
        assertThat(row.mainChannel()).isEqualTo("饿了么");
        assertThat(row.marginRatio().json()).as("no cost: profit 0").isEqualByComparingTo("0.0000");
    }

    @Test
    void equal_quantity_and_revenue_go_to_the_store_then_the_product_key() {
        Sales sales = new Sales()
                .sell(0, "乙", "2", b -> b.store("A店").qty(1))
                .sell(0, "甲", "1", b -> b.store("B店").qty(1))
                .sell(0, "甲", "1", b -> b.store("A店").qty(1))
                .sell(0, "丙", "3", b -> b.store("B店").qty(2));

        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().storeName() + " " + r.product().productKey())
                .containsExactly("B店 C:3", "A店 C:1", "A店 C:2", "B店 C:1");
    }

    @Test
    void the_look_back_follows_the_configuration() {
        Card card = scope().card(ID, 40, Map.of("new-products.lookback-days", "3"));

        // Lb = [Y−3, Y−1]: 上周售 (Y−7) is now back after 7 days
        assertThat(card.minSpanDays()).isEqualTo(4);
        assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 12, 17), Sales.Y, 4));
        assertThat(rows(card)).extracting(r -> r.product().productName() + " " + r.dormantDays())
                .containsExactly("回归短期 10", "全新 null", "回归中期 20", "上周售 7");
    }

    @Test
    void consumables_and_invalid_orders_are_invisible() {
        Sales sales = new Sales()
                .sell(0, "袋", "1", b -> b.category("耗材").qty(1))
                .sell(3, "测试单前", "2", b -> b.channel("京东到家").fee("0.00").qty(1))
                .sell(0, "测试单前", "2", 1)
                .sell(0, "测试单当天", "3", b -> b.channel("京东到家").fee("0.00").qty(1));

        assertThat(rows(sales.card(ID, 10))).extracting(r -> r.product().productName()).containsExactly("测试单前");
    }

    @Test
    void without_items_the_card_is_informational_all_good() {
        Sales sales = new Sales().sell(1, "常卖", "1", 1).sell(0, "常卖", "1", 1);

        Card card = sales.card(ID, 10);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.message()).isEqualTo("ℹ️ 昨日没有新品或回归商品首销");
        assertThat(card.action().label()).isEqualTo("查看说明");
        assertThat(card.badges()).isEmpty();
        assertThat(headline(card).topProfitCategory()).isNull();
        assertThat(headline(card).topMarginCategory()).isNull();
    }

    @Test
    void the_json_writes_missing_dormancy_as_null() {
        String json = SnapshotJson.write(Engines.diagnose(scope().lines(), DiagnosisProperties.defaults(), Sales.Y.minusDays(39)));

        assertThat(json).contains("\"previousSaleDate\":null,\"dormantDays\":null,\"dormancy\":\"🔴长期\"")
                .contains("\"previousSaleDate\":\"2025-12-10\",\"dormantDays\":10,\"dormancy\":\"🟢短期\"")
                .contains("\"topProfitCategory\":{\"categoryL1\":\"饮料\",\"profit\":5.00}")
                .contains("\"topMarginCategory\":{\"categoryL1\":\"饮料\",\"marginRatio\":0.3125}");
    }
}
