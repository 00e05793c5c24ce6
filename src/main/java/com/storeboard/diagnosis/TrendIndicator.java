package com.storeboard.diagnosis;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.IntUnaryOperator;

/** The trend chip of cards U1 and U2 (DIAGNOSIS.md §1.9). */
final class TrendIndicator {

    private TrendIndicator() {
    }

    /**
     * @param countOnDay the card's rule applied to a day index, as if that day were Y
     * @return null when there is no baseline day
     */
    static Card.Trend of(DiagnosisContext context, IntUnaryOperator countOnDay) {
        int today = countOnDay.applyAsInt(context.yDay);
        int n = context.config.trend().baselineDays();
        int baselineDays = 0;
        long sum = 0;
        for (int i = 1; i <= n; i++) {
            int day = context.yDay - i;
            if (day < context.firstDay) {
                break;
            }
            baselineDays++;
            sum += countOnDay.applyAsInt(day);
        }
        if (baselineDays == 0) {
            return null;
        }
        BigDecimal avg = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(baselineDays), 10, RoundingMode.HALF_UP);
        BigDecimal t = context.config.trend().changeRatio();
        if (avg.signum() == 0) {
            if (today > 0) {
                return new Card.Trend("NEW", "⚠️", "新增", "orange", today, Values.Dec1.of(avg), baselineDays, null,
                        "前" + baselineDays + "日均为0，今日新增" + today);
            }
            return new Card.Trend("STABLE", "→", "持平", "gray", today, Values.Dec1.of(avg), baselineDays,
                    Values.Ratio.of(BigDecimal.ZERO), "前" + baselineDays + "日与今日均为0");
        }
        BigDecimal change = BigDecimal.valueOf(today).subtract(avg).divide(avg, 10, RoundingMode.HALF_UP);
        String direction;
        String icon;
        String label;
        String color;
        if (change.compareTo(t) > 0) {
            direction = "UP";
            icon = "↑";
            label = "恶化";
            color = "red";
        } else if (change.compareTo(t.negate()) < 0) {
            direction = "DOWN";
            icon = "↓";
            label = "好转";
            color = "green";
        } else {
            direction = "STABLE";
            icon = "→";
            label = "持平";
            color = "gray";
        }
        String description = "较前" + baselineDays + "日均值(" + Fmt.decimal1(avg) + ") " + icon + Fmt.percent(change.abs());
        return new Card.Trend(direction, icon, label, color, today, Values.Dec1.of(avg), baselineDays, Values.Ratio.of(change),
                description);
    }
}
