package com.storeboard.importing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/** What the last import did: status, per-file facts, partitions written and every problem. */
class ImportResultPanel extends VerticalLayout {

    private final ImportMessages messages;
    private final H3 headline = new H3();
    private final Span status = new Span();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportResult.FileInfo> files = new Grid<>();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Anchor report = new Anchor();

    ImportResultPanel(ImportMessages messages) {
        this.messages = messages;
        setId("import-result");
        setPadding(false);
        status.setId("import-status");
        summary.setId("import-summary");
        files.setId("import-result-files");
        files.addColumn(ImportResult.FileInfo::name).setHeader(getTranslation("import.col.file")).setFlexGrow(3);
        files.addColumn(f -> f.format() + (f.encoding() == null ? "" : " · " + f.encoding())).setHeader(getTranslation("import.col.format"));
        files.addColumn(ImportResult.FileInfo::dataRows).setHeader(getTranslation("import.col.rows"));
        files.addColumn(f -> String.join("、", f.stores())).setHeader(getTranslation("import.col.stores")).setFlexGrow(2);
        files.addColumn(f -> f.firstDate() == null ? "—" : f.firstDate() + " – " + f.lastDate()).setHeader(getTranslation("import.col.dates"));
        files.addColumn(f -> f.distanceUnit() == null ? "—" : getTranslation("import.distance." + f.distanceUnit()))
                .setHeader(getTranslation("import.col.distance"));
        files.setAllRowsVisible(true);
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::file).setHeader(getTranslation("import.col.file")).setFlexGrow(2);
        problems.addColumn(p -> p.row() > 0 ? Integer.toString(p.row()) : "").setHeader(getTranslation("import.col.row"));
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.col.column"));
        problems.addColumn(ImportProblem::value).setHeader(getTranslation("import.col.value"));
        problems.addColumn(p -> messages.describe(p, getLocale())).setHeader(getTranslation("import.col.reason")).setFlexGrow(4);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setHeight("20em");
        report.setId("import-report");
        report.setText(getTranslation("import.report.download"));
        add(new Span(headline, status), summary, files, problems, report);
        setVisible(false);
    }

    void show(ImportResult result) {
        headline.setText(getTranslation("import.result.title"));
        status.setText(getTranslation("import.status." + result.status()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + switch (result.status()) {
            case IMPORTED -> "success";
            case NO_CHANGE -> "contrast";
            case REJECTED -> "error";
        });
        long added = rows(result, ImportResult.PartitionChange.Action.INSERTED);
        long replaced = rows(result, ImportResult.PartitionChange.Action.REPLACED);
        long replacedBefore = result.partitions().stream().filter(p -> p.action() == ImportResult.PartitionChange.Action.REPLACED)
                .mapToLong(ImportResult.PartitionChange::rowsBefore).sum();
        summary.setText(getTranslation("import.result.summary", result.rowsRead(), result.rowsImported(), added, replaced,
                replacedBefore, result.rowsSkipped(), result.errorCount(), result.durationMillis() / 1000.0));
        files.setItems(result.files());
        List<ImportProblem> listed = result.reportProblems().stream()
                .filter(p -> p.code() != ImportCode.PARTITION_UNCHANGED).limit(1000).toList();
        problems.setItems(listed);
        problems.setVisible(!listed.isEmpty());
        report.setVisible(!result.reportProblems().isEmpty());
        Locale locale = getLocale();
        report.setHref(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            messages.writeReport(result, locale, out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "import-" + result.importId() + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }));
        setVisible(true);
    }

    private static long rows(ImportResult result, ImportResult.PartitionChange.Action action) {
        return result.partitions().stream().filter(p -> p.action() == action).mapToLong(ImportResult.PartitionChange::rowsAfter).sum();
    }
}
