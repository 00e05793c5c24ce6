package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Product sales for the product cards' tests: one-line orders on days counted back from Y = 2025-12-20, each
 * with its own 订单ID, in the default store and channel of {@link LineBuilder} unless the details say otherwise.
 */
final class Sales {

    static final LocalDate Y = LocalDate.of(2025, 12, 20);

    private final List<OrderLine> lines = new ArrayList<>();
    private int orders;

    /** A one-line order of the product on Y − daysBefore at 10:00 (one minute later per order). */
    Sales sell(int daysBefore, String name, String code, UnaryOperator<LineBuilder> details) {
        orders++;
        LineBuilder b = line().order("S" + orders).at(Y.minusDays(daysBefore).atTime(10, 0).plusMinutes(orders % 600))
                .product(name, code);
        lines.add(details.apply(b).build());
        return this;
    }

    /** A one-line order of qty units at the default price (1.00, no cost). */
    Sales sell(int daysBefore, String name, String code, int qty) {
        return sell(daysBefore, name, code, b -> b.qty(qty));
    }

    List<OrderLine> lines() {
        return lines;
    }

    /** The card, with the data span set to spanDays (the earliest stored date Y − spanDays + 1). */
    Card card(String id, int spanDays) {
        return card(id, spanDays, Map.of());
    }

    Card card(String id, int spanDays, Map<String, String> properties) {
        return Engines.diagnose(lines, DiagnosisProperties.of(properties), Y.minusDays(spanDays - 1L)).card(id);
    }
}
