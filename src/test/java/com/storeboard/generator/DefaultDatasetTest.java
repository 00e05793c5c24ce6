package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.generator.WrittenRows.Order;
import com.storeboard.generator.WrittenRows.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default dataset (DATA.md §5.2 defaults: QUIET, CSV, 3 stores × 60 days × 300 orders), generated once and read
 * back from the written files. Every expectation is re-derived from the rows with the formulas of DATA.md §2–§3 or
 * taken from the numbers stated in §5.
 */
class DefaultDatasetTest {

    static final LocalDate Y = LocalDate.of(2025, 12, 20);
    static final List<String> STORES = List.of("星河便利（滨江店）", "星河便利（东湖店）", "星河便利（高新店）");
    static final BigDecimal CENT = new BigDecimal("0.01");

    @TempDir
    static Path directory;
    static GenerationReport report;
    static JsonNode manifest;
    static Map<String, List<Row>> rows = new LinkedHashMap<>();
    static Map<String, List<Order>> orders = new LinkedHashMap<>();

    @BeforeAll
    static void generateTheDefaultDataset() throws IOException {
        report = new DemoDataGenerator(Clock.systemUTC()).writeFiles(GeneratorParameters.defaults(), directory);
        manifest = JsonMapper.builder().build().readTree(Files.readString(report.manifest()));
        for (int i = 0; i < 3; i++) {
            List<Row> storeRows = WrittenRows.read(directory.resolve("demo_" + (i + 1) + "_20251022-20251220.csv"));
            rows.put(STORES.get(i), storeRows);
            orders.put(STORES.get(i), WrittenRows.orders(storeRows));
        }
    }

    // ------------------------------------------------------------------------------------------- files

    @Test
    void writes_one_file_per_store_named_by_its_dates_and_a_single_batch() throws IOException {
        try (var listing = Files.list(directory)) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "demo_1_20251022-20251220.csv", "demo_2_20251022-20251220.csv", "demo_3_20251022-20251220.csv",
                    "demo_manifest.json");
        }
        assertThat(manifest.get("batches").toString()).isEqualTo(
                "[[\"demo_1_20251022-20251220.csv\",\"demo_2_20251022-20251220.csv\",\"demo_3_20251022-20251220.csv\"]]");
        assertThat(report.files()).extracting(OutputFile::rows)
                .containsExactly((long) rows.get(STORES.get(0)).size(), (long) rows.get(STORES.get(1)).size(),
                        (long) rows.get(STORES.get(2)).size());
    }

    @Test
    void store_one_is_utf8_with_bom_and_canonical_headers() throws IOException {
        byte[] bytes = Files.readAllBytes(directory.resolve("demo_1_20251022-20251220.csv"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        assertThat(WrittenRows.headers(WrittenRows.decode(directory.resolve("demo_1_20251022-20251220.csv"))))
                .containsExactly(CANONICAL.toArray(String[]::new));
    }

    @Test
    void store_two_is_utf8_without_bom_with_the_synonym_headers() throws IOException {
        Path file = directory.resolve("demo_2_20251022-20251220.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isNotEqualTo(0xEF);
        String text = WrittenRows.strict(java.nio.charset.StandardCharsets.UTF_8, bytes);
        List<String> expected = new ArrayList<>(CANONICAL);
        Map<String, String> synonyms = Map.of("订单ID", "订单号", "日期", "下单时间", "门店名称", "门店", "渠道", "平台",
                "月售", "销量", "商品实售价", "售价", "商品采购成本", "成本", "库存", "剩余库存", "一级分类名", "美团一级分类");
        expected.replaceAll(h -> synonyms.getOrDefault(h, h));
        assertThat(WrittenRows.headers(text)).containsExactly(expected.toArray(String[]::new));
    }

    @Test
    void store_three_is_gb18030_with_canonical_headers_and_distances_in_kilometres() throws IOException {
        Path file = directory.resolve("demo_3_20251022-20251220.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isNotEqualTo(0xEF);
        boolean utf8 = true;
        try {
            WrittenRows.strict(java.nio.charset.StandardCharsets.UTF_8, bytes);
        } catch (java.nio.charset.CharacterCodingException e) {
            utf8 = false;
        }
        assertThat(utf8).as("store 3 must not decode as UTF-8").isFalse();
        String text = WrittenRows.strict(java.nio.charset.Charset.forName("GB18030"), bytes);
        assertThat(WrittenRows.headers(text)).containsExactly(CANONICAL.toArray(String[]::new));
        for (Row row : rows.get(STORES.get(2))) {
            String km = row.raw().get("配送距离");
            if (km != null) {
                assertThat(km).matches("\\d+\\.\\d{2}");
                assertThat(new BigDecimal(km)).isLessThanOrEqualTo(new BigDecimal("12.00"));
            }
        }
    }

    @Test
    void money_has_two_decimals_and_dates_are_written_to_the_second() {
        List<String> moneyColumns = List.of("商品实售价", "商品原价", "实收价格", "商品采购成本", "利润额", "平台服务费",
                "企客后返", "预计订单收入", "物流配送费", "用户支付配送费", "配送费减免金额", "平台佣金", "满减金额",
                "商品减免金额", "新客减免金额", "商家代金券", "商家承担部分券", "满赠金额", "商家其他优惠", "打包袋金额");
        for (List<Row> storeRows : rows.values()) {
            for (Row row : storeRows.subList(0, 3000)) {
                for (String column : moneyColumns) {
                    assertThat(row.raw().get(column)).as(column).matches("-?\\d+\\.\\d{2}");
                }
                assertThat(row.raw().get("日期")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            }
        }
    }

    @Test
    void rows_are_in_canonical_line_order() {
        for (List<Row> storeRows : rows.values()) {
            Comparator<Row> canonical = Comparator.comparing(Row::time).thenComparing(Row::storeName)
                    .thenComparing(Row::orderId).thenComparing(Row::productKey);
            for (int i = 1; i < storeRows.size(); i++) {
                assertThat(canonical.compare(storeRows.get(i - 1), storeRows.get(i))).as("row %d", i).isLessThan(0);
            }
        }
    }

    @Test
    void every_order_repeats_its_order_level_fields_on_every_line() {
        List<String> orderLevel = List.of("订单编号", "日期", "门店名称", "门店ID", "城市名称", "渠道", "配送平台", "收货地址",
                "配送距离", "物流配送费", "用户支付配送费", "配送费减免金额", "平台佣金", "满减金额", "商品减免金额",
                "新客减免金额", "商家代金券", "商家承担部分券", "满赠金额", "商家其他优惠", "打包袋金额");
        for (List<Order> storeOrders : orders.values()) {
            for (Order order : storeOrders) {
                for (Row line : order.lines()) {
                    for (String column : orderLevel) {
                        assertThat(line.raw().get(column)).as(column).isEqualTo(order.first().raw().get(column));
                    }
                }
                assertThat(order.lines().stream().map(Row::productKey).distinct().count())
                        .isEqualTo(order.lines().size());
            }
        }
    }

    @Test
    void order_identifiers_follow_the_store_date_sequence_pattern_and_the_channel_prefixes() {
        Map<String, String> prefixes = Map.of("饿了么", "ELE", "美团闪购", "MT", "美团共橙", "MTGC", "京东到家", "JD",
                "闪购小程序", "MINI", "收银机订单", "POS");
        for (int i = 0; i < 3; i++) {
            for (Order order : orders.get(STORES.get(i))) {
                String yyMMdd = order.date().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
                assertThat(order.orderId()).matches((i + 1) + yyMMdd + "\\d{5}");
                assertThat(order.first().orderNumber()).isEqualTo(prefixes.get(order.first().channel())
                        + order.orderId());
            }
        }
    }

    @Test
    void line_amounts_follow_the_line_formulas() {
        for (List<Row> storeRows : rows.values()) {
            for (Row row : storeRows) {
                BigDecimal revenue = row.revenue();
                assertThat(row.grossProfit()).isEqualByComparingTo(revenue.subtract(row.lineCost()));
                assertThat(row.lineCost().movePointRight(2).remainder(BigDecimal.valueOf(row.quantity())).signum())
                        .as("商品采购成本 is unit cost × 月售").isZero();
                if (FEE_CHANNEL.contains(row.channel()) && !isTestOrderLine(row)) {
                    BigDecimal rate = FEE_RATE.get(row.channel());
                    BigDecimal expected = revenue.multiply(rate).setScale(2, RoundingMode.HALF_UP).max(CENT);
                    assertThat(row.fee()).as("fee of row %d", row.fileRow()).isEqualByComparingTo(expected);
                }
                if (row.distanceM() != null) {
                    assertThat(row.distanceM() % 10).isZero();
                }
            }
        }
    }

    @Test
    void the_catalogue_has_the_identifiers_prices_and_names_of_section_5_3() {
        for (String store : STORES) {
            Map<String, Row> latest = new LinkedHashMap<>();
            for (Row row : rows.get(store)) {
                latest.put(row.productKey(), row);
            }
            List<Row> regular = latest.values().stream().filter(r -> !r.consumable()).toList();
            assertThat(latest).hasSize(400);
            assertThat(regular.stream().filter(r -> r.storeCode() == null && r.barcode() != null)).hasSize(20);
            List<Row> bothBlank = regular.stream().filter(r -> r.storeCode() == null && r.barcode() == null).toList();
            assertThat(bothBlank).hasSize(8).allMatch(r -> r.categoryL1().equals("生鲜") || r.categoryL1().equals("水果"));
            assertThat(regular.stream().filter(r -> r.storeCode() != null).map(Row::storeCode).distinct())
                    .hasSize((int) regular.stream().filter(r -> r.storeCode() != null).count())
                    .allMatch(code -> code.matches("\\d{6}"));
            for (Row r : latest.values()) {
                if (r.barcode() != null) {
                    assertThat(r.barcode()).matches("69\\d{11}");
                    int sum = 0;
                    for (int i = 0; i < 12; i++) {
                        sum += (r.barcode().charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
                    }
                    assertThat(r.barcode().charAt(12) - '0').isEqualTo((10 - sum % 10) % 10);
                }
            }
            long heavy = regular.stream().filter(r -> CatalogueFactory.HEAVY_KEYWORDS.stream()
                    .anyMatch(k -> r.productName().contains(k))).count();
            assertThat(heavy).isGreaterThanOrEqualTo(12);
            // Prices end in .90, .50 or .00 (the G11 SKUs' 2.25 and 3.00 of §5.5 aside).
            long oddEndings = regular.stream().map(r -> r.salePrice().remainder(BigDecimal.ONE))
                    .filter(f -> f.compareTo(new BigDecimal("0.90")) != 0 && f.compareTo(new BigDecimal("0.50")) != 0
                            && f.signum() != 0).count();
            assertThat(oddEndings).isLessThanOrEqualTo(1);
        }
    }

    // ------------------------------------------------------------------------------------------- Q1–Q8

    @Test
    void q1_no_valid_order_loses_money_except_the_planted_loss_orders() {
        for (String store : STORES) {
            Map<LocalDate, List<Order>> losers = new TreeMap<>();
            for (Order order : orders.get(store)) {
                if (order.valid() && (order.orderProfit().compareTo(CENT) < 0 || order.gross().signum() == 0)) {
                    losers.computeIfAbsent(order.date(), d -> new ArrayList<>()).add(order);
                }
            }
            assertThat(losers.keySet()).containsExactly(Y.minusDays(3), Y.minusDays(2), Y.minusDays(1), Y);
            assertThat(losers.get(Y.minusDays(1))).hasSize(1);
            assertThat(losers.get(Y.minusDays(2))).hasSize(2);
            assertThat(losers.get(Y.minusDays(3))).hasSize(1);
            for (int d = 1; d <= 3; d++) {
                assertThat(losers.get(Y.minusDays(d))).allSatisfy(o ->
                        assertThat(o.orderProfit()).isEqualByComparingTo("-2.00"));
            }
            assertThat(losers.get(Y)).extracting(Order::orderId)
                    .containsExactlyInAnyOrderElementsOf(plantedIds(store, "G1", "orderId"));
        }
    }

    @Test
    void q2_no_valid_order_has_a_net_delivery_cost_above_five_except_the_planted_ones() {
        for (String store : STORES) {
            Map<LocalDate, List<BigDecimal>> high = new TreeMap<>();
            for (Order order : orders.get(store)) {
                if (order.valid() && order.netDeliveryCost().compareTo(new BigDecimal("5.00")) > 0) {
                    high.computeIfAbsent(order.date(), d -> new ArrayList<>()).add(order.netDeliveryCost());
                }
            }
            assertThat(high.keySet()).containsExactly(Y.minusDays(3), Y.minusDays(2), Y.minusDays(1), Y);
            for (List<BigDecimal> nets : high.values()) {
                assertThat(nets.stream().map(BigDecimal::toPlainString).sorted())
                        .containsExactly("6.50", "7.50", "8.50", "9.50");
            }
        }
    }

    @Test
    void q3_every_regular_line_has_stock_of_at_least_one_except_the_stockouts_and_the_delisted_sku() {
        for (String store : STORES) {
            Set<String> blank = new HashSet<>();
            Map<String, List<LocalDate>> zero = new TreeMap<>();
            for (Order order : orders.get(store)) {
                if (!order.valid()) {
                    continue;
                }
                for (Row line : order.lines()) {
                    if (line.consumable()) {
                        continue;
                    }
                    if (line.stock() == null) {
                        blank.add(line.productKey());
                    } else if (line.stock().signum() <= 0) {
                        zero.computeIfAbsent(line.productKey(), k -> new ArrayList<>()).add(line.date());
                    }
                }
            }
            assertThat(blank).hasSize(1);
            String delisted = blank.iterator().next();
            assertThat(lastSale(store, delisted)).isEqualTo(Y.minusDays(10));
            assertThat(zero.keySet()).containsExactlyInAnyOrderElementsOf(plantedIds(store, "G3", "productKey"));
            assertThat(zero.values().stream().map(List::size).sorted()).containsExactly(1, 1, 3);
        }
    }

    @Test
    void q4_every_line_below_105_percent_of_its_unit_cost_is_a_planted_line() {
        for (String store : STORES) {
            List<Row> below = new ArrayList<>();
            for (Order order : orders.get(store)) {
                if (!order.valid()) {
                    continue;
                }
                for (Row line : order.lines()) {
                    BigDecimal unitCost = line.lineCost().divide(BigDecimal.valueOf(line.quantity()), 10,
                            RoundingMode.HALF_UP);
                    if (line.receivedPrice().compareTo(unitCost.multiply(new BigDecimal("1.05"))) < 0) {
                        below.add(line);
                    }
                }
            }
            Set<String> expected = new HashSet<>(plantedIds(store, "G6", "productKey"));
            expected.add(decoy(store, "consumableBelowCost").get("productKey").asString());
            assertThat(below).allSatisfy(line -> assertThat(line.date()).isEqualTo(Y));
            assertThat(below).extracting(Row::productKey).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void q5_every_template_sku_sells_the_same_quantity_every_day_of_a_period_at_constant_prices() {
        for (String store : STORES) {
            Set<String> changing = new HashSet<>();
            for (String plant : List.of("G7", "G11", "G12")) {
                changing.addAll(plantedIds(store, plant, "productKey"));
            }
            Set<String> outside = new HashSet<>();
            for (String plant : List.of("G9", "G10")) {
                outside.addAll(plantedIds(store, plant, "productKey"));
            }
            Map<String, Map<LocalDate, Integer>> daily = new HashMap<>();
            Map<String, Set<String>> prices = new HashMap<>();
            for (Order order : orders.get(store)) {
                if (!order.valid()) {
                    continue;
                }
                for (Row line : order.lines()) {
                    if (line.consumable()) {
                        continue;
                    }
                    daily.computeIfAbsent(line.productKey(), k -> new TreeMap<>()).merge(line.date(),
                            line.quantity(), Integer::sum);
                    prices.computeIfAbsent(line.productKey(), k -> new HashSet<>()).add(line.salePrice() + "/"
                            + line.originalPrice() + "/" + line.lineCost().divide(BigDecimal.valueOf(line.quantity())));
                }
            }
            int templateSkus = 0;
            for (var entry : daily.entrySet()) {
                String key = entry.getKey();
                if (entry.getValue().size() < 60) {
                    outside.remove(key);
                    continue;
                }
                templateSkus++;
                if (changing.contains(key) || marginDropKeys(store).contains(key)) {
                    continue;
                }
                Set<Integer> history = new HashSet<>();
                Set<Integer> recent = new HashSet<>();
                entry.getValue().forEach((date, qty) -> (date.isBefore(Y.minusDays(29)) ? history : recent).add(qty));
                assertThat(history).as("history quantities of %s", key).hasSize(1);
                assertThat(recent).as("recent quantities of %s", key).hasSize(1);
                assertThat(prices.get(key)).as("prices of %s", key).hasSize(1);
            }
            assertThat(outside).as("G9/G10 SKUs never sell every day").isEmpty();
            // 400 SKUs − 2 consumables − 6 G9 − 3 G10 − 1 delisted sell every day.
            assertThat(templateSkus).isEqualTo(388);
        }
    }

    @Test
    void q6_valid_orders_per_band_match_the_history_and_recent_quotas_every_day() {
        int[] history = {36, 66, 60, 42, 27, 51, 15, 3};
        int[] recent = {36, 66, 60, 27, 22, 46, 15, 3};
        BigDecimal[] bounds = {new BigDecimal(10), new BigDecimal(20), new BigDecimal(30), new BigDecimal(40),
            new BigDecimal(50), new BigDecimal(100), new BigDecimal(200)};
        for (String store : STORES) {
            Map<LocalDate, int[]> perDay = new TreeMap<>();
            for (Order order : orders.get(store)) {
                if (!order.valid()) {
                    continue;
                }
                int band = 0;
                while (band < bounds.length && order.revenue().compareTo(bounds[band]) >= 0) {
                    band++;
                }
                perDay.computeIfAbsent(order.date(), d -> new int[8])[band]++;
            }
            assertThat(perDay).hasSize(60);
            perDay.forEach((date, counts) -> assertThat(counts).as("bands on %s", date)
                    .containsExactly(date.isBefore(Y.minusDays(29)) ? history : recent));
        }
    }

    @Test
    void q7_only_the_planted_customers_churn_and_every_other_address_is_one_off_or_on_a_short_cycle() {
        for (String store : STORES) {
            Map<String, List<LocalDate>> byCustomer = new HashMap<>();
            for (Order order : orders.get(store)) {
                if (order.valid() && order.addressKey() != null) {
                    byCustomer.computeIfAbsent(order.addressKey(), k -> new ArrayList<>()).add(order.date());
                }
            }
            Set<String> planted = new HashSet<>(plantedIds(store, "G4", "customerKey"));
            Set<String> churned = new HashSet<>();
            for (var entry : byCustomer.entrySet()) {
                List<LocalDate> dates = entry.getValue();
                dates.sort(null);
                List<LocalDate> inWindow = dates.stream().filter(d -> !d.isBefore(Y.minusDays(29))).toList();
                if (inWindow.size() >= 2 && !inWindow.get(inWindow.size() - 1).isAfter(Y.minusDays(7))) {
                    churned.add(entry.getKey());
                }
                if (dates.size() > 1 && !planted.contains(entry.getKey())) {
                    assertThat(dates.get(dates.size() - 1)).isAfterOrEqualTo(Y.minusDays(4));
                    for (int i = 1; i < dates.size(); i++) {
                        assertThat(dates.get(i - 1).until(dates.get(i)).getDays()).isBetween(1, 5);
                    }
                }
            }
            assertThat(churned).isEqualTo(planted);
        }
    }

    @Test
    void addresses_never_collide_across_stores() {
        Map<String, String> owner = new HashMap<>();
        for (String store : STORES) {
            for (Order order : orders.get(store)) {
                String key = order.addressKey();
                if (key != null) {
                    assertThat(owner.putIfAbsent(key, store)).isIn(null, store);
                }
            }
        }
    }

    @Test
    void q8_at_least_ten_quiet_skus_sell_three_units_with_a_profit_on_y() {
        for (String store : STORES) {
            Set<String> plantKeys = new HashSet<>();
            for (JsonNode entry : manifest.get("planted")) {
                if (entry.get("store").asString().equals(store) && entry.has("productKey")) {
                    plantKeys.add(entry.get("productKey").asString());
                }
            }
            Map<String, BigDecimal[]> onY = new HashMap<>();
            for (Order order : orders.get(store)) {
                if (!order.valid() || !order.date().equals(Y)) {
                    continue;
                }
                for (Row line : order.lines()) {
                    if (!line.consumable() && !plantKeys.contains(line.productKey())) {
                        BigDecimal[] agg = onY.computeIfAbsent(line.productKey(),
                                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                        agg[0] = agg[0].add(BigDecimal.valueOf(line.quantity()));
                        agg[1] = agg[1].add(line.grossProfit());
                    }
                }
            }
            long quietProfitable = onY.values().stream()
                    .filter(a -> a[0].compareTo(BigDecimal.valueOf(3)) >= 0 && a[1].signum() > 0).count();
            assertThat(quietProfitable).isGreaterThanOrEqualTo(10);
        }
    }

    // ------------------------------------------------------------------------------------------- plants

    @Test
    void g1_orders_on_y_lose_exactly_two_three_fifty_and_five_yuan() {
        for (String store : STORES) {
            List<String> ids = plantedIds(store, "G1", "orderId");
            List<String> profits = new ArrayList<>();
            for (String id : ids) {
                Order order = order(store, id);
                profits.add(order.orderProfit().toPlainString());
                assertThat(order.revenue()).isLessThanOrEqualTo(new BigDecimal("30.00"));
                assertThat(order.first().channel()).isNotEqualTo("收银机订单");
                assertThat(order.netDeliveryCost()).isLessThanOrEqualTo(new BigDecimal("5.00"));
                assertThat(order.lines()).anyMatch(l -> !l.consumable());
            }
            assertThat(profits).containsExactly("-2.00", "-3.50", "-5.00");
        }
    }

    @Test
    void g2_orders_on_y_have_no_user_fee_and_the_planted_distances_and_the_first_is_at_22_15() {
        for (String store : STORES) {
            List<String> ids = plantedIds(store, "G2", "orderId");
            List<Integer> distances = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Order order = order(store, ids.get(i));
                assertThat(order.first().userPaidDeliveryFee()).isEqualByComparingTo("0");
                assertThat(order.first().deliveryFeeDiscount()).isEqualByComparingTo("0");
                assertThat(order.netDeliveryCost()).isEqualByComparingTo(BigDecimal.valueOf(650 + 100 * i, 2));
                assertThat(order.gross().subtract(order.fees())).isGreaterThanOrEqualTo(BigDecimal.TEN);
                distances.add(order.first().distanceM());
            }
            assertThat(distances).containsExactly(5600, 6400, 4200, 9100);
            assertThat(order(store, ids.get(0)).first().time()).isEqualTo(LocalDateTime.of(2025, 12, 20, 22, 15));
        }
    }

    @Test
    void g3_best_sellers_end_y_with_zero_stock_one_of_them_for_three_days() {
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G3", "productKey");
            int persistent = 0;
            for (String key : keys) {
                assertThat(dailyQty(store, key, Y.minusDays(40))).isGreaterThanOrEqualTo(8);
                assertThat(lastStock(store, key, Y)).isEqualByComparingTo("0");
                if (lastStock(store, key, Y.minusDays(1)).signum() == 0) {
                    persistent++;
                    assertThat(lastStock(store, key, Y.minusDays(2))).isEqualByComparingTo("0");
                    assertThat(lastStock(store, key, Y.minusDays(3))).isPositive();
                } else {
                    assertThat(lastStock(store, key, Y.minusDays(1))).isGreaterThanOrEqualTo(BigDecimal.ONE);
                }
            }
            assertThat(persistent).isEqualTo(1);
        }
    }

    @Test
    void g4_churn_customers_have_their_planned_orders_targets_and_revenue_ranges() {
        int[] counts = {4, 3, 3, 2, 2, 2};
        int[] lastDays = {7, 9, 10, 14, 16, 21};
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G4", "customerKey");
            for (int j = 0; j < keys.size(); j++) {
                String key = keys.get(j);
                List<Order> own = orders.get(store).stream().filter(o -> key.equals(o.addressKey())).toList();
                assertThat(own).hasSize(counts[j]);
                assertThat(own.get(own.size() - 1).date()).isEqualTo(Y.minusDays(lastDays[j]));
                assertThat(own.stream().map(o -> o.first().address()).distinct()).hasSize(2);
                Map<String, Integer> skuOrders = new HashMap<>();
                for (Order order : own) {
                    assertThat(order.date()).isAfterOrEqualTo(Y.minusDays(29));
                    BigDecimal revenue = order.revenue();
                    if (j < 2) {
                        assertThat(revenue).isBetween(new BigDecimal("50.00"), new BigDecimal("79.99"));
                    } else {
                        assertThat(revenue).isBetween(new BigDecimal("2.00"), new BigDecimal("15.00"));
                    }
                    order.lines().stream().filter(l -> !l.consumable())
                            .forEach(l -> skuOrders.merge(l.productKey(), 1, Integer::sum));
                }
                int orderCount = counts[j];
                assertThat(skuOrders.values().stream().filter(n -> n == orderCount)).hasSize(1);
                assertThat(skuOrders.values()).allMatch(n -> n == 1 || n == orderCount);
            }
        }
    }

    @Test
    void g6_puts_one_line_of_each_sku_below_cost_on_y() {
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G6", "productKey");
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                List<Row> below = linesOn(store, key, Y).stream()
                        .filter(l -> l.receivedPrice().multiply(BigDecimal.valueOf(l.quantity()))
                                .compareTo(l.lineCost()) < 0).toList();
                assertThat(below).hasSize(1);
                Row line = below.get(0);
                assertThat(line.quantity()).isEqualTo(1);
                BigDecimal factor = i < 2 ? new BigDecimal("0.70") : new BigDecimal("0.95");
                assertThat(line.receivedPrice()).isEqualByComparingTo(
                        line.lineCost().multiply(factor).setScale(2, RoundingMode.HALF_UP));
                assertThat(line.lineCost()).isLessThanOrEqualTo(new BigDecimal("6.00"));
            }
        }
    }

    @Test
    void g7_skus_sell_twelve_a_day_then_eight_six_and_three_in_the_last_seven_days() {
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G7", "productKey");
            int[] recent = {8, 6, 3};
            for (int i = 0; i < 3; i++) {
                for (int d = 13; d >= 7; d--) {
                    assertThat(dailyQty(store, keys.get(i), Y.minusDays(d))).isEqualTo(12);
                }
                for (int d = 6; d >= 0; d--) {
                    assertThat(dailyQty(store, keys.get(i), Y.minusDays(d))).isEqualTo(recent[i]);
                }
                assertThat(linesOn(store, keys.get(i), Y).get(0).salePrice()).isLessThanOrEqualTo(new BigDecimal("5"));
            }
        }
    }

    @Test
    void g8_raises_the_unit_cost_by_the_target_share_of_the_price_in_the_last_seven_days() {
        int[] targets = {6, 12, 25};
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G8", "productKey");
            for (int i = 0; i < 3; i++) {
                Row before = linesOn(store, keys.get(i), Y.minusDays(7)).get(0);
                Row after = linesOn(store, keys.get(i), Y).get(0);
                BigDecimal unit = before.lineCost().divide(BigDecimal.valueOf(before.quantity()));
                BigDecimal raised = unit.add(before.salePrice().multiply(BigDecimal.valueOf(targets[i]))
                        .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP));
                assertThat(after.lineCost()).isEqualByComparingTo(raised.multiply(BigDecimal.valueOf(after.quantity())));
                assertThat(after.receivedPrice()).isEqualByComparingTo(after.salePrice());
                assertThat(after.originalPrice()).isEqualByComparingTo(after.salePrice());
            }
        }
    }

    @Test
    void g9_slow_movers_sell_one_a_day_from_the_first_day_until_their_last_sale_day() {
        int[] lastSale = {3, 3, 3, 7, 7, 15};
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G9", "productKey");
            for (int i = 0; i < 6; i++) {
                List<Row> lines = productLines(store, keys.get(i));
                assertThat(lines).hasSize(60 - lastSale[i]);
                assertThat(lines.get(0).date()).isEqualTo(Y.minusDays(59));
                assertThat(lines.get(lines.size() - 1).date()).isEqualTo(Y.minusDays(lastSale[i]));
                assertThat(lines).allMatch(l -> l.quantity() == 1);
                assertThat(lines.get(lines.size() - 1).stock().intValue()).isBetween(5, 40);
            }
        }
    }

    @Test
    void g10_new_products_sell_two_on_y_after_their_planned_pause() {
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G10", "productKey");
            List<List<LocalDate>> expected = List.of(List.of(Y.minusDays(10), Y), List.of(Y.minusDays(20), Y),
                    List.of(Y));
            for (int i = 0; i < 3; i++) {
                List<Row> lines = productLines(store, keys.get(i));
                assertThat(lines).extracting(Row::date).containsExactlyElementsOf(expected.get(i));
                assertThat(lines.get(lines.size() - 1).quantity()).isEqualTo(2);
                assertThat(lines).allMatch(l -> l.stock().intValue() >= 5);
            }
        }
    }

    @Test
    void g11_price_changes_are_exact_and_sold_only_on_eleme() {
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G11", "productKey");
            String a = keys.get(0);
            String b = keys.get(1);
            assertThat(productLines(store, a)).allMatch(l -> l.channel().equals("饿了么"));
            assertThat(productLines(store, b)).allMatch(l -> l.channel().equals("饿了么"));
            assertThat(linesOn(store, a, Y.minusDays(6))).allMatch(l -> l.salePrice().compareTo(new BigDecimal("2.50")) == 0);
            assertThat(linesOn(store, a, Y.minusDays(5))).allMatch(l -> l.salePrice().compareTo(new BigDecimal("3.00")) == 0
                    && l.originalPrice().compareTo(new BigDecimal("3.00")) == 0
                    && l.receivedPrice().compareTo(new BigDecimal("3.00")) == 0);
            assertThat(dailyQty(store, a, Y.minusDays(6))).isEqualTo(10);
            assertThat(dailyQty(store, a, Y.minusDays(5))).isEqualTo(8);
            assertThat(linesOn(store, b, Y.minusDays(21))).allMatch(l -> l.salePrice().compareTo(new BigDecimal("2.50")) == 0);
            assertThat(linesOn(store, b, Y.minusDays(20))).allMatch(l -> l.salePrice().compareTo(new BigDecimal("2.25")) == 0
                    && l.originalPrice().compareTo(new BigDecimal("2.50")) == 0
                    && l.receivedPrice().compareTo(new BigDecimal("2.25")) == 0);
            assertThat(dailyQty(store, b, Y.minusDays(21))).isEqualTo(10);
            assertThat(dailyQty(store, b, Y)).isEqualTo(13);
        }
    }

    @Test
    void g12_hot_products_reach_twelve_thirteen_and_twenty_one_on_y_and_h_b_is_renamed_from_y_minus_10() {
        for (String store : STORES) {
            List<String> keys = plantedIds(store, "G12", "productKey");
            assertThat(List.of(dailyQty(store, keys.get(0), Y.minusDays(4)), dailyQty(store, keys.get(0), Y.minusDays(3)),
                    dailyQty(store, keys.get(0), Y.minusDays(2)), dailyQty(store, keys.get(0), Y.minusDays(1)),
                    dailyQty(store, keys.get(0), Y))).containsExactly(4, 5, 6, 7, 12);
            assertThat(dailyQty(store, keys.get(1), Y.minusDays(1))).isEqualTo(5);
            assertThat(dailyQty(store, keys.get(1), Y)).isEqualTo(13);
            assertThat(dailyQty(store, keys.get(2), Y.minusDays(1))).isEqualTo(6);
            assertThat(dailyQty(store, keys.get(2), Y)).isEqualTo(21);
            JsonNode renamed = null;
            for (JsonNode entry : manifest.get("renamed")) {
                if (entry.get("store").asString().equals(store)) {
                    renamed = entry;
                }
            }
            assertThat(renamed.get("productKey").asString()).isEqualTo(keys.get(1));
            String oldName = renamed.get("oldName").asString();
            String newName = renamed.get("newName").asString();
            assertThat(linesOn(store, keys.get(1), Y.minusDays(11))).allMatch(l -> l.productName().equals(oldName));
            assertThat(linesOn(store, keys.get(1), Y.minusDays(10))).allMatch(l -> l.productName().equals(newName));
            assertThat(linesOn(store, keys.get(1), Y)).allMatch(l -> l.productName().equals(newName));
        }
    }

    @Test
    void decoy_test_orders_are_fee_free_eleme_orders_of_quiet_skus_with_a_12_yuan_delivery_fee() {
        for (String store : STORES) {
            List<JsonNode> tests = decoys(store, "testOrder");
            assertThat(tests).hasSize(2);
            for (JsonNode decoy : tests) {
                Order order = order(store, decoy.get("orderId").asString());
                assertThat(order.valid()).isFalse();
                assertThat(order.date()).isEqualTo(Y);
                assertThat(order.first().channel()).isEqualTo("饿了么");
                assertThat(order.lines()).allMatch(l -> l.fee().signum() == 0 && !l.consumable());
                assertThat(order.first().deliveryFee()).isEqualByComparingTo("12.00");
                assertThat(order.first().userPaidDeliveryFee()).isEqualByComparingTo("0");
                assertThat(order.orderProfit()).isNegative();
                assertThat(order.netDeliveryCost()).isGreaterThan(new BigDecimal("6.00"));
            }
            assertThat(orders.get(store).stream().filter(o -> !o.valid())).hasSize(2);
        }
    }

    @Test
    void decoy_consumables_show_a_zero_stock_large_bag_and_a_small_bag_below_cost_on_y() {
        for (String store : STORES) {
            String large = decoy(store, "consumableStockout").get("productKey").asString();
            List<Row> validLines = new ArrayList<>();
            for (Order order : orders.get(store)) {
                if (order.valid() && order.date().equals(Y)) {
                    order.lines().stream().filter(l -> l.productKey().equals(large)).forEach(validLines::add);
                }
            }
            assertThat(validLines.get(validLines.size() - 1).stock()).isEqualByComparingTo("0");
            JsonNode below = decoy(store, "consumableBelowCost");
            Row bag = order(store, below.get("orderId").asString()).lines().stream()
                    .filter(l -> l.productKey().equals(below.get("productKey").asString())).findFirst().orElseThrow();
            assertThat(bag.receivedPrice()).isEqualByComparingTo("0.05");
            assertThat(bag.lineCost()).isEqualByComparingTo("0.08");
        }
    }

    // ------------------------------------------------------------------------------------------- manifest

    @Test
    void the_manifest_has_the_structure_of_section_5_8() {
        List<String> keys = new ArrayList<>();
        manifest.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("contractVersion", "seed", "mode", "parameters", "referenceDate", "stores",
                "batches", "expected", "planted", "renamed", "decoys");
        assertThat(manifest.get("parameters").toString()).isEqualTo("{\"stores\":3,\"days\":60,\"endDate\":"
                + "\"2025-12-20\",\"skusPerStore\":400,\"ordersPerStoreDay\":300,\"plants\":{\"testOrders\":2,"
                + "\"consumableStockout\":1,\"consumableBelowCost\":1}}");
        assertThat(manifest.get("seed").asLong()).isEqualTo(20251220L);
        assertThat(manifest.get("referenceDate").asString()).isEqualTo("2025-12-20");
        List<String> scopes = new ArrayList<>();
        manifest.get("expected").propertyNames().forEach(scopes::add);
        assertThat(scopes).containsExactly(STORES.get(0), STORES.get(1), STORES.get(2), "全部门店");
    }

    @Test
    void the_expected_results_of_every_store_are_the_numbers_of_section_5_8() {
        for (String store : STORES) {
            JsonNode e = manifest.get("expected").get(store);
            assertThat(e.get("excludedOrders").asInt()).isEqualTo(2);
            assertThat(e.get("flags").toString()).isEqualTo(
                    "{\"hasUrgent\":true,\"hasWatch\":true,\"hasHighlights\":true}");
            assertThat(e.get("overflow").toString()).isEqualTo(
                    "{\"count\":3,\"lossAmount\":\"10.50\",\"avgLoss\":\"3.50\",\"trend\":\"UP\"}");
            assertThat(e.get("delivery").toString()).isEqualTo(
                    "{\"count\":4,\"premiumTotal\":\"8.00\",\"mainDistanceBucket\":\"5-8km\",\"trend\":\"STABLE\"}");
            assertThat(e.get("stockout").toString()).isEqualTo("{\"count\":3,\"persistentCount\":1,\"newCount\":2}");
            assertThat(without(e.get("churn"), "meanLtv")).isEqualTo("{\"count\":6,\"reasons\":{\"缺货\":2,\"涨价\":2,"
                    + "\"下架\":1,\"其他\":1},\"highRiskCount\":3,\"highValueCount\":2}");
            assertThat(e.get("aov").toString()).isEqualTo(
                    "{\"count\":3,\"severe\":1,\"moderate\":1,\"mild\":1,\"periodDays\":30}");
            assertThat(without(e.get("priceAbnormal"), "lossTotal")).isEqualTo("{\"count\":4,\"severe\":2,\"mild\":2}");
            assertThat(e.get("trafficDrop").toString()).isEqualTo(
                    "{\"count\":3,\"severe\":1,\"medium\":1,\"mild\":1,\"lostQty\":133}");
            assertThat(e.get("marginDrop").toString()).isEqualTo(
                    "{\"count\":3,\"drop5\":1,\"drop10\":1,\"drop15\":0,\"drop20\":1}");
            assertThat(without(e.get("slowMoving"), "costTotal")).isEqualTo(
                    "{\"count\":6,\"new\":3,\"ongoing\":2,\"severe\":1}");
            assertThat(e.get("newProducts").toString()).isEqualTo(
                    "{\"count\":3,\"short\":1,\"medium\":1,\"long\":1}");
            assertThat(e.get("priceElasticity").toString()).isEqualTo(
                    "{\"count\":2,\"high\":1,\"medium\":1,\"low\":0,\"abnormal\":0}");
            assertThat(e.get("hotProducts").toString()).isEqualTo(
                    "{\"count\":3,\"growth\":1,\"hot\":1,\"super\":1,\"newBurst\":0,\"sustainedCount\":1}");
            assertThat(e.get("highProfit").toString()).isEqualTo("{\"count\":10}");
        }
    }

    @Test
    void the_expected_amounts_are_those_of_the_rows() {
        for (String store : STORES) {
            JsonNode e = manifest.get("expected").get(store);
            // priceAbnormal lossTotal: Σ(商品采购成本 − 实收价格 × 月售) over the below-cost lines of Y.
            BigDecimal loss = BigDecimal.ZERO;
            for (Order order : orders.get(store)) {
                if (order.valid() && order.date().equals(Y)) {
                    for (Row line : order.lines()) {
                        if (!line.consumable() && line.revenue().compareTo(line.lineCost()) < 0) {
                            loss = loss.add(line.lineCost().subtract(line.revenue()));
                        }
                    }
                }
            }
            assertThat(e.get("priceAbnormal").get("lossTotal").asString()).isEqualTo(loss.toPlainString());
            // churn meanLtv: mean over the six customers of Σ order revenue in [Y−29, Y].
            BigDecimal ltv = BigDecimal.ZERO;
            for (String key : plantedIds(store, "G4", "customerKey")) {
                for (Order order : orders.get(store)) {
                    if (key.equals(order.addressKey())) {
                        ltv = ltv.add(order.revenue());
                    }
                }
            }
            assertThat(e.get("churn").get("meanLtv").asString()).isEqualTo(
                    ltv.divide(BigDecimal.valueOf(6), 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP)
                            .toPlainString());
            // slowMoving costTotal: Σ last stock × (Σ cost ÷ Σ quantity) of the six slow movers.
            BigDecimal cost = BigDecimal.ZERO;
            for (String key : plantedIds(store, "G9", "productKey")) {
                List<Row> lines = productLines(store, key);
                BigDecimal sumCost = lines.stream().map(Row::lineCost).reduce(BigDecimal.ZERO, BigDecimal::add);
                long sumQty = lines.stream().mapToLong(Row::quantity).sum();
                cost = cost.add(lines.get(lines.size() - 1).stock().multiply(
                        sumCost.divide(BigDecimal.valueOf(sumQty), 10, RoundingMode.HALF_UP)));
            }
            assertThat(e.get("slowMoving").get("costTotal").asString()).isEqualTo(
                    cost.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }

    @Test
    void the_all_stores_scope_adds_up_the_stores_as_section_5_9_says() {
        JsonNode all = manifest.get("expected").get("全部门店");
        assertThat(all.get("excludedOrders").asInt()).isEqualTo(6);
        assertThat(all.get("overflow").get("count").asInt()).isEqualTo(9);
        assertThat(all.get("overflow").get("lossAmount").asString()).isEqualTo("31.50");
        assertThat(all.get("overflow").get("trend").asString()).isEqualTo("UP");
        assertThat(all.get("delivery").get("count").asInt()).isEqualTo(12);
        assertThat(all.get("delivery").get("trend").asString()).isEqualTo("STABLE");
        assertThat(all.get("stockout").get("count").asInt()).isEqualTo(9);
        assertThat(all.get("churn").get("count").asInt()).isEqualTo(18);
        assertThat(all.get("churn").get("highValueCount").asInt()).isEqualTo(6);
        BigDecimal mean = new BigDecimal(all.get("churn").get("meanLtv").asString());
        assertThat(mean).isBetween(new BigDecimal("61.33"), new BigDecimal("115.83"));
        assertThat(all.get("aov").get("count").asInt()).isEqualTo(3);
        assertThat(all.get("priceAbnormal").get("count").asInt()).isEqualTo(12);
        assertThat(all.get("trafficDrop").get("count").asInt()).isEqualTo(9);
        assertThat(all.get("trafficDrop").get("lostQty").asInt()).isEqualTo(399);
        assertThat(all.get("marginDrop").get("count").asInt()).isEqualTo(9);
        assertThat(all.get("slowMoving").get("count").asInt()).isEqualTo(18);
        assertThat(all.get("newProducts").get("count").asInt()).isEqualTo(9);
        assertThat(all.get("priceElasticity").get("count").asInt()).isEqualTo(6);
        assertThat(all.get("hotProducts").get("count").asInt()).isEqualTo(9);
        assertThat(all.get("highProfit").get("count").asInt()).isEqualTo(10);
    }

    @Test
    void planted_entries_carry_the_per_item_expectations_of_the_spec() {
        for (String store : STORES) {
            assertThat(planted(store, "G5")).extracting(e -> e.get("expect").get("changeRatio").asString())
                    .containsExactly("-0.3571", "-0.1852", "-0.0980");
            assertThat(planted(store, "G7")).extracting(e -> e.get("expect").get("dropRatio").asString())
                    .containsExactly("0.3333", "0.5000", "0.7500");
            assertThat(planted(store, "G11")).extracting(e -> e.get("expect").get("elasticity").asString())
                    .containsExactly("-1.00", "-3.00");
            assertThat(planted(store, "G11")).extracting(e -> e.get("expect").get("priceChangeRatio").asString())
                    .containsExactly("0.2000", "-0.1000");
            assertThat(planted(store, "G12")).extracting(e -> e.get("expect").get("growthRatio").asString())
                    .containsExactly("0.7143", "1.6000", "2.5000");
            assertThat(planted(store, "G4")).extracting(e -> e.get("expect").get("lastOrderDate").asString())
                    .containsExactly("2025-12-13", "2025-12-11", "2025-12-10", "2025-12-06", "2025-12-04",
                            "2025-11-29");
            assertThat(planted(store, "G4")).extracting(e -> e.get("expect").get("highValue").asBoolean())
                    .containsExactly(true, true, false, false, false, false);
            // −6, −12 and −25 pp, each within 0.2 pp (DATA.md §5.5 G8).
            List<BigDecimal> changes = planted(store, "G8").stream()
                    .map(e -> new BigDecimal(e.get("expect").get("changePp").asString())).toList();
            assertThat(changes.get(0)).isBetween(new BigDecimal("-6.2"), new BigDecimal("-5.8"));
            assertThat(changes.get(1)).isBetween(new BigDecimal("-12.2"), new BigDecimal("-11.8"));
            assertThat(changes.get(2)).isBetween(new BigDecimal("-25.2"), new BigDecimal("-24.8"));
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    static final List<String> CANONICAL = List.of("订单ID", "订单编号", "日期", "门店名称", "门店ID", "城市名称", "渠道",
            "配送平台", "收货地址", "配送距离", "商品名称", "店内码", "条码", "一级分类名", "三级分类名", "月售", "商品实售价",
            "商品原价", "实收价格", "商品采购成本", "利润额", "平台服务费", "企客后返", "预计订单收入", "库存", "物流配送费",
            "用户支付配送费", "配送费减免金额", "平台佣金", "满减金额", "商品减免金额", "新客减免金额", "商家代金券",
            "商家承担部分券", "满赠金额", "商家其他优惠", "打包袋金额");
    static final Set<String> FEE_CHANNEL = Set.of("饿了么", "美团闪购", "美团共橙", "京东到家");
    static final Map<String, BigDecimal> FEE_RATE = Map.of("饿了么", new BigDecimal("0.080"), "美团闪购",
            new BigDecimal("0.070"), "美团共橙", new BigDecimal("0.060"), "京东到家", new BigDecimal("0.065"));

    static boolean isTestOrderLine(Row row) {
        for (JsonNode decoy : manifest.get("decoys")) {
            if (decoy.get("decoy").asString().equals("testOrder") && decoy.get("orderId").asString()
                    .equals(row.orderId()) && decoy.get("store").asString().equals(row.storeName())) {
                return true;
            }
        }
        return false;
    }

    static String without(JsonNode node, String field) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) node.deepCopy();
        copy.remove(field);
        return copy.toString();
    }

    static List<JsonNode> planted(String store, String plant) {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode entry : manifest.get("planted")) {
            if (entry.get("store").asString().equals(store) && entry.get("plant").asString().equals(plant)) {
                list.add(entry);
            }
        }
        return list;
    }

    static List<String> plantedIds(String store, String plant, String field) {
        return planted(store, plant).stream().map(e -> e.get(field).asString()).collect(Collectors.toList());
    }

    static Set<String> marginDropKeys(String store) {
        return new HashSet<>(plantedIds(store, "G8", "productKey"));
    }

    static List<JsonNode> decoys(String store, String kind) {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode entry : manifest.get("decoys")) {
            if (entry.get("store").asString().equals(store) && entry.get("decoy").asString().equals(kind)) {
                list.add(entry);
            }
        }
        return list;
    }

    static JsonNode decoy(String store, String kind) {
        return decoys(store, kind).get(0);
    }

    static Order order(String store, String orderId) {
        return orders.get(store).stream().filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow();
    }

    static List<Row> productLines(String store, String key) {
        List<Row> lines = new ArrayList<>();
        for (Order order : orders.get(store)) {
            if (order.valid()) {
                order.lines().stream().filter(l -> l.productKey().equals(key)).forEach(lines::add);
            }
        }
        return lines;
    }

    static List<Row> linesOn(String store, String key, LocalDate date) {
        return productLines(store, key).stream().filter(l -> l.date().equals(date)).toList();
    }

    static int dailyQty(String store, String key, LocalDate date) {
        return linesOn(store, key, date).stream().mapToInt(Row::quantity).sum();
    }

    static BigDecimal lastStock(String store, String key, LocalDate date) {
        List<Row> lines = linesOn(store, key, date);
        return lines.get(lines.size() - 1).stock();
    }

    static LocalDate lastSale(String store, String key) {
        List<Row> lines = productLines(store, key);
        return lines.get(lines.size() - 1).date();
    }
}
