package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Pp;
import com.storeboard.diagnosis.model.Values.Ratio;
import com.storeboard.diagnosis.model.Values.Stock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The records of card U5 `aov` — 客单价异常诊断 (DIAGNOSIS.md §2 U5). */
public final class Aov {

    private Aov() {
    }

    /**
     * @param warnings     the warning codes, SHORT_PERIOD then LOW_HISTORY
     * @param warningTexts the rendered text of each warning, in the same order
     */
    public record Headline(int count, int severeCount, int moderateCount, int mildCount, int periodDays,
            boolean fallbackPeriod, int recentOrders, int historyOrders, Money recentAov, Money historyAov, Money aovChange,
            Ratio aovChangeRatio, List<String> warnings, List<String> warningTexts, List<String> suggestions) {
    }

    /** A price band (AovBandRow); severity is null for a band that is not declining. */
    public record BandRow(String band, Money lower, Money upper, int historyOrders, int recentOrders, Ratio changeRatio,
            String severity, Ratio historyShareRatio, Ratio recentShareRatio, Pp shareChangePp, Money historyRevenue,
            Money recentRevenue) {
    }

    public record ChannelRow(String channel, int recentOrders, int historyOrders, Money recentAov, Money historyAov,
            Ratio aovChangeRatio, boolean abnormal) {
    }

    public record DailyAov(LocalDate date, int orders, Money revenue, Money aov) {
    }

    public record HourlyAov(int hour, int orders, Money revenue, Money aov) {
    }

    public record LowPriceShare(LocalDate date, int orders, int lowPriceOrders, Ratio shareRatio) {
    }

    public record StructurePart(int orders, Ratio lowRatio, Ratio midRatio, Ratio highRatio) {
    }

    public record Structure(StructurePart recent, StructurePart previous) {
    }

    /** AovCategoryRow. */
    public record CategoryRow(String categoryL1, int recentOrders, int historyOrders, Money recentAvgPrice,
            Money historyAvgPrice, Money recentContribution, Money historyContribution, Money contributionChange) {
    }

    /** AovProductRow. */
    public record ProductRow(@JsonUnwrapped ProductId product, Money recentPrice, Money historyPrice, Ratio priceChangeRatio,
            int recentQty, int historyQty, Ratio salesChangeRatio, int recentOrders, int historyOrders, Stock latestStock) {
    }

    /** AovDragRow = AovProductRow + drag and label. */
    public record DragRow(@JsonUnwrapped ProductRow row, Money drag, String label) {
    }

    /** @param hourlyAov keyed by date (YYYY-MM-DD), ascending, 24 hours each */
    public record Extras(Card.Capped<BandRow> allBands, List<ChannelRow> channelComparison, List<DailyAov> dailyAov,
            Map<String, List<HourlyAov>> hourlyAov, List<CategoryRow> categoryDecliners, List<CategoryRow> categoryGrowers,
            List<LowPriceShare> lowPriceShareDaily, Structure structure, Card.Capped<DragRow> coreDrag,
            Card.Capped<ProductRow> abnormal, Card.Capped<ProductRow> newLowPrice, Card.Capped<ProductRow> highPriceStar,
            Card.Capped<ProductRow> highPriceStable, Card.Capped<ProductRow> highPriceDeclining,
            Card.Capped<ProductRow> opportunity) {
    }
}
