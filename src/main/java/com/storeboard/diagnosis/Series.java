package com.storeboard.diagnosis;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The daily series of cards U1, U2, U6 and H2 (DIAGNOSIS.md §1.10). */
final class Series {

    /** A day's count and amount (money units) under the card's rule. */
    record Point(int count, long amount) {
    }

    private Series() {
    }

    static List<Card.SeriesPoint> of(DiagnosisContext context, IntFunction<Point> onDay) {
        int from = Math.max(context.firstDay, context.yDay - context.config.seriesDays() + 1);
        List<Card.SeriesPoint> points = new ArrayList<>();
        for (int day = from; day <= context.yDay; day++) {
            Point p = onDay.apply(day);
            points.add(new Card.SeriesPoint(context.date(day), p.count(), Values.Money.of(Money.decimal(p.amount()))));
        }
        return points;
    }
}
