package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import java.util.List;

/** The records of card U6 `priceAbnormal` — 价格异常（低于成本） (DIAGNOSIS.md §2 U6). */
public final class PriceAbnormal {

    private PriceAbnormal() {
    }

    /** @param topProducts the product names of the first rows */
    public record Headline(int count, int severeCount, int mildCount, Money lossTotal, List<String> topProducts) {
    }

    /** One product with abnormal lines on Y; every value runs over its abnormal lines only. */
    public record Row(@JsonUnwrapped ProductId product, String level, Money maxOriginalPrice, Money avgReceivedPrice,
            Money unitCost, Ratio pricingMarginRatio, Ratio receivedMarginRatio, Money unitLoss, Money lossAmount,
            int quantity, int lineCount, String mainChannel) {
    }
}
