package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Runs the engine on hand-made lines with the default configuration (or a given one). */
final class Engines {

    private Engines() {
    }

    static Snapshot diagnose(List<OrderLine> lines) {
        return diagnose(lines, DiagnosisProperties.defaults(), null);
    }

    static Snapshot diagnose(List<OrderLine> lines, DiagnosisProperties config, LocalDate earliestStored) {
        ScopeData data = scope(lines, config, earliestStored);
        Snapshot.Scope scope = data.stores.length == 1 ? Snapshot.Scope.store(data.stores[0]) : Snapshot.Scope.all();
        return new DiagnosisEngine().diagnose(data, scope, config, "0".repeat(64), "2025-12-21T08:00:00+08:00");
    }

    static ScopeData scope(List<OrderLine> lines, DiagnosisProperties config, LocalDate earliestStored) {
        return new ScopeDataBuilder(Set.copyOf(config.validOrder().feeChannels()), Set.copyOf(config.consumableCategories()),
                config.horizonDays(), lines.size(), lines.size()).addAll(lines).build(earliestStored);
    }
}
