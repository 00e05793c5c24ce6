package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Dec2;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Pp;
import com.storeboard.diagnosis.model.Values.Ratio;
import com.storeboard.diagnosis.model.Values.Stock;
import java.time.LocalDate;
import java.util.Map;

/** The records of card W3 `priceElasticity` — 价格弹性分析 (DIAGNOSIS.md §2 W3). */
public final class PriceElasticity {

    private PriceElasticity() {
    }

    public record Headline(int count, int highCount, int mediumCount, int lowCount, int abnormalCount, int successCount,
            int neutralCount, int failureCount, int upCount, int downCount) {
    }

    /** One price-change event of a series (store, product, channel). */
    public record Row(@JsonUnwrapped ProductId product, String channel, LocalDate changeDate, String changeType,
            String direction, Money originalPriceBefore, Money originalPriceAfter, Money salePriceBefore,
            Money salePriceAfter, Ratio priceChangeRatio, int beforeDays, int afterDays, Dec2 avgDailyQtyBefore,
            Dec2 avgDailyQtyAfter, Ratio qtyChangeRatio, Dec2 elasticity, String sensitivity, Money revenue7Before,
            Money revenue7After, Ratio revenueChangeRatio, Money profit7Before, Money profit7After, Ratio profitChangeRatio,
            Ratio marginBeforeRatio, Ratio marginAfterRatio, Pp marginChangePp, String marginTrend, Stock latestStock,
            boolean soldOut, String effect, String advice) {
    }

    /**
     * @param sensitivityDistribution counts keyed 高, 中, 低, 异常 (in that order)
     * @param effectDistribution      counts keyed 成功, 中性, 失败 (in that order)
     */
    public record Extras(Map<String, Integer> sensitivityDistribution, Map<String, Integer> effectDistribution) {
    }
}
