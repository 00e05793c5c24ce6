package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import java.util.List;

/**
 * One diagnosis card (DIAGNOSIS.md §2): its fixed identity and its one rule. The engine gives every card the
 * same context, catches what a card throws (state ERROR) and assembles the snapshot card from the outcome.
 */
interface CardRule {

    /** The card's fixed identity (§2.0). */
    record Spec(String id, String code, String layer, String icon, String titleZh, String titleEn, String exportBaseName) {
    }

    Spec spec();

    /** The card's minimum span in days (§2), 1 when it has none. */
    int minSpanDays(DiagnosisProperties config);

    /** The card's window (§3 "Card.window"); only called when there is a reference date. */
    Card.Window window(DiagnosisContext context);

    /** The export sheets of a card without items (§1.12). */
    List<String> sheets();

    /** Applies the rule; only called when there is a reference date and the minimum span is met. */
    CardOutcome evaluate(DiagnosisContext context);
}
