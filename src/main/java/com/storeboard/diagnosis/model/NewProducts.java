package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import java.time.LocalDate;

/** The records of card W2 `newProducts` — 新品表现 (DIAGNOSIS.md §2 W2). */
public final class NewProducts {

    private NewProducts() {
    }

    public record Headline(int count, Money revenue, Money profit, TopProfitCategory topProfitCategory,
            TopMarginCategory topMarginCategory) {
    }

    public record TopProfitCategory(String categoryL1, Money profit) {
    }

    public record TopMarginCategory(String categoryL1, Ratio marginRatio) {
    }

    public record Row(@JsonUnwrapped ProductId product, int quantity, Money revenue, Money profit, Money avgUnitRevenue,
            Ratio marginRatio, String mainChannel, LocalDate previousSaleDate, Integer dormantDays, String dormancy) {
    }
}
