package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates a whole dataset into a {@link GeneratedLineSink}: store by store, day by day, so that only one
 * store's plan and one day's rows are in memory. It cuts the files (§5.8), feeds the {@link CardEvaluator}, checks
 * in QUIET mode that the evaluated cards are exactly the planted ones, and assembles the manifest content.
 */
final class DatasetGenerator {

    static final long MAX_ROWS_PER_FILE = 1_000_000;
    static final int MAX_FILES_PER_BATCH = 20;
    static final String ALL_STORES = "全部门店";
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final GeneratorParameters parameters;

    DatasetGenerator(GeneratorParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters);
    }

    GenerationResult generate(GeneratedLineSink sink) {
        boolean quiet = parameters.mode() == GeneratorParameters.Mode.QUIET;
        RandomStreams streams = new RandomStreams(parameters.seed());
        StoreSetup setup = new StoreSetup(parameters);
        LocalDate y = parameters.endDate();
        CardEvaluator evaluator = new CardEvaluator(y);
        List<CardEvaluator.StoreCards> cards = new ArrayList<>();
        List<OutputFile> files = new ArrayList<>();
        List<String> storeNames = new ArrayList<>();
        List<Map<String, Object>> planted = new ArrayList<>();
        List<Map<String, Object>> renamed = new ArrayList<>();
        List<Map<String, Object>> decoys = new ArrayList<>();
        long totalRows = 0;
        for (int storeIndex = 1; storeIndex <= parameters.stores(); storeIndex++) {
            StoreStreams storeStreams = new StoreStreams(streams, storeIndex);
            StorePlan plan = setup.create(storeIndex, storeStreams);
            StoreDayGenerator days = quiet ? new QuietStoreGenerator(parameters, plan, storeStreams)
                    : new RealisticStoreGenerator(parameters, plan, storeStreams);
            RowFactory rowFactory = new RowFactory(plan);
            String storeName = plan.identity.name();
            storeNames.add(storeName);
            evaluator.beginStore(storeName);
            LocalDate fileStart = null;
            LocalDate fileEnd = null;
            long fileRows = 0;
            for (LocalDate date = parameters.firstDate(); !date.isAfter(y); date = date.plusDays(1)) {
                List<OrderLine> rows = rowFactory.rows(date, days.day(date));
                if (fileStart != null && startsNewFile(fileRows, rows.size())) {
                    files.add(finish(sink, storeIndex, storeName, fileStart, fileEnd, fileRows, files.size()));
                    fileStart = null;
                }
                if (fileStart == null) {
                    fileStart = date;
                    fileRows = 0;
                    sink.startFile(storeIndex, storeName, date);
                }
                sink.writeDay(date, rows);
                evaluator.acceptDay(date, rows);
                fileRows += rows.size();
                totalRows += rows.size();
                fileEnd = date;
            }
            files.add(finish(sink, storeIndex, storeName, fileStart, fileEnd, fileRows, files.size()));
            CardEvaluator.StoreCards storeCards = evaluator.endStore();
            cards.add(storeCards);
            if (quiet) {
                PlantCheck.verifyStore(parameters, plan, days.log, storeCards);
            }
            planted.addAll(PlantCheck.plantedEntries(plan, days.log, storeCards, quiet));
            renamed.add(renamedEntry(plan));
            decoys.addAll(decoyEntries(plan, days.log));
        }
        if (quiet) {
            PlantCheck.verifyAll(parameters, cards);
        }
        sink.finish();
        Map<String, Object> manifest = manifest(storeNames, files, cards, planted, renamed, decoys, quiet);
        return new GenerationResult(List.copyOf(files), manifest, totalRows);
    }

    /** A file holds whole days and at most 1 000 000 rows: the next day starts a new file if it would exceed that. */
    static boolean startsNewFile(long rowsInFile, long rowsOfNextDay) {
        return rowsInFile > 0 && rowsInFile + rowsOfNextDay > MAX_ROWS_PER_FILE;
    }

    /** demo_{storeIndex}_{firstDate:yyyyMMdd}-{lastDate:yyyyMMdd}.{extension} */
    static String fileName(int storeIndex, LocalDate first, LocalDate last, String extension) {
        return "demo_" + storeIndex + "_" + first.format(FILE_DATE) + "-" + last.format(FILE_DATE) + "." + extension;
    }

    /** Files in order (store index, then first date) go to import batches of at most 20. */
    static int batchOf(int fileNumber) {
        return fileNumber / MAX_FILES_PER_BATCH;
    }

    private OutputFile finish(GeneratedLineSink sink, int storeIndex, String storeName, LocalDate first,
            LocalDate last, long rows, int fileNumber) {
        String name = fileName(storeIndex, first, last, sink.extension());
        OutputFile file = new OutputFile(name, storeIndex, storeName, first, last, rows, batchOf(fileNumber));
        sink.finishFile(file);
        return file;
    }

    private static Map<String, Object> renamedEntry(StorePlan plan) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("store", plan.identity.name());
        entry.put("productKey", plan.sku(plan.hotB).productKey());
        entry.put("oldName", plan.sku(plan.hotB).name());
        entry.put("newName", plan.renamedName);
        return entry;
    }

    private static List<Map<String, Object>> decoyEntries(StorePlan plan, PlantLog log) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String orderId : log.testOrders) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("decoy", "testOrder");
            entry.put("store", plan.identity.name());
            entry.put("orderId", orderId);
            entries.add(entry);
        }
        if (log.stockoutDecoyOrder != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("decoy", "consumableStockout");
            entry.put("store", plan.identity.name());
            entry.put("orderId", log.stockoutDecoyOrder);
            entry.put("productKey", plan.sku(plan.largeBag).productKey());
            entries.add(entry);
        }
        if (log.belowCostDecoyOrder != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("decoy", "consumableBelowCost");
            entry.put("store", plan.identity.name());
            entry.put("orderId", log.belowCostDecoyOrder);
            entry.put("productKey", plan.sku(plan.smallBag).productKey());
            entries.add(entry);
        }
        return entries;
    }

    private Map<String, Object> manifest(List<String> storeNames, List<OutputFile> files,
            List<CardEvaluator.StoreCards> cards, List<Map<String, Object>> planted,
            List<Map<String, Object>> renamed, List<Map<String, Object>> decoys, boolean quiet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contractVersion", GeneratorParameters.CONTRACT_VERSION);
        m.put("seed", parameters.seed());
        m.put("mode", parameters.mode().name());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("stores", parameters.stores());
        p.put("days", parameters.days());
        p.put("endDate", parameters.endDate().toString());
        p.put("skusPerStore", parameters.skusPerStore());
        p.put("ordersPerStoreDay", parameters.ordersPerStoreDay());
        Map<String, Object> plants = new LinkedHashMap<>();
        plants.put("testOrders", parameters.testOrders());
        plants.put("consumableStockout", parameters.consumableStockout());
        plants.put("consumableBelowCost", parameters.consumableBelowCost());
        p.put("plants", plants);
        m.put("parameters", p);
        m.put("referenceDate", parameters.endDate().toString());
        m.put("stores", List.copyOf(storeNames));
        List<List<String>> batches = new ArrayList<>();
        for (OutputFile file : files) {
            if (file.batch() == batches.size()) {
                batches.add(new ArrayList<>());
            }
            batches.get(file.batch()).add(file.name());
        }
        m.put("batches", batches);
        if (quiet) {
            Map<String, Object> expected = new LinkedHashMap<>();
            for (CardEvaluator.StoreCards storeCards : cards) {
                expected.put(storeCards.storeName, CardEvaluator.expected(List.of(storeCards)));
            }
            expected.put(ALL_STORES, CardEvaluator.expected(cards));
            m.put("expected", expected);
            m.put("planted", planted);
        } else {
            m.put("plantedHints", planted);
        }
        m.put("renamed", renamed);
        m.put("decoys", decoys);
        return m;
    }

    static String ratio(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
