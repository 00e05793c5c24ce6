package com.storeboard.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The import history table: one row per import attempt, successful or not. */
@Repository
class ImportHistoryRepository {

    private final JdbcTemplate jdbc;

    ImportHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportHistoryEntry e) {
        jdbc.update("insert into import_history (id, started_at, finished_at, duration_ms, user_name, origin, mode, status, "
                + "file_names, total_bytes, stores, date_from, date_to, rows_read, rows_imported, rows_skipped, error_count, "
                + "warning_count, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), utc(e.startedAt()), utc(e.finishedAt()), e.durationMillis(), truncate(e.user(), 100), e.origin(),
                e.mode(), e.status(), truncate(e.fileNames(), 4000), e.totalBytes(), truncate(e.stores(), 4000),
                e.dateFrom(), e.dateTo(), e.rowsRead(), e.rowsImported(), e.rowsSkipped(), e.errorCount(), e.warningCount(),
                truncate(e.message(), 2000));
    }

    List<ImportHistoryEntry> latest(int limit) {
        return jdbc.query("select id, started_at, finished_at, duration_ms, user_name, origin, mode, status, file_names, "
                + "total_bytes, stores, date_from, date_to, rows_read, rows_imported, rows_skipped, error_count, warning_count, "
                + "message from import_history order by started_at desc limit ?",
                (rs, i) -> new ImportHistoryEntry(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), rs.getString(11),
                        rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getInt(14), rs.getInt(15),
                        rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getString(19)),
                limit);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

}
