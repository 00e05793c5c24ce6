package com.storeboard.config;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every threshold of the diagnosis (DIAGNOSIS.md §7.1–§7.4), bound from {@code storeboard.diagnosis.*}. The
 * import settings under the same prefix are {@code ImportProperties}'. The constructor checks the start-up
 * rules of §1.4 and §7, so a wrong value stops the application with the property's name.
 */
@ConfigurationProperties("storeboard.diagnosis")
public record DiagnosisProperties(
        @DefaultValue("60") int horizonDays,
        @DefaultValue("500") int maxDetailRows,
        @DefaultValue("30") int seriesDays,
        @DefaultValue("3") int topChannelBadges,
        @DefaultValue("耗材") List<String> consumableCategories,
        @DefaultValue ValidOrder validOrder,
        @DefaultValue Trend trend,
        @DefaultValue Overflow overflow,
        @DefaultValue Delivery delivery,
        @DefaultValue Stockout stockout,
        @DefaultValue Churn churn,
        @DefaultValue Aov aov,
        @DefaultValue PriceAbnormal priceAbnormal,
        @DefaultValue TrafficDrop trafficDrop,
        @DefaultValue MarginDrop marginDrop,
        @DefaultValue SlowMoving slowMoving,
        @DefaultValue NewProducts newProducts,
        @DefaultValue PriceElasticity priceElasticity,
        @DefaultValue HotProducts hotProducts,
        @DefaultValue HighProfit highProfit) {

    public DiagnosisProperties {
        DiagnosisPropertiesCheck.check(horizonDays, maxDetailRows, seriesDays, topChannelBadges, validOrder, trend, overflow,
                delivery, stockout, churn, aov, priceAbnormal, trafficDrop, marginDrop, slowMoving, newProducts,
                priceElasticity, hotProducts, highProfit);
    }

    /** The defaults of §7 (read from the annotations above), for code that runs without a Spring context. */
    public static DiagnosisProperties defaults() {
        return of(java.util.Map.of());
    }

    /** The properties bound from plain name/value pairs (relaxed names, e.g. "delivery.net-cost-threshold"). */
    public static DiagnosisProperties of(java.util.Map<String, String> values) {
        java.util.Map<String, String> prefixed = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> prefixed.put("storeboard.diagnosis." + k, v));
        return new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(prefixed))
                .bindOrCreate("storeboard.diagnosis", DiagnosisProperties.class);
    }

    /**
     * The configFingerprint of a snapshot (§1.13): SHA-256 over "name=value\n" of every property of §7.1–§7.4,
     * sorted by name, numbers without trailing zeros, lists joined by commas.
     */
    public String fingerprint() {
        return DiagnosisPropertiesCheck.fingerprint(this);
    }

    public record ValidOrder(
            @DefaultValue({"饿了么", "京东到家", "美团闪购", "美团共橙", "抖音", "抖音直播", "淘鲜达", "京东秒送", "美团咖啡店", "饿了么咖啡店"}) List<String> feeChannels) {
    }

    public record Trend(@DefaultValue("3") int baselineDays, @DefaultValue("0.30") BigDecimal changeRatio) {
    }

    public record Overflow(
            @DefaultValue("0.15") BigDecimal causeLowPricingMarginRatio,
            @DefaultValue("0.05") BigDecimal causeLowReceivedMarginRatio,
            @DefaultValue("0.15") BigDecimal lowMarginHighlightRatio,
            @DefaultValue("5") int channelChartTop,
            @DefaultValue("20") int maxOrderIdsPerProduct) {
    }

    public record Delivery(
            @DefaultValue("6.00") BigDecimal netCostThreshold,
            @DefaultValue({"3000", "5000", "8000"}) List<Integer> distanceBucketBoundsM,
            @DefaultValue({"0", "6", "9", "11", "14", "17", "21"}) List<Integer> timeSlotStarts,
            @DefaultValue("0") int earlyNightFromHour,
            @DefaultValue("5") int earlyNightToHour,
            @DefaultValue("21") int lateNightFromHour,
            @DefaultValue("23") int lateNightToHour,
            @DefaultValue("5000") int longDistanceM,
            @DefaultValue({"5L", "4L", "3L", "2.5L", "10L", "12L", "15L", "20L", "6瓶", "12瓶", "24瓶", "6罐", "12罐", "24罐", "整箱", "一箱", "箱装", "/箱", "6包", "10包", "12包", "24包", "大桶", "桶装", "5kg", "10kg", "5公斤", "10公斤", "×6", "×12", "×24", "*6", "*12", "*24", "x6", "x12", "x24"})
            List<String> heavyKeywords) {
    }

    public record Stockout(
            @DefaultValue("7") int windowDays,
            @DefaultValue("2") int minSpanDays,
            @DefaultValue("3") int safetyDays,
            @DefaultValue("5") int urgentRestockQty,
            @DefaultValue("7") int consecutiveLookbackDays,
            @DefaultValue("3") int persistentDays,
            @DefaultValue("3") int fallbackMinPreviousDayQty,
            @DefaultValue("10") int headerNames) {
    }

    public record Churn(
            @DefaultValue("30") int windowDays,
            @DefaultValue("2") int minOrders,
            @DefaultValue("7") int inactiveDays,
            @DefaultValue("14") int highRiskDays,
            @DefaultValue("3") int topProducts,
            @DefaultValue("7") int recentDays,
            @DefaultValue("0.10") BigDecimal priceRiseRatio,
            @DefaultValue("200.00") BigDecimal ltvHighlight,
            @DefaultValue("14") int recallP1Days,
            @DefaultValue("500.00") BigDecimal recallP1MinLtv,
            @DefaultValue("7") int recallP2Days,
            @DefaultValue("300.00") BigDecimal recallP2MinLtv) {
    }

    public record Aov(
            @DefaultValue("30") int periodDays,
            @DefaultValue("7") int fallbackPeriodDays,
            @DefaultValue("14") int minSpanDays,
            @DefaultValue({"10", "20", "30", "40", "50", "100", "200"}) List<BigDecimal> bandBounds,
            @DefaultValue("0.30") BigDecimal severeDropRatio,
            @DefaultValue("0.15") BigDecimal moderateDropRatio,
            @DefaultValue("0.30") BigDecimal lowHistoryRatio,
            @DefaultValue("20.00") BigDecimal smallOrderUpper,
            @DefaultValue("5.0") BigDecimal smallOrderShareRisePp,
            @DefaultValue("0.10") BigDecimal channelAbnormalRatio,
            @DefaultValue("5") int categoryTop,
            @DefaultValue("25.00") BigDecimal lowPriceThreshold,
            @DefaultValue({"25", "50"}) List<BigDecimal> structureBounds,
            @DefaultValue("7") int structureDays,
            @DefaultValue("0.85") BigDecimal dragPriceFactor,
            @DefaultValue("10") int dragTop,
            @DefaultValue("5.00") BigDecimal dragPromoMaxPrice,
            @DefaultValue("0.50") BigDecimal dragPromoSalesRiseRatio,
            @DefaultValue("0.60") BigDecimal dragSoldoutSalesDropRatio,
            @DefaultValue("0.10") BigDecimal dragPriceCutRatio,
            @DefaultValue("0.05") BigDecimal dragStagnantPriceBandRatio,
            @DefaultValue("0.50") BigDecimal dragStagnantSalesDropRatio,
            @DefaultValue("5") int abnormalMinHistoryOrders,
            @DefaultValue("1.00") BigDecimal abnormalSalesRiseRatio,
            @DefaultValue("0.30") BigDecimal abnormalSalesDropRatio,
            @DefaultValue("10") int abnormalTop,
            @DefaultValue("3") int newLowPriceMinOrders,
            @DefaultValue("0.70") BigDecimal newLowPriceFactor,
            @DefaultValue("5") int newLowPriceTop,
            @DefaultValue("30.00") BigDecimal highPriceMinPrice,
            @DefaultValue("3") int highPriceMinOrders,
            @DefaultValue("0.50") BigDecimal highPriceStarRiseRatio,
            @DefaultValue("0.20") BigDecimal highPriceDeclineRatio,
            @DefaultValue("5") int highPriceStarTop,
            @DefaultValue("8") int highPriceStableTop,
            @DefaultValue("3") int highPriceDecliningTop,
            @DefaultValue("40.00") BigDecimal opportunityMinPrice,
            @DefaultValue("0.10") BigDecimal opportunitySalesDropRatio,
            @DefaultValue("3") int opportunityMinHistoryOrders,
            @DefaultValue("5") int opportunityTop) {
    }

    public record PriceAbnormal(@DefaultValue("0.80") BigDecimal severePriceRatio, @DefaultValue("5") int topProducts) {
    }

    public record TrafficDrop(
            @DefaultValue("7") int windowDays,
            @DefaultValue("14") int minSpanDays,
            @DefaultValue("2") BigDecimal minPreviousDailyQty,
            @DefaultValue("0.30") BigDecimal minDropRatio,
            @DefaultValue("0.60") BigDecimal severeDropRatio,
            @DefaultValue("0.40") BigDecimal mediumDropRatio,
            @DefaultValue("8") int categoryTop) {
    }

    public record MarginDrop(
            @DefaultValue("7") int windowDays,
            @DefaultValue("14") int minSpanDays,
            @DefaultValue("5.0") BigDecimal minDropPp,
            @DefaultValue("5") int minRecentQty,
            @DefaultValue({"10", "15", "20"}) List<BigDecimal> bucketBoundsPp) {
    }

    public record SlowMoving(
            @DefaultValue("3") int newDays,
            @DefaultValue("7") int ongoingDays,
            @DefaultValue("15") int severeDays,
            @DefaultValue("10") int cardProductNames) {
    }

    public record NewProducts(
            @DefaultValue("7") int lookbackDays,
            @DefaultValue("14") int shortDormancyDays,
            @DefaultValue("30") int mediumDormancyDays,
            @DefaultValue("10.00") BigDecimal minCategoryRevenue) {
    }

    public record PriceElasticity(
            @DefaultValue("30") int lookbackDays,
            @DefaultValue("0.05") BigDecimal changeRatio,
            @DefaultValue("3") int minSideDays,
            @DefaultValue("7") int maxSideDays,
            @DefaultValue("1.5") BigDecimal highAbsElasticity,
            @DefaultValue("0.5") BigDecimal mediumAbsElasticity,
            @DefaultValue("0.10") BigDecimal profitChangeRatio,
            @DefaultValue("0.10") BigDecimal revenueChangeRatio,
            @DefaultValue("3.0") BigDecimal marginChangePp,
            @DefaultValue("10") int lowStock,
            @DefaultValue("5") int veryLowStock) {
    }

    public record HotProducts(
            @DefaultValue("0.50") BigDecimal minGrowthRatio,
            @DefaultValue("10") int minQty,
            @DefaultValue("2.00") BigDecimal superGrowthRatio,
            @DefaultValue("1.00") BigDecimal hotGrowthRatio,
            @DefaultValue("7") int consecutiveLookbackDays,
            @DefaultValue("3") int sustainedDays,
            @DefaultValue("5") int topProducts,
            @DefaultValue("3") int badges) {
    }

    public record HighProfit(
            @DefaultValue("0.00") BigDecimal minProfit,
            @DefaultValue("3") int minQty,
            @DefaultValue("10") int topN,
            @DefaultValue("5") int topProducts,
            @DefaultValue("2") int badges) {
    }
}
