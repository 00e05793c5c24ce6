package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import com.storeboard.diagnosis.model.Values.Stock;
import java.time.LocalDate;
import java.util.List;

/** The records of card U4 `churn` — 客户流失预警 (DIAGNOSIS.md §2 U4). */
public final class Churn {

    private Churn() {
    }

    public record Headline(int count, int highRiskCount, int warningCount, ReasonCounts reasonCounts, int highValueCount,
            Money highValueLtv, Money meanLtv, Money ltvTotal) {
    }

    /** Items by primaryReason; all four keys are always present. */
    public record ReasonCounts(@JsonProperty("缺货") int outOfStock, @JsonProperty("涨价") int priceRise,
            @JsonProperty("下架") int delisted, @JsonProperty("其他") int other) {
    }

    /**
     * One churned customer.
     *
     * @param problemProduct the product identity (productKey, productName and, for the 全部门店 scope, its store)
     */
    public record Row(String customerKey, String address, List<String> storeNames, int orderCount, LocalDate firstOrderDate,
            LocalDate lastOrderDate, int daysSinceLastOrder, String riskLevel, Money ltv, boolean ltvHighlight, Money aov,
            boolean highValue, String recallPriority, String primaryReason, ProductId problemProduct,
            Money problemCustomerPrice, Money problemRecentPrice, Ratio problemPriceChangeRatio, List<Product> topProducts) {
    }

    /** A top product of a customer (ChurnProduct). */
    public record Product(@JsonUnwrapped ProductId product, int purchaseCount, int quantity, Money customerAvgPrice,
            Money recentAvgPrice, Ratio priceChangeRatio, Stock latestStock, boolean soldInRecentDays, String reason) {
    }

    public record ReasonProduct(String reason, @JsonUnwrapped ProductId product, int customers) {
    }

    public record Action(String code, String text) {
    }

    public record Extras(List<ReasonProduct> reasonProducts, List<Action> actions, String explanation) {
    }
}
