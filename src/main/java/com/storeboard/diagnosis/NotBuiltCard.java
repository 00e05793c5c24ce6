package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import java.util.List;

/** A card whose rule is not written yet: it reports so in its own card (state ERROR), never invented numbers. */
final class NotBuiltCard implements CardRule {

    private final Spec spec;
    private final int minSpan;

    NotBuiltCard(Spec spec, int minSpan) {
        this.spec = spec;
        this.minSpan = minSpan;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return minSpan;
    }

    @Override
    public Card.Window window(DiagnosisContext context) {
        return null;
    }

    @Override
    public List<String> sheets() {
        return List.of();
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext context) {
        throw new UnsupportedOperationException("尚未实现 (not built yet)");
    }
}
