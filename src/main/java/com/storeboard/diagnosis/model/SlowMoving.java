package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Stock;
import java.time.LocalDate;
import java.util.List;

/** The records of card W1 `slowMoving` — 滞销积压 (DIAGNOSIS.md §2 W1). */
public final class SlowMoving {

    private SlowMoving() {
    }

    /** @param newProducts names of the first new-risk rows */
    public record Headline(int count, int newCount, int ongoingCount, int severeCount, Money costTotal, Money newCost,
            Money ongoingCost, Money severeCost, List<String> newProducts) {
    }

    public record Row(@JsonUnwrapped ProductId product, String level, LocalDate lastSaleDate, int daysWithoutSale,
            Stock stock, Money unitCost, Money stockCost) {
    }
}
