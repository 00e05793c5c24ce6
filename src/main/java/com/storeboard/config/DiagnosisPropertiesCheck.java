package com.storeboard.config;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The start-up checks of DIAGNOSIS.md §1.4 and §7, and the configuration fingerprint of §1.13. */
final class DiagnosisPropertiesCheck {

    /** Ratios that may exceed 1 (§7: "ratio (≥ 0, may exceed 1)"); every other ratio must lie in [0, 1]. */
    private static final List<String> MAY_EXCEED_ONE = List.of("aov.drag-promo-sales-rise-ratio",
            "aov.abnormal-sales-rise-ratio", "aov.high-price-star-rise-ratio", "hot-products.min-growth-ratio",
            "hot-products.super-growth-ratio", "hot-products.hot-growth-ratio");

    private DiagnosisPropertiesCheck() {
    }

    static void check(int horizonDays, int maxDetailRows, int seriesDays, int topChannelBadges,
            DiagnosisProperties.ValidOrder validOrder, DiagnosisProperties.Trend trend, DiagnosisProperties.Overflow overflow,
            DiagnosisProperties.Delivery delivery, DiagnosisProperties.Stockout stockout, DiagnosisProperties.Churn churn,
            DiagnosisProperties.Aov aov, DiagnosisProperties.PriceAbnormal priceAbnormal,
            DiagnosisProperties.TrafficDrop trafficDrop, DiagnosisProperties.MarginDrop marginDrop,
            DiagnosisProperties.SlowMoving slowMoving, DiagnosisProperties.NewProducts newProducts,
            DiagnosisProperties.PriceElasticity priceElasticity, DiagnosisProperties.HotProducts hotProducts,
            DiagnosisProperties.HighProfit highProfit) {
        int needed = max(2 * aov.periodDays(), churn.windowDays(), priceElasticity.lookbackDays() + priceElasticity.maxSideDays(),
                slowMoving.severeDays() + 1, 2 * trafficDrop.windowDays(), 2 * marginDrop.windowDays(), seriesDays,
                newProducts.mediumDormancyDays() + 1, hotProducts.consecutiveLookbackDays() + 1,
                stockout.consecutiveLookbackDays(), 2 * aov.structureDays());
        require(horizonDays >= needed, "horizon-days", horizonDays + " is below " + needed
                + ", the longest look-back the other settings need (DIAGNOSIS.md §1.4)");
        require(aov.minSpanDays() >= 2 * aov.fallbackPeriodDays(), "aov.min-span-days",
                "must be at least 2 × aov.fallback-period-days");
        require(trafficDrop.minSpanDays() >= 2 * trafficDrop.windowDays(), "traffic-drop.min-span-days",
                "must be at least 2 × traffic-drop.window-days");
        require(marginDrop.minSpanDays() >= 2 * marginDrop.windowDays(), "margin-drop.min-span-days",
                "must be at least 2 × margin-drop.window-days");
        require(churn.recentDays() <= churn.windowDays(), "churn.recent-days", "must not exceed churn.window-days");
        require(maxDetailRows >= 1, "max-detail-rows", "must be at least 1");
        require(trend.baselineDays() >= 1, "trend.baseline-days", "must be at least 1");
        require(delivery.timeSlotStarts().size() == 7, "delivery.time-slot-starts",
                "needs exactly 7 start hours (凌晨, 早餐, 上午, 午餐, 下午茶, 晚餐, 夜宵)");
        require(marginDrop.bucketBoundsPp().size() == 3, "margin-drop.bucket-bounds-pp", "needs exactly 3 bounds");
        Map<String, Object> ratios = new TreeMap<>();
        Map<String, Record> groups = new java.util.LinkedHashMap<>();
        groups.put("trend", trend);
        groups.put("overflow", overflow);
        groups.put("delivery", delivery);
        groups.put("stockout", stockout);
        groups.put("churn", churn);
        groups.put("aov", aov);
        groups.put("price-abnormal", priceAbnormal);
        groups.put("traffic-drop", trafficDrop);
        groups.put("margin-drop", marginDrop);
        groups.put("slow-moving", slowMoving);
        groups.put("new-products", newProducts);
        groups.put("price-elasticity", priceElasticity);
        groups.put("hot-products", hotProducts);
        groups.put("high-profit", highProfit);
        groups.forEach((name, group) -> collect(name + ".", group, ratios));
        for (Map.Entry<String, Object> e : ratios.entrySet()) {
            if (e.getKey().endsWith("-ratio") && e.getValue() instanceof BigDecimal ratio) {
                boolean mayExceed = MAY_EXCEED_ONE.contains(e.getKey());
                require(ratio.signum() >= 0 && (mayExceed || ratio.compareTo(BigDecimal.ONE) <= 0), e.getKey(),
                        ratio.toPlainString() + " is not a ratio " + (mayExceed ? "≥ 0" : "in [0, 1]"));
            }
        }
    }

    static String fingerprint(DiagnosisProperties properties) {
        StringBuilder text = new StringBuilder();
        values(properties).forEach((name, value) -> text.append(name).append('=').append(format(value)).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every property as "kebab.name" → bound value, sorted by name. */
    static Map<String, Object> values(Record properties) {
        Map<String, Object> values = new TreeMap<>();
        collect("", properties, values);
        return values;
    }

    private static void collect(String prefix, Record record, Map<String, Object> into) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String name = prefix + kebab(component.getName());
            if (value instanceof Record nested) {
                collect(name + ".", nested, into);
            } else {
                into.put(name, value);
            }
        }
    }

    private static String format(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DiagnosisPropertiesCheck::format).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    /** camelCase → kebab-case, digits staying with the word before them: recallP1Days → recall-p1-days. */
    static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('-').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int max(int... values) {
        int max = Integer.MIN_VALUE;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static void require(boolean ok, String property, String reason) {
        if (!ok) {
            throw new IllegalArgumentException("storeboard.diagnosis." + property + ": " + reason);
        }
    }
}
