package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The diagnosis of one scope (DIAGNOSIS.md §3, schemaVersion 1). {@code computedAt} and {@code computeMillis}
 * are metadata: two computations over the same data and configuration differ in nothing else.
 */
public record Snapshot(
        int schemaVersion,
        Scope scope,
        LocalDate referenceDate,
        String computedAt,
        String dataVersion,
        String configFingerprint,
        Horizon horizon,
        DataCounts data,
        Flags flags,
        ComputeMillis computeMillis,
        List<Layer> layers) {

    public static final int SCHEMA_VERSION = 1;

    public record Scope(String kind, String storeName, String label) {
        public static final String ALL_LABEL = "全部门店";

        public static Scope store(String name) {
            return new Scope("STORE", name, name);
        }

        public static Scope all() {
            return new Scope("ALL", null, ALL_LABEL);
        }

        @JsonIgnore
        public boolean isAll() {
            return "ALL".equals(kind);
        }
    }

    public record Horizon(LocalDate from, LocalDate to, LocalDate firstDate, int spanDays) {
    }

    public record DataCounts(int validOrders, int excludedOrders, int ordersWithoutServiceFee, int lines, int stores) {
    }

    public record Flags(boolean hasUrgent, boolean hasWatch, boolean hasHighlights, boolean allGood) {
    }

    public record ComputeMillis(long total, long prepare, Map<String, Long> cards) {
    }

    public record Layer(String id, String icon, String titleZh, String titleEn, boolean hasIssues, List<Card> cards) {
    }

    /** The card with the given id, wherever it is. */
    public Card card(String id) {
        return layers.stream().flatMap(l -> l.cards().stream()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no card " + id));
    }
}
