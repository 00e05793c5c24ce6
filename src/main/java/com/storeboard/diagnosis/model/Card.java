package com.storeboard.diagnosis.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One of the 13 cards (DIAGNOSIS.md §1.8, §3): its state and face, the headline over all items, the first
 * {@code max-detail-rows} rows with the uncapped {@code totalRows}, extras, an optional series and trend.
 *
 * @param headline card-specific record (OverflowHeadline …)
 * @param rows     card-specific row records, in the card's order
 * @param extras   card-specific record, or an empty map
 */
public record Card(
        String id,
        String code,
        String layer,
        String icon,
        String titleZh,
        String titleEn,
        State state,
        int count,
        Window window,
        int minSpanDays,
        BigNumber bigNumber,
        String subInfo,
        String extraInfo,
        List<Badge> badges,
        Action action,
        String message,
        Trend trend,
        Object headline,
        List<?> rows,
        int totalRows,
        boolean truncated,
        Object extras,
        List<SeriesPoint> series,
        Export export,
        Error error) {

    public enum State { HAS_ITEMS, ALL_GOOD, INSUFFICIENT_DATA, ERROR }

    public record Window(LocalDate from, LocalDate to, int days) {
    }

    public record BigNumber(String value, String label) {
    }

    public record Badge(String text, String color) {
    }

    public record Action(String label) {
    }

    public record SeriesPoint(LocalDate date, int count, Values.Money amount) {
    }

    public record Export(String fileName, List<String> sheets) {
    }

    public record Error(String code, String message) {
    }

    /**
     * The trend chip of U1 and U2 (§1.9).
     *
     * @param avg3d       1 decimal
     * @param changeRatio 4 decimals, null for NEW
     */
    public record Trend(String direction, String icon, String label, String color, int todayCount, Values.Dec1 avg3d,
            int baselineDays, Values.Ratio changeRatio, String description) {
    }

    /** A capped extras list, {@code List<T>} of §3. */
    public record Capped<T>(List<T> rows, int totalRows, boolean truncated) {
        public static <T> Capped<T> of(List<T> all, int cap) {
            return new Capped<>(List.copyOf(all.subList(0, Math.min(cap, all.size()))), all.size(), all.size() > cap);
        }
    }
}
