package com.storeboard.diagnosis.model;

import com.storeboard.diagnosis.model.Values.Dec2;
import com.storeboard.diagnosis.model.Values.Money;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The records of card U2 `delivery` — 高配送费预警 (DIAGNOSIS.md §2 U2). */
public final class Delivery {

    private Delivery() {
    }

    /**
     * @param distanceDistribution every bucket in bucket order, 未知 last
     * @param mainDistanceBucket   null when there is no item
     */
    public record Headline(int count, Money premiumTotal, Money avgPremium, Map<String, Integer> distanceDistribution,
            String mainDistanceBucket, List<ChannelPremium> topChannels) {
    }

    /** A channel's items, in the headline and in the breakdown. */
    public record ChannelPremium(String channel, int count, Money premiumTotal) {
    }

    public record Row(String orderId, String orderNumber, LocalDateTime orderTime, String channel, String storeName,
            Money revenue, Money lineCostTotal, Money deliveryFee, Money userPaidDeliveryFee, Money deliveryFeeDiscount,
            Money corporateRebateTotal, Money netDeliveryCost, Money premium, Money orderProfit, Integer distanceM,
            Dec2 distanceKm, String distanceBucket, String address, String timeSlot, List<RiskHint> riskHints) {
    }

    public record RiskHint(String code, String text) {
    }

    /** @param timeSlotDistribution every slot in slot order */
    public record Extras(Map<String, Integer> timeSlotDistribution, List<ChannelPremium> channelBreakdown) {
    }
}
