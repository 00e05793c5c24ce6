package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Pp;
import com.storeboard.diagnosis.model.Values.Ratio;

/** The records of card U8 `marginDrop` — 利润率下滑 (DIAGNOSIS.md §2 U8). */
public final class MarginDrop {

    private MarginDrop() {
    }

    public record Headline(int count, Money estimatedLoss, int drop5, int drop10, int drop15, int drop20) {
    }

    public record Row(@JsonUnwrapped ProductId product, String mainChannel, Ratio prevMarginRatio, Ratio recentMarginRatio,
            Pp changePp, String level, Money prevProfit, Money recentProfit, Money prevRevenue, Money recentRevenue,
            int prevQty, int recentQty, Money estimatedLoss) {
    }
}
