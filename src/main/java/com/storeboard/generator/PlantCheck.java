package com.storeboard.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the cards evaluated from the generated rows with the planted constants of DATA.md §5.5–§5.6 and §5.9
 * (QUIET mode): same counts and sub-counts, the same items (the planted orders, SKUs and customers, nothing
 * else), the verifications the plants demand (G4 LTV ranges, G7/G12 margin stability, G8 within 0.2 pp, the
 * high-value churners of 全部门店). Any difference stops generation: a wrong manifest is never written. It also
 * writes the manifest's planted entries with the evaluated values.
 */
final class PlantCheck {

    private static final String[] SEVERITY_TRAFFIC = {"严重", "较重", "一般"};
    private static final String[] MARGIN_LEVELS = {"🟢轻微下滑", "🟡中度下滑", "🟠大幅下滑", "🔴严重下滑"};
    private static final String[] SLOW_LEVELS = {"🆕新增风险", "⚠️持续滞销", "🔴严重滞销"};
    private static final String[] DORMANCY = {"🟢短期", "🟡中期", "🔴长期"};
    private static final String[] HOT_LEVELS = {"增长", "热销", "超级爆款", "新爆发"};
    private static final String[] AOV_SEVERITY = {"重度", "中度", "轻度"};

    private PlantCheck() {
    }

    /** The per-store expected block of §5.8 without the amounts that only the data fixes (meanLtv, loss, cost). */
    static Map<String, Object> constants(int testOrders) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("excludedOrders", testOrders);
        e.put("flags", map("hasUrgent", true, "hasWatch", true, "hasHighlights", true));
        e.put("overflow", map("count", 3, "lossAmount", "10.50", "avgLoss", "3.50", "trend", "UP"));
        e.put("delivery", map("count", 4, "premiumTotal", "8.00", "mainDistanceBucket", "5-8km", "trend", "STABLE"));
        e.put("stockout", map("count", 3, "persistentCount", 1, "newCount", 2));
        e.put("churn", map("count", 6, "reasons", map("缺货", 2, "涨价", 2, "下架", 1, "其他", 1),
                "highRiskCount", 3, "highValueCount", 2));
        e.put("aov", map("count", 3, "severe", 1, "moderate", 1, "mild", 1, "periodDays", 30));
        e.put("priceAbnormal", map("count", 4, "severe", 2, "mild", 2));
        e.put("trafficDrop", map("count", 3, "severe", 1, "medium", 1, "mild", 1, "lostQty", 133L));
        e.put("marginDrop", map("count", 3, "drop5", 1, "drop10", 1, "drop15", 0, "drop20", 1));
        e.put("slowMoving", map("count", 6, "new", 3, "ongoing", 2, "severe", 1));
        e.put("newProducts", map("count", 3, "short", 1, "medium", 1, "long", 1));
        e.put("priceElasticity", map("count", 2, "high", 1, "medium", 1, "low", 0, "abnormal", 0));
        e.put("hotProducts", map("count", 3, "growth", 1, "hot", 1, "super", 1, "newBurst", 0, "sustainedCount", 1));
        e.put("highProfit", map("count", 10));
        return e;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static void verifyStore(GeneratorParameters parameters, StorePlan plan, PlantLog log,
            CardEvaluator.StoreCards cards) {
        String store = plan.identity.name();
        compare(store, "", constants(parameters.testOrders()), CardEvaluator.expected(List.of(cards)));
        same(store, "overflow orders", Set.copyOf(log.lossOrders), orderIds(cards.overflowItems));
        same(store, "delivery orders", Set.copyOf(log.deliveryOrders), orderIds(cards.deliveryItems));
        same(store, "stockout products", keys(plan, plan.stockouts), cards.stockoutDays.keySet());
        same(store, "priceAbnormal products", keys(plan, plan.belowCost), cards.belowCost.keySet());
        same(store, "trafficDrop products", keys(plan, plan.salesDrops), cards.trafficDrops.keySet());
        same(store, "marginDrop products", keys(plan, plan.marginDrops), cards.marginDrops.keySet());
        same(store, "slowMoving products", keys(plan, plan.slowMovers), cards.slowMovers.keySet());
        same(store, "newProducts products", keys(plan, plan.newProducts), cards.newProducts.keySet());
        same(store, "hotProducts products", keys(plan, List.of(plan.hotA, plan.hotB, plan.hotC)),
                cards.hotProducts.keySet());
        Set<String> events = new HashSet<>();
        for (CardEvaluator.PriceEvent event : cards.priceEvents) {
            events.add(event.productKey() + "@" + event.channel() + "@" + event.changeDate());
        }
        LocalDate y = plan.referenceDate;
        same(store, "priceElasticity events", Set.of(
                plan.sku(plan.priceRise).productKey() + "@饿了么@" + y.minusDays(5),
                plan.sku(plan.priceCut).productKey() + "@饿了么@" + y.minusDays(20)), events);
        Set<String> customers = new HashSet<>();
        for (CardEvaluator.Churner churner : cards.churners) {
            customers.add(churner.customerKey());
        }
        Set<String> plannedCustomers = new HashSet<>();
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            plannedCustomers.add(customerKey(plan, customer));
        }
        same(store, "churn customers", plannedCustomers, customers);
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            CardEvaluator.Churner churner = churner(cards, customerKey(plan, customer));
            boolean ok = customer.highValue() ? churner.ltv() >= 15_000 : churner.ltv() <= 4_500;
            if (!ok || !churner.primaryReason().equals(customer.reason)
                    || !churner.lastOrderDate().equals(customer.days[customer.days.length - 1])) {
                throw new GenerationException(store + ": G4 customer " + customer.j + " evaluates to " + churner);
            }
        }
        // G7 and G12: the margin stays within 2.0 pp; G8: each change within 0.2 pp of its target.
        List<Integer> stable = new ArrayList<>(plan.salesDrops);
        stable.addAll(List.of(plan.hotA, plan.hotB, plan.hotC));
        for (int sku : stable) {
            BigDecimal change = cards.marginChangePp.get(plan.sku(sku).productKey());
            if (change == null || change.abs().compareTo(BigDecimal.valueOf(2)) > 0) {
                throw new GenerationException(store + ": the margin of " + plan.sku(sku).name() + " moves " + change
                        + " pp (G7/G12 allow 2.0)");
            }
        }
        for (int i = 0; i < plan.marginDrops.size(); i++) {
            Sku sku = plan.sku(plan.marginDrops.get(i));
            BigDecimal change = cards.marginDrops.get(sku.productKey())[2];
            BigDecimal target = BigDecimal.valueOf(-StorePlan.MARGIN_DROP_PP[i]);
            if (change.subtract(target).abs().compareTo(new BigDecimal("0.2")) > 0) {
                throw new GenerationException(store + ": G8 " + sku.name() + " drops " + change + " pp, not "
                        + target);
            }
        }
    }

    static void verifyAll(GeneratorParameters parameters, List<CardEvaluator.StoreCards> cards) {
        Map<String, Object> all = CardEvaluator.expected(cards);
        @SuppressWarnings("unchecked")
        Map<String, Object> churn = (Map<String, Object>) all.get("churn");
        if (!Integer.valueOf(2 * parameters.stores()).equals(churn.get("highValueCount"))) {
            throw new GenerationException("全部门店: " + churn.get("highValueCount")
                    + " high-value churn customers instead of " + 2 * parameters.stores());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> aov = (Map<String, Object>) all.get("aov");
        @SuppressWarnings("unchecked")
        Map<String, Object> overflow = (Map<String, Object>) all.get("overflow");
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) all.get("delivery");
        if (!Integer.valueOf(3).equals(aov.get("count")) || !"UP".equals(overflow.get("trend"))
                || !"STABLE".equals(delivery.get("trend"))) {
            throw new GenerationException("全部门店: the aov count or a trend differs from DATA.md §5.9");
        }
    }

    private static void compare(String store, String path, Map<String, Object> expected, Map<String, Object> actual) {
        for (Map.Entry<String, Object> entry : expected.entrySet()) {
            Object value = actual.get(entry.getKey());
            if (entry.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> e = (Map<String, Object>) nested;
                @SuppressWarnings("unchecked")
                Map<String, Object> a = (Map<String, Object>) value;
                compare(store, path + entry.getKey() + ".", e, a);
            } else if (!String.valueOf(entry.getValue()).equals(String.valueOf(value))) {
                throw new GenerationException(store + ": " + path + entry.getKey() + " evaluates to " + value
                        + " instead of the planted " + entry.getValue());
            }
        }
    }

    private static void same(String store, String what, Set<String> planned, Set<String> evaluated) {
        if (!planned.equals(evaluated)) {
            throw new GenerationException(store + ": the " + what + " of the data are " + evaluated
                    + ", the planted ones are " + planned);
        }
    }

    private static Set<String> orderIds(List<CardEvaluator.OrderItem> items) {
        Set<String> ids = new HashSet<>();
        for (CardEvaluator.OrderItem item : items) {
            ids.add(item.orderId());
        }
        return ids;
    }

    private static Set<String> keys(StorePlan plan, List<Integer> skus) {
        Set<String> keys = new HashSet<>();
        for (int sku : skus) {
            keys.add(plan.sku(sku).productKey());
        }
        return keys;
    }

    static String customerKey(StorePlan plan, StorePlan.ChurnCustomer customer) {
        return Addresses.key(customer.address);
    }

    private static CardEvaluator.Churner churner(CardEvaluator.StoreCards cards, String key) {
        for (CardEvaluator.Churner churner : cards.churners) {
            if (churner.customerKey().equals(key)) {
                return churner;
            }
        }
        throw new GenerationException(cards.storeName + ": churn customer " + key + " is not churned");
    }

    // ---------------------------------------------------------------------------------------------- manifest

    /** The planted entries of one store (manifest "planted", or "plantedHints" in REALISTIC mode). */
    static List<Map<String, Object>> plantedEntries(StorePlan plan, PlantLog log, CardEvaluator.StoreCards cards,
            boolean withExpectations) {
        String store = plan.identity.name();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String orderId : log.lossOrders) {
            Map<String, Object> expect = null;
            for (CardEvaluator.OrderItem item : cards.overflowItems) {
                if (item.orderId().equals(orderId)) {
                    expect = map("orderProfit", Cents.format(item.orderProfit()));
                }
            }
            entries.add(entry("G1", "overflow", store, "orderId", orderId, expect, withExpectations));
        }
        for (String orderId : log.deliveryOrders) {
            Map<String, Object> expect = null;
            for (CardEvaluator.OrderItem item : cards.deliveryItems) {
                if (item.orderId().equals(orderId)) {
                    expect = map("netDeliveryCost", Cents.format(item.netDeliveryCost()), "premium",
                            Cents.format(item.netDeliveryCost() - 600), "distanceBucket", item.bucket());
                }
            }
            entries.add(entry("G2", "delivery", store, "orderId", orderId, expect, withExpectations));
        }
        for (int sku : plan.stockouts) {
            String key = plan.sku(sku).productKey();
            Integer days = cards.stockoutDays.get(key);
            entries.add(product("G3", "stockout", store, plan, cards, key,
                    days == null ? null : map("consecutiveDays", days), withExpectations));
        }
        BigDecimal meanLtv = CardEvaluator.meanLtv(List.of(cards));
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            String key = customerKey(plan, customer);
            Map<String, Object> expect = null;
            for (CardEvaluator.Churner churner : cards.churners) {
                if (churner.customerKey().equals(key)) {
                    expect = map("ltv", Cents.format(churner.ltv()), "lastOrderDate",
                            churner.lastOrderDate().toString(), "riskLevel", churner.riskLevel(), "primaryReason",
                            churner.primaryReason(), "highValue",
                            meanLtv != null && BigDecimal.valueOf(churner.ltv(), 2).compareTo(meanLtv) > 0);
                }
            }
            entries.add(entry("G4", "churn", store, "customerKey", key, expect, withExpectations));
        }
        for (int i = 0; i < TemplateBuilder.AOV_BANDS.length; i++) {
            Band band = TemplateBuilder.AOV_BANDS[i];
            int history = cards.historyBands[band.ordinal()];
            int recent = cards.recentBands[band.ordinal()];
            Map<String, Object> expect = null;
            if (history > 0) {
                BigDecimal change = CardEvaluator.ratio(recent - history, history);
                int severity = 100L * (history - recent) > 30L * history ? 0
                        : 100L * (history - recent) > 15L * history ? 1 : 2;
                expect = map("historyOrders", history, "recentOrders", recent, "changeRatio",
                        DatasetGenerator.ratio(change), "severity", AOV_SEVERITY[severity]);
            }
            entries.add(entry("G5", "aov", store, "band", band.label(), expect, withExpectations));
        }
        for (int sku : plan.belowCost) {
            String key = plan.sku(sku).productKey();
            long[] item = cards.belowCost.get(key);
            entries.add(product("G6", "priceAbnormal", store, plan, cards, key, item == null ? null
                    : map("level", item[1] == 1 ? "严重亏损" : "轻度亏损", "lossAmount", Cents.format(item[0])),
                    withExpectations));
        }
        for (int sku : plan.salesDrops) {
            String key = plan.sku(sku).productKey();
            long[] item = cards.trafficDrops.get(key);
            entries.add(product("G7", "trafficDrop", store, plan, cards, key, item == null ? null
                    : map("prevQty", item[0], "recentQty", item[1], "dropRatio",
                            DatasetGenerator.ratio(CardEvaluator.ratio(item[0] - item[1], item[0])), "severity",
                            SEVERITY_TRAFFIC[(int) item[2]]), withExpectations));
        }
        for (int sku : plan.marginDrops) {
            String key = plan.sku(sku).productKey();
            BigDecimal[] item = cards.marginDrops.get(key);
            entries.add(product("G8", "marginDrop", store, plan, cards, key, item == null ? null
                    : map("prevMarginRatio", DatasetGenerator.ratio(item[0]), "recentMarginRatio",
                            DatasetGenerator.ratio(item[1]), "changePp",
                            item[2].setScale(1, RoundingMode.HALF_UP).toPlainString(), "level",
                            MARGIN_LEVELS[item[3].intValue()]), withExpectations));
        }
        for (int sku : plan.slowMovers) {
            String key = plan.sku(sku).productKey();
            Object[] item = cards.slowMovers.get(key);
            entries.add(product("G9", "slowMoving", store, plan, cards, key, item == null ? null
                    : map("level", SLOW_LEVELS[(Integer) item[0]], "lastSaleDate", item[1].toString(),
                            "daysWithoutSale", item[2], "stock", item[3].toString(), "stockCost",
                            CardEvaluator.money((BigDecimal) item[4])), withExpectations));
        }
        for (int sku : plan.newProducts) {
            String key = plan.sku(sku).productKey();
            Object[] item = cards.newProducts.get(key);
            entries.add(product("G10", "newProducts", store, plan, cards, key, item == null ? null
                    : map("previousSaleDate", item[0] == null ? null : item[0].toString(), "dormantDays", item[1],
                            "dormancy", DORMANCY[(Integer) item[2]]), withExpectations));
        }
        for (int sku : List.of(plan.priceRise, plan.priceCut)) {
            String key = plan.sku(sku).productKey();
            Map<String, Object> expect = null;
            for (CardEvaluator.PriceEvent event : cards.priceEvents) {
                if (event.productKey().equals(key)) {
                    expect = map("changeDate", event.changeDate().toString(), "changeType", event.changeType(),
                            "priceChangeRatio", DatasetGenerator.ratio(event.priceChangeRatio()),
                            "qtyChangeRatio", DatasetGenerator.ratio(event.qtyChangeRatio()), "elasticity",
                            event.elasticity().setScale(2, RoundingMode.HALF_UP).toPlainString(), "sensitivity",
                            event.sensitivity());
                }
            }
            Map<String, Object> e = product("G11", "priceElasticity", store, plan, cards, key, expect,
                    withExpectations);
            e.put("channel", Channel.ELEME.label());
            if (e.containsKey("expect")) {
                Object moved = e.remove("expect");
                e.put("expect", moved);
            }
            entries.add(e);
        }
        for (int sku : List.of(plan.hotA, plan.hotB, plan.hotC)) {
            String key = plan.sku(sku).productKey();
            Object[] item = cards.hotProducts.get(key);
            entries.add(product("G12", "hotProducts", store, plan, cards, key, item == null ? null
                    : map("qtyY", item[0], "qtyD", item[1], "growthRatio",
                            item[2] == null ? null : DatasetGenerator.ratio((BigDecimal) item[2]), "level",
                            HOT_LEVELS[(Integer) item[3]], "consecutiveDays", item[4]), withExpectations));
        }
        return entries;
    }

    private static Map<String, Object> product(String plant, String card, String store, StorePlan plan,
            CardEvaluator.StoreCards cards, String key, Map<String, Object> expect, boolean withExpectations) {
        Map<String, Object> e = entry(plant, card, store, "productKey", key, null, false);
        String name = cards.names.get(key);
        e.put("productName", name);
        if (withExpectations) {
            e.put("expect", expect);
        }
        return e;
    }

    private static Map<String, Object> entry(String plant, String card, String store, String idName, Object id,
            Map<String, Object> expect, boolean withExpectations) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("plant", plant);
        e.put("card", card);
        e.put("store", store);
        e.put(idName, id);
        if (withExpectations) {
            e.put("expect", expect);
        }
        return e;
    }
}
