package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import java.util.List;

/** The records of card H1 `hotProducts` — 爆款商品 (DIAGNOSIS.md §2 H1). */
public final class HotProducts {

    private HotProducts() {
    }

    public record Headline(int count, int totalQty, Money totalRevenue, Money totalProfit, int sustainedCount,
            List<TopProduct> topProducts) {
    }

    /** @param growthRatio null for a new burst (no base) */
    public record TopProduct(String productKey, String productName, int qty, Ratio growthRatio, boolean newBurst,
            int consecutiveDays) {
    }

    /** @param growthRatio null for a new burst (no base) */
    public record Row(@JsonUnwrapped ProductId product, String mainChannel, int qtyY, int qtyD, Ratio growthRatio,
            boolean newBurst, String level, Money revenueY, Money profitY, int consecutiveDays) {
    }
}
