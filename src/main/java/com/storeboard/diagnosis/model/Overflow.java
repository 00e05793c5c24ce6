package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import java.time.LocalDateTime;
import java.util.List;

/** The records of card U1 `overflow` — 亏损订单（穿底止血） (DIAGNOSIS.md §2 U1). */
public final class Overflow {

    private Overflow() {
    }

    public record Headline(int count, Money lossAmount, Money avgLoss, List<ChannelLoss> topChannels) {
    }

    /** A channel's loss orders: in the headline (count) and in the chart (orders), as §3 names them. */
    public record ChannelLoss(String channel, int count, Money lossAmount) {
    }

    public record ChannelChart(String channel, int orders, Money lossAmount) {
    }

    public record Row(String orderId, String orderNumber, LocalDateTime orderTime, String channel, String storeName,
            Money revenue, Money lineCostTotal, Money activityCost, Money grossProfitTotal, Money platformServiceFeeTotal,
            Money deliveryFee, Money corporateRebateTotal, Money orderProfit, List<LineView> lines) {
    }

    /** A line of a loss order; productName is the line's own name as stored (§1.2). */
    public record LineView(String productKey, String productName, String categoryL1, int quantity, Money originalPrice,
            Money receivedPrice, Money unitCost, Money lineMargin, boolean consumable) {
    }

    public record ProductRow(@JsonUnwrapped ProductId product, int lossOrderCount, List<String> orderIds, int lossOrderQty,
            int dayQty, Money maxOriginalPrice, Money avgSalePrice, Money avgReceivedPrice, Money unitCost,
            Ratio pricingMarginRatio, Ratio receivedMarginRatio, Money contribution, String cause, boolean lowMargin) {
    }

    public record Cause(String cause, int productCount, Money weight) {
    }

    public record Summary(int orders, int products, Money lossAmount) {
    }

    public record Extras(Card.Capped<ProductRow> productView, List<Cause> causeBreakdown, List<ChannelChart> channelLoss,
            Summary summary) {
    }
}
