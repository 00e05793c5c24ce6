package com.storeboard.importing;

import java.time.Instant;
import java.time.LocalDate;

/** One import as the history shows it: who, when, which files, what it did, how long it took. */
public record ImportHistoryEntry(String id, Instant startedAt, Instant finishedAt, long durationMillis, String user,
        String origin, String mode, String status, String fileNames, long totalBytes, String stores, LocalDate dateFrom,
        LocalDate dateTo, int rowsRead, int rowsImported, int rowsSkipped, int errorCount, int warningCount, String message) {
}
