package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import java.util.List;

/** The records of card H2 `highProfit` — 高利润商品 (DIAGNOSIS.md §2 H2). */
public final class HighProfit {

    private HighProfit() {
    }

    /** @param eligibleCount the products that qualify, before the top-n cut */
    public record Headline(int count, int eligibleCount, Money totalProfit, Money totalRevenue, List<TopProduct> topProducts) {
    }

    public record TopProduct(String productKey, String productName, Money profit, Ratio marginRatio, int qty) {
    }

    /** A ranked product; rank and icon come before the product identity, as §3 lists them. */
    public record Row(int rank, String rankIcon, @JsonUnwrapped ProductId product, String mainChannel, int qty, Money revenue,
            Money profit, Ratio marginRatio) {
    }
}
