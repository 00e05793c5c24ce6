package com.storeboard.cache;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.DiagnosisEngine;
import com.storeboard.diagnosis.ScopeDataBuilder;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.generator.GeneratorParameters;
import com.storeboard.orders.OrderLine;
import com.storeboard.support.GeneratedLines;
import java.util.List;
import java.util.Set;

/** Real snapshots to cache: the engine over the generator's default data set (DATA.md §5), computed once. */
final class DemoSnapshots {

    private static final List<OrderLine> LINES = generate();

    private DemoSnapshots() {
    }

    static Snapshot all(String computedAt) {
        return diagnose(LINES, Snapshot.Scope.all(), computedAt);
    }

    static Snapshot store(String storeName, String computedAt) {
        return diagnose(LINES.stream().filter(l -> l.storeName().equals(storeName)).toList(), Snapshot.Scope.store(storeName),
                computedAt);
    }

    static String firstStore() {
        return LINES.getFirst().storeName();
    }

    private static Snapshot diagnose(List<OrderLine> lines, Snapshot.Scope scope, String computedAt) {
        DiagnosisProperties config = DiagnosisProperties.defaults();
        ScopeDataBuilder builder = new ScopeDataBuilder(Set.copyOf(config.validOrder().feeChannels()),
                Set.copyOf(config.consumableCategories()), config.horizonDays(), lines.size(), lines.size());
        return new DiagnosisEngine().diagnose(builder.addAll(lines).build(null), scope, config, "d".repeat(64), computedAt);
    }

    private static List<OrderLine> generate() {
        return List.copyOf(GeneratedLines.all(GeneratorParameters.defaults()));
    }
}
