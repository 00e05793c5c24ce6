package com.storeboard.importing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Who imported what and when, newest first. */
class ImportHistoryGrid extends Grid<ImportHistoryEntry> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    ImportHistoryGrid(ZoneId zone) {
        setId("import-history");
        addColumn(h -> TIME.format(h.startedAt().atZone(zone))).setHeader(getTranslation("import.col.time")).setAutoWidth(true);
        addColumn(ImportHistoryEntry::user).setHeader(getTranslation("import.col.user"));
        addColumn(ImportHistoryEntry::fileNames).setHeader(getTranslation("import.col.file")).setFlexGrow(3);
        addColumn(h -> size(h.totalBytes())).setHeader(getTranslation("import.col.size"));
        addColumn(ImportHistoryEntry::stores).setHeader(getTranslation("import.col.stores")).setFlexGrow(2);
        addColumn(h -> h.dateFrom() == null ? "—" : h.dateFrom() + " – " + h.dateTo()).setHeader(getTranslation("import.col.dates"))
                .setAutoWidth(true);
        addColumn(h -> getTranslation("import.history.rows", h.rowsRead(), h.rowsImported(), h.rowsSkipped()))
                .setHeader(getTranslation("import.col.rows")).setAutoWidth(true);
        addColumn(h -> getTranslation("import.status." + h.status())).setHeader(getTranslation("import.col.status"));
        addColumn(h -> String.format("%.1f s", h.durationMillis() / 1000.0)).setHeader(getTranslation("import.col.duration"));
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(List<ImportHistoryEntry> entries) {
        setItems(entries);
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
