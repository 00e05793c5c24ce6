package com.storeboard.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did (DATA.md §4.14). Lists are capped for display; the counts are always complete, and
 * {@link #reportProblems} holds every problem for the downloadable report (up to a large safety cap).
 */
public record ImportResult(
        Status status,
        UUID importId,
        Mode mode,
        List<FileInfo> files,
        int rowsRead,
        int rowsImported,
        int rowsSkipped,
        List<SkippedRow> skippedRows,
        List<ImportProblem> errors,
        Map<ImportCode, Integer> errorCounts,
        List<ImportProblem> warnings,
        Map<ImportCode, Integer> warningCounts,
        List<PartitionChange> partitions,
        Map<String, String> dataVersionBefore,
        Map<String, String> dataVersionAfter,
        OffsetDateTime importedAt,
        long durationMillis,
        List<ImportProblem> reportProblems) {

    public enum Status { IMPORTED, NO_CHANGE, REJECTED }

    public enum Mode { STRICT, SKIP_INVALID }

    /** One file of the batch; stores and dates are those of its valid lines. */
    public record FileInfo(String name, String format, String encoding, int headerRow, int dataRows, int blankRows,
            String distanceUnit, java.math.BigDecimal distanceMedian, List<String> ignoredColumns, long sizeBytes,
            List<String> stores, LocalDate firstDate, LocalDate lastDate) {
    }

    public record SkippedRow(String file, int row, List<ImportCode> codes) {
    }

    public record PartitionChange(String storeName, LocalDate date, Action action, int rowsBefore, int rowsAfter) {
        public enum Action { REPLACED, INSERTED, UNCHANGED }
    }

    public int errorCount() {
        return errorCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Stores whose data this import changed. */
    public List<String> changedStores() {
        return partitions.stream().filter(p -> p.action() != PartitionChange.Action.UNCHANGED)
                .map(PartitionChange::storeName).distinct().toList();
    }
}
