package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Churn;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChurnCardTest {

    private static final LocalDate Y = LocalDate.of(2025, 12, 20);
    /** A full 60-day span unless a test says otherwise. */
    private static final LocalDate EARLIEST = Y.minusDays(59);

    // --- fixtures ------------------------------------------------------------------------------------

    /** A line of an order placed daysAgo days before Y at 10:00 by the customer at address (null: no customer). */
    private static LineBuilder sale(String orderId, int daysAgo, String address) {
        return line().order(orderId).at(Y.minusDays(daysAgo).atTime(10, 0)).address(address);
    }

    /** An order on Y without a customer: it makes Y the reference date. */
    private static OrderLine anchor() {
        return line().order("ANCHOR").at(Y.atTime(9, 0)).product("锚定商品", "ANCHOR").build();
    }

    /** One order of one line of the default product with the given revenue (qty 1). */
    private static OrderLine order(String orderId, int daysAgo, String address, String revenue) {
        return sale(orderId, daysAgo, address).prices(revenue, revenue, revenue).build();
    }

    private static Card churn(List<OrderLine> lines) {
        return Engines.diagnose(lines, DiagnosisProperties.defaults(), EARLIEST).card("churn");
    }

    private static Card churn(List<OrderLine> lines, Map<String, String> config) {
        return Engines.diagnose(lines, DiagnosisProperties.of(config), EARLIEST).card("churn");
    }

    @SuppressWarnings("unchecked")
    private static List<Churn.Row> rows(Card card) {
        return (List<Churn.Row>) card.rows();
    }

    private static Map<String, Churn.Row> byCustomer(Card card) {
        return rows(card).stream().collect(Collectors.toMap(Churn.Row::customerKey, Function.identity()));
    }

    private static Churn.Headline headline(Card card) {
        return (Churn.Headline) card.headline();
    }

    private static Churn.Extras extras(Card card) {
        return (Churn.Extras) card.extras();
    }

    // --- minimum span and the worked example ---------------------------------------------------------

    @Test
    void the_worked_example_of_one_day_is_insufficient_data_for_churn_also_in_variants_d_and_d_prime() {
        List<List<OrderLine>> variants = List.of(WorkedExample.lines(), with(WorkedExample.order3004("京东到家")),
                with(WorkedExample.order3004("闪购小程序")));
        for (List<OrderLine> lines : variants) {
            Card card = Engines.diagnose(lines).card("churn");

            assertThat(card.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
            assertThat(card.message()).isEqualTo("数据不足：需要至少8天数据（当前1天）");
            assertThat(card.count()).isZero();
            assertThat(card.minSpanDays()).isEqualTo(8);
            // C = [Y−29, Y] is the window even when the card cannot be judged
            assertThat(card.window()).isEqualTo(new Card.Window(LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 20), 30));
            assertThat(card.export().fileName()).isEqualTo("客户流失预警清单_示例便利店（滨江店）_20251220.xlsx");
        }
    }

    private static List<OrderLine> with(OrderLine extra) {
        List<OrderLine> lines = new ArrayList<>(WorkedExample.lines());
        lines.add(extra);
        return lines;
    }

    @Test
    void seven_days_of_data_are_not_enough_and_eight_days_are() {
        // span 7: firstDate = Y−6 (the earliest line)
        List<OrderLine> seven = List.of(anchor(), order("A1", 6, "甲路1号", "10.00"), order("A2", 6, "甲路1号", "10.00"));
        Card tooShort = Engines.diagnose(seven).card("churn");
        assertThat(tooShort.state()).isEqualTo(Card.State.INSUFFICIENT_DATA);
        assertThat(tooShort.message()).isEqualTo("数据不足：需要至少8天数据（当前7天）");

        // span 8: two orders on Y−7, 7 days without an order → churned
        List<OrderLine> eight = List.of(anchor(), order("A1", 7, "甲路1号", "10.00"), order("A2", 7, "甲路1号", "10.00"));
        Card judged = Engines.diagnose(eight).card("churn");
        assertThat(judged.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(judged.count()).isEqualTo(1);
        assertThat(rows(judged).get(0).daysSinceLastOrder()).isEqualTo(7);
    }

    // --- the rule --------------------------------------------------------------------------------------

    @Test
    void a_customer_is_churned_with_two_orders_in_the_thirty_day_window_and_none_in_the_last_seven_days() {
        List<OrderLine> lines = new ArrayList<>(List.of(anchor(),
                // 甲: last order 7 days ago → churned (daysSinceLastOrder ≥ 7)
                order("A1", 10, "甲路1号", "10.00"), order("A2", 7, "甲路1号", "10.00"),
                // 乙: last order 6 days ago → active
                order("B1", 10, "乙路2号", "10.00"), order("B2", 6, "乙路2号", "10.00"),
                // 丙: one order only → not a regular customer
                order("C1", 7, "丙路3号", "10.00"),
                // 丁: Y−30 lies outside C = [Y−29, Y]: one order in C
                order("D1", 30, "丁路4号", "10.00"), order("D2", 8, "丁路4号", "10.00"),
                // 戊: Y−29 is the first day of C: two orders
                order("E1", 29, "戊路5号", "10.00"), order("E2", 8, "戊路5号", "10.00"),
                // no address: no customer identity
                order("N1", 20, null, "10.00"), order("N2", 19, null, "10.00")));
        Card card = churn(lines);

        assertThat(card.state()).isEqualTo(Card.State.HAS_ITEMS);
        assertThat(card.count()).isEqualTo(2);
        assertThat(card.window()).isEqualTo(new Card.Window(Y.minusDays(29), Y, 30));
        Map<String, Churn.Row> rows = byCustomer(card);
        assertThat(rows).containsOnlyKeys("甲路1号", "戊路5号");
        Churn.Row e = rows.get("戊路5号");
        assertThat(e.orderCount()).isEqualTo(2);
        assertThat(e.firstOrderDate()).isEqualTo(Y.minusDays(29));
        assertThat(e.lastOrderDate()).isEqualTo(Y.minusDays(8));
        assertThat(e.daysSinceLastOrder()).isEqualTo(8);
        assertThat(rows.get("甲路1号").daysSinceLastOrder()).isEqualTo(7);
    }

    @Test
    void invalid_orders_neither_count_nor_keep_a_customer_active() {
        List<OrderLine> lines = List.of(anchor(), order("V1", 10, "庚路7号", "10.00"), order("V2", 9, "庚路7号", "10.00"),
                // a test order on a fee channel (fee 0): invisible
                sale("V3", 1, "庚路7号").prices("50.00", "50.00", "50.00").fee("0.00").build(),
                // one valid and one invalid order: one order only
                order("W1", 10, "辛路8号", "10.00"), sale("W2", 9, "辛路8号").fee("0.00").build());
        Card card = churn(lines);

        assertThat(card.count()).isEqualTo(1);
        Churn.Row row = rows(card).get(0);
        assertThat(row.customerKey()).isEqualTo("庚路7号");
        assertThat(row.orderCount()).isEqualTo(2);
        assertThat(row.lastOrderDate()).isEqualTo(Y.minusDays(9));
        assertThat(row.ltv().json()).isEqualByComparingTo("20.00");
    }

    @Test
    void addresses_that_normalise_to_one_key_are_one_customer_shown_with_the_address_of_the_latest_order() {
        List<OrderLine> lines = List.of(anchor(), order("A1", 10, "星河湾小区3-2-501", "10.00"),
                order("A2", 9, "星河湾小区 3栋2单元501", "10.00"));
        Card card = churn(lines);

        assertThat(card.count()).isEqualTo(1);
        Churn.Row row = rows(card).get(0);
        assertThat(row.customerKey()).isEqualTo("星河湾小区3-2-501");
        assertThat(row.address()).isEqualTo("星河湾小区 3栋2单元501");
        assertThat(row.orderCount()).isEqualTo(2);
    }

    @Test
    void in_the_all_stores_scope_a_customer_is_not_split_by_store() {
        List<OrderLine> lines = List.of(
                line().order("Z1").store("一店").at(Y.atTime(9, 0)).build(),
                line().order("Z2").store("二店").at(Y.atTime(9, 0)).build(),
                // 甲 ordered twice at 一店 and then, 2 days ago, at 二店: active in 全部门店
                sale("X1", 10, "甲路1号").store("一店").build(), sale("X2", 9, "甲路1号").store("一店").build(),
                sale("X3", 2, "甲路1号").store("二店").build(),
                // 乙 ordered once in each store, the same 店内码 100 (two products)
                sale("W1", 10, "乙路2号").store("一店").product("牛奶", "100").build(),
                sale("W2", 8, "乙路2号").store("二店").product("牛奶", "100").build());
        Snapshot all = Engines.diagnose(lines, DiagnosisProperties.defaults(), EARLIEST);
        Card card = all.card("churn");

        assertThat(all.scope().isAll()).isTrue();
        assertThat(card.count()).isEqualTo(1);
        Churn.Row row = rows(card).get(0);
        assertThat(row.customerKey()).isEqualTo("乙路2号");
        assertThat(row.storeNames()).containsExactly("一店", "二店");
        assertThat(row.orderCount()).isEqualTo(2);
        assertThat(row.topProducts()).extracting(p -> p.product().storeName() + "/" + p.product().productKey())
                .as("two products with one purchase each: storeName breaks the tie").containsExactly("一店/C:100", "二店/C:100");

        // the store 一店 alone: 甲 has not ordered there for 9 days; 乙 has one order there
        List<OrderLine> storeOne = lines.stream().filter(l -> l.storeName().equals("一店")).toList();
        Card one = Engines.diagnose(storeOne, DiagnosisProperties.defaults(), EARLIEST).card("churn");
        assertThat(rows(one)).extracting(Churn.Row::customerKey).containsExactly("甲路1号");
        assertThat(rows(one).get(0).storeNames()).containsExactly("一店");
    }

    // --- per-customer values, headline, face, sort ----------------------------------------------------

    /**
     * Seven customers, each with an order on Y−20 and one on Y−last:
     * C1 14 d 500.00; C2 13 d 500.00; C3 14 d 499.99; C4 7 d 300.00; C5 7 d 299.99; C6 8 d 200.00; C7 8 d 199.99.
     * ltvTotal 2,499.97; meanLtv 2,499.97 ÷ 7 = 357.138571… → 357.14; high value (ltv > mean): C1, C2, C3 = 1,499.99.
     */
    private static List<OrderLine> sevenCustomers() {
        return List.of(anchor(),
                order("C1a", 20, "C1", "250.00"), order("C1b", 14, "C1", "250.00"),
                order("C2a", 20, "C2", "250.00"), order("C2b", 13, "C2", "250.00"),
                order("C3a", 20, "C3", "250.00"), order("C3b", 14, "C3", "249.99"),
                order("C4a", 20, "C4", "150.00"), order("C4b", 7, "C4", "150.00"),
                order("C5a", 20, "C5", "150.00"), order("C5b", 7, "C5", "149.99"),
                order("C6a", 20, "C6", "100.00"), order("C6b", 8, "C6", "100.00"),
                order("C7a", 20, "C7", "100.00"), order("C7b", 8, "C7", "99.99"));
    }

    @Test
    void risk_level_recall_priority_highlight_and_high_value_follow_their_thresholds() {
        Map<String, Churn.Row> rows = byCustomer(churn(sevenCustomers()));

        // 高危 from 14 days on
        assertThat(rows.get("C1").riskLevel()).isEqualTo("高危");
        assertThat(rows.get("C2").riskLevel()).isEqualTo("预警");
        assertThat(rows.get("C3").riskLevel()).isEqualTo("高危");
        // P1: ≥ 14 days and ltv ≥ 500.00; P2: ≥ 7 days and ltv ≥ 300.00
        assertThat(rows.get("C1").recallPriority()).isEqualTo("P1");
        assertThat(rows.get("C2").recallPriority()).as("13 days").isEqualTo("P2");
        assertThat(rows.get("C3").recallPriority()).as("499.99").isEqualTo("P2");
        assertThat(rows.get("C4").recallPriority()).isEqualTo("P2");
        assertThat(rows.get("C5").recallPriority()).as("299.99").isNull();
        assertThat(rows.get("C6").recallPriority()).isNull();
        // highlight from 200.00 on
        assertThat(rows.get("C6").ltvHighlight()).isTrue();
        assertThat(rows.get("C7").ltvHighlight()).isFalse();
        // high value: ltv > 357.1385…
        assertThat(rows.values().stream().filter(Churn.Row::highValue).map(Churn.Row::customerKey))
                .containsExactlyInAnyOrder("C1", "C2", "C3");
        // aov 499.99 ÷ 2 = 249.995 → 250.00 (HALF_UP)
        assertThat(rows.get("C3").aov().json()).isEqualByComparingTo("250.00");
        assertThat(rows.get("C3").ltv().json()).isEqualByComparingTo("499.99");
    }

    @Test
    void rows_sort_by_ltv_then_days_without_order_and_the_headline_sums_all_items() {
        Card card = churn(sevenCustomers());
        Churn.Headline h = headline(card);

        // C1 and C2 tie on 500.00: 14 days before 13 days
        assertThat(rows(card)).extracting(Churn.Row::customerKey).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7");
        assertThat(h.count()).isEqualTo(7);
        assertThat(h.highRiskCount()).isEqualTo(2);
        assertThat(h.warningCount()).isEqualTo(5);
        assertThat(h.highValueCount()).isEqualTo(3);
        assertThat(h.highValueLtv().json()).isEqualByComparingTo("1499.99");
        assertThat(h.meanLtv().value()).isEqualByComparingTo("357.1385714286");
        assertThat(h.meanLtv().json()).isEqualByComparingTo("357.14");
        assertThat(h.ltvTotal().json()).isEqualByComparingTo("2499.97");
        // the default product has no line in R = [Y−6, Y] and no stock: 下架 for all seven
        assertThat(h.reasonCounts()).isEqualTo(new Churn.ReasonCounts(0, 0, 7, 0));

        assertThat(card.bigNumber()).isEqualTo(new Card.BigNumber("7", "位老客超7天未下单"));
        assertThat(card.subInfo()).isEqualTo("高危 2 · 预警 5");
        assertThat(card.extraInfo()).isEqualTo("⭐ 3 位高价值客户（LTV ¥1,499.99）");
        assertThat(card.badges()).containsExactly(new Card.Badge("📅 12-20", "gray"), new Card.Badge("🚫缺货 0", "red"),
                new Card.Badge("💰涨价 0", "orange"), new Card.Badge("❌下架 7", "gray"), new Card.Badge("❓其他 0", "blue"));
        assertThat(card.action().label()).isEqualTo("查看召回名单");
        assertThat(card.message()).isNull();

        Churn.Extras x = extras(card);
        assertThat(x.reasonProducts()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("下架");
            assertThat(e.product().productKey()).isEqualTo("N:商品");
            assertThat(e.customers()).isEqualTo(7);
        });
        assertThat(x.actions()).containsExactly(
                new Churn.Action("RECALL_HIGH_VALUE", "优先召回 3 位高价值客户（LTV 合计 ¥1,499.99）"),
                new Churn.Action("SUBSTITUTE", "为已下架的【商品】推荐替代商品"));
    }

    @Test
    void the_rows_are_capped_but_count_and_headline_cover_every_item() {
        Card card = churn(sevenCustomers(), Map.of("max-detail-rows", "2"));

        assertThat(card.count()).isEqualTo(7);
        assertThat(card.totalRows()).isEqualTo(7);
        assertThat(card.truncated()).isTrue();
        assertThat(rows(card)).extracting(Churn.Row::customerKey).containsExactly("C1", "C2");
        assertThat(headline(card).ltvTotal().json()).isEqualByComparingTo("2499.97");
    }

    @Test
    void the_json_writes_reason_counts_with_chinese_keys_and_money_with_two_decimals() {
        String json = SnapshotJson.write(Engines.diagnose(sevenCustomers(), DiagnosisProperties.defaults(), EARLIEST));

        assertThat(json).contains("\"reasonCounts\":{\"缺货\":0,\"涨价\":0,\"下架\":7,\"其他\":0}")
                .contains("\"meanLtv\":357.14").contains("\"ltv\":499.99,\"ltvHighlight\":true,\"aov\":250.00")
                .contains("\"recallPriority\":null")
                .contains("\"topProducts\":[{\"storeName\":\"示例便利店（滨江店）\",\"productKey\":\"N:商品\",\"productName\":\"商品\"")
                .contains("\"reasonProducts\":[{\"reason\":\"下架\",\"storeName\":\"示例便利店（滨江店）\",\"productKey\":\"N:商品\"");
    }

    // --- top products and reasons --------------------------------------------------------------------

    /**
     * Ten customers cu01 … cu10, each with orders on Y−10 and Y−9 of 30.00 revenue (实收价格), of one product S1 … S10
     * at 商品实售价 10.00 unless noted; anonymous orders (no address) give the recent lines of R = [Y−6, Y].
     */
    private static List<OrderLine> tenReasons() {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            if (i == 2 || i == 8) {
                continue;
            }
            String customer = String.format("cu%02d", i);
            String code = "S" + i;
            String firstStock = i == 1 ? "4" : i == 5 ? "3" : null;
            String lastStock = switch (i) {
                case 1 -> "0";
                case 5 -> "3";
                case 6 -> "-1";
                default -> null;
            };
            lines.add(sale(customer + "a", 10, customer).product("商品" + i, code).prices("10.00", "10.00", "30.00")
                    .stock(firstStock).build());
            lines.add(sale(customer + "b", 9, customer).product("商品" + i, code).prices("10.00", "10.00", "30.00")
                    .stock(lastStock).build());
        }
        // cu02, cu08: 1 × 9.00 then 3 × 10.00 → weighted 商品实售价 (9.00 + 30.00) ÷ 4 = 9.75 (simple mean 9.50);
        // 实收价格 30.00 then 10.00 (weighted 15.00)
        for (int i : new int[] {2, 8}) {
            String customer = String.format("cu%02d", i);
            lines.add(sale(customer + "a", 10, customer).product("商品" + i, "S" + i).qty(1).prices("9.00", "9.00", "30.00").build());
            lines.add(sale(customer + "b", 9, customer).product("商品" + i, "S" + i).qty(3).prices("10.00", "10.00", "10.00").build());
        }
        // S2 recent 10.73 > 9.75 × 1.10 = 10.725 → 涨价 (by 实收价格 it would be 10.73 < 15.00 × 1.1)
        lines.add(sale("R2", 0, null).product("商品2", "S2").prices("10.73", "10.73", "10.73").build());
        // S8 recent 10.72 ≤ 10.725 → not 涨价; it has a line in R → 其他
        lines.add(sale("R8", 0, null).product("商品8", "S8").prices("10.72", "10.72", "10.72").build());
        // S3 recent exactly 10.00 × 1.10 = 11.00 → not 涨价 → 其他
        lines.add(sale("R3", 2, null).product("商品3", "S3").prices("11.00", "11.00", "11.00").build());
        // S4 sold on Y−7 only: no line in R and no stock → 下架
        lines.add(sale("R4", 7, null).product("商品4", "S4").build());
        // S7 recent 12.00 would be 涨价, but its latest stock is 0 → 缺货 first
        lines.add(sale("R7", 1, null).product("商品7", "S7").prices("12.00", "12.00", "12.00").stock("0").build());
        // S9 sold on Y−6, the first day of R → not 下架
        lines.add(sale("R9", 6, null).product("商品9", "S9").build());
        // S10 has a line in R with 月售 0: in R but not sold there, no recent price
        lines.add(sale("R10", 3, null).product("商品10", "S10").qty(0).build());
        return lines;
    }

    @Test
    void each_top_product_gets_the_first_matching_reason() {
        Card card = churn(tenReasons());
        Map<String, Churn.Row> rows = byCustomer(card);

        assertThat(rows).hasSize(10);
        assertThat(rows.get("cu01").primaryReason()).as("stock 0").isEqualTo("缺货");
        assertThat(rows.get("cu06").primaryReason()).as("stock −1").isEqualTo("缺货");
        assertThat(rows.get("cu07").primaryReason()).as("缺货 before 涨价").isEqualTo("缺货");
        assertThat(rows.get("cu02").primaryReason()).isEqualTo("涨价");
        assertThat(rows.get("cu08").primaryReason()).as("10.72 ≤ 10.725").isEqualTo("其他");
        assertThat(rows.get("cu03").primaryReason()).as("11.00 is not above 11.00").isEqualTo("其他");
        assertThat(rows.get("cu04").primaryReason()).isEqualTo("下架");
        assertThat(rows.get("cu05").primaryReason()).as("no line in R but a known stock").isEqualTo("其他");
        assertThat(rows.get("cu09").primaryReason()).isEqualTo("其他");
        assertThat(rows.get("cu10").primaryReason()).isEqualTo("其他");

        Churn.Row rise = rows.get("cu02");
        assertThat(rise.problemProduct().productKey()).isEqualTo("C:S2");
        assertThat(rise.problemProduct().productName()).isEqualTo("商品2");
        assertThat(rise.problemCustomerPrice().json()).isEqualByComparingTo("9.75");
        assertThat(rise.problemRecentPrice().json()).isEqualByComparingTo("10.73");
        // (10.73 − 9.75) ÷ 9.75 = 0.100512… → 0.1005
        assertThat(rise.problemPriceChangeRatio().json()).isEqualByComparingTo("0.1005");
        Churn.Product s2 = rise.topProducts().get(0);
        assertThat(s2.purchaseCount()).isEqualTo(2);
        assertThat(s2.quantity()).isEqualTo(4);
        assertThat(s2.soldInRecentDays()).isTrue();
        assertThat(s2.latestStock()).isNull();
        assertThat(s2.reason()).isEqualTo("涨价");

        Churn.Product s10 = rows.get("cu10").topProducts().get(0);
        assertThat(s10.soldInRecentDays()).as("its line in R has 月售 0").isFalse();
        assertThat(s10.recentAvgPrice()).isNull();
        assertThat(s10.priceChangeRatio()).isNull();
        assertThat(s10.customerAvgPrice().json()).isEqualByComparingTo("10.00");
        assertThat(rows.get("cu10").problemProduct().productKey()).as("其他: the first top product").isEqualTo("C:S10");
        assertThat(rows.get("cu10").problemRecentPrice()).isNull();

        assertThat(rows.get("cu09").topProducts().get(0).soldInRecentDays()).isTrue();
        assertThat(rows.get("cu04").topProducts().get(0).soldInRecentDays()).isFalse();
        assertThat(rows.get("cu05").topProducts().get(0).latestStock().json()).isEqualByComparingTo("3");
        assertThat(rows.get("cu06").topProducts().get(0).latestStock().json()).isEqualByComparingTo("-1");
        assertThat(rows.get("cu01").topProducts().get(0).latestStock().json()).as("the latest line's stock").isEqualByComparingTo("0");
    }

    @Test
    void equal_ltv_and_days_sort_by_customer_key_and_the_extras_list_problem_products_and_actions() {
        Card card = churn(tenReasons());
        Churn.Headline h = headline(card);
        Churn.Extras x = extras(card);

        // every customer: ltv 60.00, 9 days → customerKey ascending
        assertThat(rows(card)).extracting(Churn.Row::customerKey).containsExactly("cu01", "cu02", "cu03", "cu04", "cu05",
                "cu06", "cu07", "cu08", "cu09", "cu10");
        assertThat(h.reasonCounts()).isEqualTo(new Churn.ReasonCounts(3, 1, 1, 5));
        // nobody is above the mean 60.00
        assertThat(h.highValueCount()).isZero();
        assertThat(h.highValueLtv().json()).isEqualByComparingTo("0.00");
        assertThat(card.extraInfo()).isNull();
        assertThat(card.badges()).extracting(Card.Badge::text).containsExactly("📅 12-20", "🚫缺货 3", "💰涨价 1", "❌下架 1",
                "❓其他 5");

        // customers 1 each: reason priority, then productKey
        assertThat(x.reasonProducts()).extracting(e -> e.reason() + " " + e.product().productKey() + " " + e.customers())
                .containsExactly("缺货 C:S1 1", "缺货 C:S6 1", "缺货 C:S7 1", "涨价 C:S2 1", "下架 C:S4 1");
        assertThat(x.actions()).containsExactly(
                new Churn.Action("RESTOCK", "尽快补货【商品1】，影响 1 位流失客户"),
                new Churn.Action("TARGETED_COUPON", "为【商品2】的老客发放定向优惠券（涨幅 10.1%）"),
                new Churn.Action("SUBSTITUTE", "为已下架的【商品4】推荐替代商品"),
                new Churn.Action("INVESTIGATE", "排查 5 位原因不明的流失客户（可能流向竞品）"));
        assertThat(x.explanation()).isEqualTo("数据日期 2025-12-20：近30天下单≥2次、且最近7天未下单的客户视为流失。");
    }

    @Test
    void reason_products_sort_by_customers_first_and_the_restock_action_names_the_first() {
        List<OrderLine> lines = new ArrayList<>(List.of(anchor()));
        // 缺货 product Z (two customers) and 缺货 product A (one customer): Z first on customers
        for (String[] c : new String[][] {{"k1", "Z"}, {"k2", "Z"}, {"k3", "A"}}) {
            lines.add(sale(c[0] + "a", 12, c[0]).product("品" + c[1], c[1]).stock("0").build());
            lines.add(sale(c[0] + "b", 11, c[0]).product("品" + c[1], c[1]).stock("0").build());
        }
        Churn.Extras x = extras(churn(lines));

        assertThat(x.reasonProducts()).extracting(e -> e.product().productKey() + " " + e.customers())
                .containsExactly("C:Z 2", "C:A 1");
        assertThat(x.actions()).extracting(Churn.Action::text).containsExactly("尽快补货【品Z】，影响 2 位流失客户");
    }

    @Test
    void top_products_rank_by_purchases_then_quantity_then_key_without_consumables_and_the_best_reason_wins() {
        List<OrderLine> lines = new ArrayList<>();
        // 甲's orders: A in 3 orders (qty 3); B in 2 orders (qty 4, twice in K1); D in 2 orders (qty 4); C in 2 (qty 2)
        lines.add(sale("K1", 20, "甲").product("苹果", "A").build());
        lines.add(sale("K1", 20, "甲").product("香蕉", "B").build());
        lines.add(sale("K1", 20, "甲").product("香蕉", "B").ordinal(2).build());
        lines.add(sale("K1", 20, "甲").product("饼干", "D").qty(2).build());
        lines.add(sale("K1", 20, "甲").product("购物袋", "BAG").category("耗材").qty(5).prices("0.50", "0.50", "0.50").build());
        lines.add(sale("K2", 15, "甲").product("苹果", "A").build());
        lines.add(sale("K2", 15, "甲").product("香蕉", "B").qty(2).build());
        lines.add(sale("K2", 15, "甲").product("鸡蛋", "C").build());
        lines.add(sale("K2", 15, "甲").product("购物袋", "BAG").category("耗材").qty(5).prices("0.50", "0.50", "0.50").build());
        lines.add(sale("K3", 10, "甲").product("苹果", "A").build());
        lines.add(sale("K3", 10, "甲").product("鸡蛋", "C").stock("0").build());
        lines.add(sale("K3", 10, "甲").product("饼干", "D").qty(2).build());
        lines.add(sale("K3", 10, "甲").product("购物袋", "BAG").category("耗材").qty(5).prices("0.50", "0.50", "0.50").build());
        // recent lines: A at the same price with stock 5 (其他); D at 2.00 (涨价 against 1.00); B none (下架)
        lines.add(sale("R1", 0, null).product("苹果", "A").stock("5").build());
        lines.add(sale("R2", 1, null).product("饼干", "D").prices("2.00", "2.00", "2.00").build());
        // 乙: E and F tie on everything but the key; both 下架 → the first, E
        lines.add(sale("L1", 12, "乙").product("牛奶", "E").build());
        lines.add(sale("L1", 12, "乙").product("面包", "F").build());
        lines.add(sale("L2", 11, "乙").product("牛奶", "E").build());
        lines.add(sale("L2", 11, "乙").product("面包", "F").build());
        // 丙 buys only bags: 其他 without a problem product; the bags still count in its LTV
        lines.add(sale("M1", 12, "丙").product("购物袋", "BAG").category("耗材").qty(5).prices("0.50", "0.50", "0.50").build());
        lines.add(sale("M2", 11, "丙").product("购物袋", "BAG").category("耗材").qty(5).prices("0.50", "0.50", "0.50").build());
        Map<String, Churn.Row> rows = byCustomer(churn(lines));

        Churn.Row k = rows.get("甲");
        assertThat(k.topProducts()).extracting(p -> p.product().productKey() + " " + p.purchaseCount() + "/" + p.quantity()
                + " " + p.reason()).containsExactly("C:A 3/3 其他", "C:B 2/4 下架", "C:D 2/4 涨价");
        // C (缺货) is fourth: not a top product
        assertThat(k.primaryReason()).isEqualTo("涨价");
        assertThat(k.problemProduct().productKey()).isEqualTo("C:D");
        assertThat(k.problemPriceChangeRatio().json()).isEqualByComparingTo("1.0000");
        // LTV: K1 1 + 1 + 1 + 2 + 2.50, K2 1 + 2 + 1 + 2.50, K3 1 + 1 + 2 + 2.50 = 20.50 (bags included);
        // aov 20.50 ÷ 3 = 6.8333… → 6.83
        assertThat(k.ltv().json()).isEqualByComparingTo("20.50");
        assertThat(k.aov().json()).isEqualByComparingTo("6.83");

        Churn.Row l = rows.get("乙");
        assertThat(l.primaryReason()).isEqualTo("下架");
        assertThat(l.problemProduct().productKey()).isEqualTo("C:E");
        assertThat(l.topProducts()).extracting(p -> p.product().productKey()).containsExactly("C:E", "C:F");

        Churn.Row m = rows.get("丙");
        assertThat(m.primaryReason()).isEqualTo("其他");
        assertThat(m.problemProduct()).isNull();
        assertThat(m.problemCustomerPrice()).isNull();
        assertThat(m.topProducts()).isEmpty();
        assertThat(m.ltv().json()).isEqualByComparingTo("5.00");
    }

    @Test
    void the_number_of_top_products_follows_its_property() {
        List<OrderLine> lines = new ArrayList<>(List.of(anchor()));
        for (String code : new String[] {"A", "B", "C"}) {
            lines.add(sale("O1", 12, "甲").product("品" + code, code).build());
            lines.add(sale("O2", 11, "甲").product("品" + code, code).build());
        }
        Card card = churn(lines, Map.of("churn.top-products", "2"));

        assertThat(rows(card).get(0).topProducts()).extracting(p -> p.product().productKey()).containsExactly("C:A", "C:B");
    }

    // --- all good -------------------------------------------------------------------------------------

    @Test
    void without_churned_customers_the_card_is_all_good_and_keeps_its_five_badges() {
        List<OrderLine> lines = List.of(anchor(), order("A1", 3, "甲", "10.00"), order("A2", 1, "甲", "10.00"));
        Card card = churn(lines);
        Churn.Headline h = headline(card);

        assertThat(card.state()).isEqualTo(Card.State.ALL_GOOD);
        assertThat(card.count()).isZero();
        assertThat(card.message()).isEqualTo("✅ 近30天的老客都保持活跃");
        assertThat(card.action().label()).isEqualTo("查看说明");
        assertThat(card.bigNumber().value()).isEqualTo("0");
        assertThat(card.badges()).extracting(Card.Badge::text).containsExactly("📅 12-20", "🚫缺货 0", "💰涨价 0", "❌下架 0",
                "❓其他 0");
        assertThat(h.meanLtv()).isNull();
        assertThat(h.ltvTotal().json()).isEqualByComparingTo("0.00");
        assertThat(h.reasonCounts()).isEqualTo(new Churn.ReasonCounts(0, 0, 0, 0));
        assertThat(extras(card).actions()).isEmpty();
        assertThat(extras(card).reasonProducts()).isEmpty();
        assertThat(card.export().sheets()).containsExactly("流失客户");
    }

    @Test
    void the_texts_follow_the_configured_window_orders_and_inactivity() {
        // 3 orders, the last 5 days ago: churned with min-orders 3 and inactive-days 5
        List<OrderLine> lines = List.of(anchor(), order("A1", 9, "甲", "10.00"), order("A2", 7, "甲", "10.00"),
                order("A3", 5, "甲", "10.00"), order("B1", 9, "乙", "10.00"), order("B2", 5, "乙", "10.00"));
        Card card = churn(lines, Map.of("churn.min-orders", "3", "churn.inactive-days", "5", "churn.window-days", "20"));

        assertThat(rows(card)).extracting(Churn.Row::customerKey).containsExactly("甲");
        assertThat(card.bigNumber().label()).isEqualTo("位老客超5天未下单");
        assertThat(card.minSpanDays()).isEqualTo(6);
        assertThat(card.window()).isEqualTo(new Card.Window(Y.minusDays(19), Y, 20));
        assertThat(extras(card).explanation()).isEqualTo("数据日期 2025-12-20：近20天下单≥3次、且最近5天未下单的客户视为流失。");
    }
}
