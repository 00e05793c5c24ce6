package com.storeboard.importing;

import com.storeboard.config.StoreboardProperties;
import com.storeboard.importing.ImportResult.PartitionChange;
import com.storeboard.importing.ImportRun.OrderState;
import com.storeboard.importing.ImportRun.PartitionKey;
import com.storeboard.importing.ImportRun.PartitionRows;
import com.storeboard.orders.Digests;
import com.storeboard.orders.LineSource;
import com.storeboard.orders.OrderDataChanged;
import com.storeboard.orders.OrderLine;
import com.storeboard.orders.OrderLineRepository;
import com.storeboard.orders.Partition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports platform order exports (DATA.md §4): all or nothing (or, in skip mode, whole orders only), in one
 * transaction, replacing exactly the (store, date) partitions the batch contains, and changing nothing when
 * the content is already stored.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final OrderLineRepository lines;
    private final ImportHistoryRepository history;
    private final TransactionTemplate transactions;
    private final ImportProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Path workDirectory;
    private final java.util.concurrent.ExecutorService executor;

    public ImportService(OrderLineRepository lines, ImportHistoryRepository history, TransactionTemplate transactions,
            ImportProperties properties, StoreboardProperties storeboard, Clock clock, ApplicationEventPublisher events,
            java.util.concurrent.ExecutorService importExecutor) {
        this.executor = importExecutor;
        this.lines = lines;
        this.history = history;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.workDirectory = storeboard.dataDir().resolve("tmp");
    }

    /** Runs the import on the import thread; imports started meanwhile wait their turn. */
    public java.util.concurrent.CompletableFuture<ImportResult> importInBackground(ImportRequest request,
            ImportProgress.Listener progress) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> importFiles(request, progress), executor);
    }

    /** The stores' time zone, for showing import times. */
    public java.time.ZoneId zone() {
        return properties.timeZone();
    }

    public ImportResult importFiles(ImportRequest request) {
        return importFiles(request, ImportProgress.Listener.NONE);
    }

    public ImportResult importFiles(ImportRequest request, ImportProgress.Listener progress) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        UUID importId = UUID.randomUUID();
        Problems problems = new Problems();
        LocalDate today = LocalDate.ofInstant(started, properties.timeZone());
        ImportResult result;
        try (ImportRun run = new ImportRun(request, properties, today, workDirectory, progress, problems)) {
            boolean readable = run.read();
            log.debug("Import {}: reading pass {} ms", importId, (System.nanoTime() - startNanos) / 1_000_000);
            long beforeWrite = System.nanoTime();
            Outcome outcome = readable ? write(run, request, importId, problems, progress) : Outcome.refused();
            log.debug("Import {}: transaction including commit {} ms", importId, (System.nanoTime() - beforeWrite) / 1_000_000);
            result = result(run, request, importId, problems, outcome, started, startNanos);
        }
        record(request, result, started);
        if (result.status() == ImportResult.Status.IMPORTED) {
            events.publishEvent(new OrderDataChanged(Set.copyOf(result.changedStores()), "import"));
        }
        return result;
    }

    /** What the writing pass decided. */
    private record Outcome(boolean rejected, List<PartitionChange> partitions, Map<String, String> before,
            Map<String, String> after, int rowsImported, List<ImportResult.SkippedRow> skipped) {
        static Outcome refused() {
            return new Outcome(true, List.of(), Map.of(), Map.of(), 0, List.of());
        }
    }

    private Outcome write(ImportRun run, ImportRequest request, UUID importId, Problems problems,
            ImportProgress.Listener progress) {
        boolean skip = request.skipInvalidRows();
        if (!skip && problems.hasErrors()) {
            return Outcome.refused();
        }
        return transactions.execute(status -> {
            long t0 = System.nanoTime();
            lines.lockImports();
            checkOrdersStoredOnOtherDates(run, problems);
            log.debug("Import {}: lock and order checks {} ms", importId, (System.nanoTime() - t0) / 1_000_000);
            if (!skip && problems.hasErrors()) {
                status.setRollbackOnly();
                return Outcome.refused();
            }
            List<ImportResult.SkippedRow> skipped = skip ? skippedRows(run, problems) : List.of();
            run.releaseOrders();
            Map<PartitionKey, PartitionRows> toWrite = run.partitionsToWrite();
            if (toWrite.isEmpty()) {
                status.setRollbackOnly();
                return new Outcome(true, List.of(), Map.of(), Map.of(), 0, skipped);
            }
            Set<String> stores = toWrite.keySet().stream().map(PartitionKey::store)
                    .collect(Collectors.toCollection(() -> new TreeSet<>(Digests.CODE_POINT_ORDER)));
            Map<String, Map<LocalDate, Partition>> stored = new HashMap<>();
            Map<String, String> before = new LinkedHashMap<>();
            for (String store : stores) {
                List<Partition> partitions = lines.partitions(store);
                stored.put(store, partitions.stream().collect(Collectors.toMap(Partition::date, p -> p)));
                before.put(store, Digests.dataVersion(partitions));
            }
            List<PartitionChange> changes = new ArrayList<>();
            int written = 0;
            int done = 0;
            long startNanos = System.nanoTime();
            Instant now = clock.instant();
            try (PartitionPipeline pipeline = new PartitionPipeline(run, importId, toWrite)) {
                for (PartitionPipeline.Prepared next = pipeline.next(); next != null; next = pipeline.next()) {
                    PartitionKey key = next.key();
                    Partition old = stored.get(key.store()).get(key.date());
                    if (old != null && old.digest().equals(next.digest())) {
                        changes.add(new PartitionChange(key.store(), key.date(), PartitionChange.Action.UNCHANGED,
                                old.rowCount(), old.rowCount()));
                        problems.add(new ImportProblem(null, -1, 0, null, -1, key.store() + " " + key.date(),
                                ImportCode.PARTITION_UNCHANGED, List.of(key.store(), key.date().toString())));
                    } else {
                        if (old != null) {
                            lines.deletePartition(key.store(), key.date());
                        }
                        lines.insert(next.lines(), next.sources());
                        lines.savePartition(new Partition(key.store(), key.date(), next.digest(), next.lines().size()),
                                next.packedColumns(), now);
                        changes.add(new PartitionChange(key.store(), key.date(),
                                old == null ? PartitionChange.Action.INSERTED : PartitionChange.Action.REPLACED,
                                old == null ? 0 : old.rowCount(), next.lines().size()));
                        written += next.lines().size();
                    }
                    done++;
                    if (done % 10 == 0 || done == toWrite.size()) {
                        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
                        progress.update(new ImportProgress(ImportProgress.Phase.WRITING, null, done / (double) toWrite.size(),
                                written, written / seconds));
                    }
                }
                log.debug("Import {}: writing pass {} ms, of which {} ms waiting for prepared partitions", importId,
                        (System.nanoTime() - startNanos) / 1_000_000, pipeline.waitedMillis());
            }
            Map<String, String> after = new LinkedHashMap<>();
            for (String store : stores) {
                after.put(store, lines.dataVersion(store));
            }
            return new Outcome(false, changes, before, after, written, skipped);
        });
    }

    /**
     * ORDER_ID_EXISTS_ON_OTHER_DATE (§4.5): the order is stored on a date this import does not replace. The
     * orders stored outside the replaced dates are listed along the primary key (store, date, …) and matched here.
     */
    private void checkOrdersStoredOnOtherDates(ImportRun run, Problems problems) {
        Set<PartitionKey> replaced = run.partitionsToWrite().keySet();
        for (Map.Entry<String, Map<String, OrderState>> store : run.orders().entrySet()) {
            String storeName = store.getKey();
            List<Partition> storedPartitions = lines.partitions(storeName);
            if (storedPartitions.isEmpty()) {
                continue; // nothing stored for this store yet
            }
            List<LocalDate> replacedDates = replaced.stream().filter(k -> k.store().equals(storeName)).map(PartitionKey::date).toList();
            boolean anythingOutside = storedPartitions.stream().anyMatch(p -> !replacedDates.contains(p.date()));
            List<String> candidates = store.getValue().values().stream()
                    .filter(o -> !o.invalid && o.epochDay != Long.MIN_VALUE).map(o -> o.orderId).toList();
            if (!anythingOutside || candidates.isEmpty()) {
                continue;
            }
            Map<String, List<LocalDate>> storedDates = lines.ordersOutside(storeName, replacedDates);
            storedDates.forEach((orderId, dates) -> {
                OrderState order = store.getValue().get(orderId);
                if (order == null || order.invalid || order.epochDay == Long.MIN_VALUE) {
                    return;
                }
                for (LocalDate date : dates) {
                    if (!date.equals(order.date()) && !replaced.contains(new PartitionKey(storeName, date))) {
                        ImportRun.FileState file = run.files().get(order.firstFile);
                        problems.add(new ImportProblem(file.file.name(), file.index, order.firstRow, file.orderIdHeader, -1,
                                date.toString(), ImportCode.ORDER_ID_EXISTS_ON_OTHER_DATE, List.of(orderId, date.toString())));
                        order.invalid = true;
                        break;
                    }
                }
            });
        }
    }

    /** Skip mode: rows with errors of their own, and valid rows of orders that are dropped as a whole. */
    private List<ImportResult.SkippedRow> skippedRows(ImportRun run, Problems problems) {
        List<ImportResult.SkippedRow> skipped = new ArrayList<>(run.invalidRows());
        for (PartitionRows rows : run.allPartitions().values()) {
            for (int i = 0; i < rows.size; i++) {
                if (!rows.isDropped(i)) {
                    continue;
                }
                LineDraft draft = run.line(rows.addresses[i]);
                ImportRun.FileState file = run.files().get(draft.fileIndex);
                problems.add(new ImportProblem(file.file.name(), file.index, draft.row, file.orderIdHeader, -1, draft.orderId,
                        ImportCode.ORDER_HAS_INVALID_LINE, List.of(draft.orderId)));
                skipped.add(new ImportResult.SkippedRow(file.file.name(), draft.row, List.of(ImportCode.ORDER_HAS_INVALID_LINE)));
            }
        }
        skipped.sort(java.util.Comparator.comparing(ImportResult.SkippedRow::file).thenComparingInt(ImportResult.SkippedRow::row));
        return skipped;
    }

    private ImportResult result(ImportRun run, ImportRequest request, UUID importId, Problems problems, Outcome outcome,
            Instant started, long startNanos) {
        boolean changed = outcome.partitions().stream().anyMatch(p -> p.action() != PartitionChange.Action.UNCHANGED);
        ImportResult.Status status = outcome.rejected() ? ImportResult.Status.REJECTED
                : changed ? ImportResult.Status.IMPORTED : ImportResult.Status.NO_CHANGE;
        List<ImportResult.FileInfo> files = run.files().stream().map(f -> new ImportResult.FileInfo(f.file.name(), f.format,
                f.encoding, f.headerRow, f.dataRows, f.blankRows, f.median == null ? null : f.kilometres ? "KM" : "M",
                f.median, f.ignoredColumns, f.size, List.copyOf(f.stores), f.firstDate, f.lastDate)).toList();
        List<ImportProblem> errors = problems.errors();
        List<ImportProblem> warnings = problems.warnings();
        int skippedCount = request.skipInvalidRows() ? outcome.skipped().size() : 0;
        return new ImportResult(status, importId,
                request.skipInvalidRows() ? ImportResult.Mode.SKIP_INVALID : ImportResult.Mode.STRICT, files, run.rowsRead(),
                status == ImportResult.Status.IMPORTED ? outcome.rowsImported() : 0, skippedCount, outcome.skipped(),
                errors.subList(0, Math.min(errors.size(), properties.maxListedErrors())), problems.errorCounts(),
                warnings.subList(0, Math.min(warnings.size(), properties.maxListedWarnings())), problems.warningCounts(),
                outcome.partitions(), outcome.before(), outcome.after(),
                OffsetDateTime.ofInstant(started, properties.timeZone()), (System.nanoTime() - startNanos) / 1_000_000,
                problems.all());
    }

    private void record(ImportRequest request, ImportResult result, Instant started) {
        TreeMap<String, Boolean> stores = new TreeMap<>(Digests.CODE_POINT_ORDER);
        result.partitions().forEach(p -> stores.put(p.storeName(), true));
        LocalDate from = result.partitions().stream().map(PartitionChange::date).min(LocalDate::compareTo).orElse(null);
        LocalDate to = result.partitions().stream().map(PartitionChange::date).max(LocalDate::compareTo).orElse(null);
        String message = switch (result.status()) {
            case IMPORTED -> result.partitions().stream().filter(p -> p.action() != PartitionChange.Action.UNCHANGED).count()
                    + " partitions written";
            case NO_CHANGE -> "same content already stored";
            case REJECTED -> result.errorCounts().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                    .collect(Collectors.joining(", "));
        };
        int warnings = result.warningCounts().values().stream().mapToInt(Integer::intValue).sum();
        try {
            history.insert(new ImportHistoryEntry(result.importId().toString(), started, clock.instant(),
                    result.durationMillis(), request.user() == null ? "?" : request.user(),
                    request.origin() == null ? "API" : request.origin(), result.mode().name(), result.status().name(),
                    result.files().stream().map(ImportResult.FileInfo::name).collect(Collectors.joining(", ")),
                    result.files().stream().mapToLong(ImportResult.FileInfo::sizeBytes).sum(),
                    String.join(", ", stores.keySet()), from, to, result.rowsRead(), result.rowsImported(),
                    result.rowsSkipped(), result.errorCount(), warnings, message));
        } catch (RuntimeException e) {
            log.warn("The import {} finished ({}) but could not be written to the import history: {}", result.importId(),
                    result.status(), e.getMessage());
        }
        log.info("Import {} of {} file(s): {} — {} rows read, {} written, {} skipped, {} errors, {} ms.", result.importId(),
                result.files().size(), result.status(), result.rowsRead(), result.rowsImported(), result.rowsSkipped(),
                result.errorCount(), result.durationMillis());
    }

    /** The latest imports, newest first. */
    public List<ImportHistoryEntry> history(int limit) {
        return history.latest(limit);
    }
}
