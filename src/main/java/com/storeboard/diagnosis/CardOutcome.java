package com.storeboard.diagnosis;

import com.storeboard.diagnosis.model.Card;
import java.util.List;
import java.util.Map;

/**
 * What a card's rule produced. The engine derives count (= rows.size()), state, the row cap and the message;
 * the card supplies the face for both the has-items and the all-good state.
 */
final class CardOutcome {

    Object headline;
    /** Every item's row, in the card's order (uncapped: the engine caps). */
    List<?> rows = List.of();
    Object extras = Map.of();
    String bigValue;
    String bigLabel;
    String subInfo;
    String extraInfo;
    List<Card.Badge> badges = List.of();
    String actionLabel;
    String allGoodMessage;
    String allGoodAction;
    Card.Trend trend;
    List<Card.SeriesPoint> series;
    List<String> sheets;
    /** Set when the card finds, while evaluating, that it cannot be judged (U5's period). */
    String insufficientMessage;
    /** A window that the card decides while evaluating (U5); otherwise the rule's window. */
    Card.Window window;

    CardOutcome headline(Object value) {
        headline = value;
        return this;
    }

    CardOutcome rows(List<?> value) {
        rows = value;
        return this;
    }

    CardOutcome extras(Object value) {
        extras = value;
        return this;
    }

    CardOutcome big(String value, String label) {
        bigValue = value;
        bigLabel = label;
        return this;
    }

    CardOutcome subInfo(String value) {
        subInfo = value;
        return this;
    }

    CardOutcome extraInfo(String value) {
        extraInfo = value;
        return this;
    }

    CardOutcome badges(List<Card.Badge> value) {
        badges = value;
        return this;
    }

    CardOutcome action(String hasItems, String allGoodMessage, String allGood) {
        actionLabel = hasItems;
        this.allGoodMessage = allGoodMessage;
        allGoodAction = allGood;
        return this;
    }

    CardOutcome trend(Card.Trend value) {
        trend = value;
        return this;
    }

    CardOutcome series(List<Card.SeriesPoint> value) {
        series = value;
        return this;
    }

    CardOutcome sheets(List<String> value) {
        sheets = value;
        return this;
    }
}
