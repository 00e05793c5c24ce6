package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import com.storeboard.diagnosis.model.Values.Stock;
import java.util.List;

/** The records of card U3 `stockout` — 热销缺货 (DIAGNOSIS.md §2 U3). */
public final class Stockout {

    private Stockout() {
    }

    /** @param mode STOCK, SALES_GAP or MIXED (the scope's stores use different modes) */
    public record Headline(int count, Money dailyLoss, int persistentCount, int newCount, int urgentRestockCount,
            int normalRestockCount, int statDays, String mode, List<ChannelCount> topChannels) {
    }

    public record ChannelCount(String channel, int count) {
    }

    /**
     * @param consecutiveDays null in SALES_GAP mode
     * @param detection       STOCK (库存为0) or SALES_GAP (昨日无销量)
     */
    public record Row(@JsonUnwrapped ProductId product, String mainChannel, int windowQty, int windowDays,
            int suggestedRestock, String urgency, Stock stockOnY, Integer consecutiveDays, String detection,
            Money windowProfit, Money horizonProfit, Ratio horizonMarginRatio) {
    }

    /** Product names of the first rows of each urgency, in row order (the drill-down header badges). */
    public record Extras(List<String> urgentNames, List<String> normalNames) {
    }
}
